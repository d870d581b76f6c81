import { isSuccessCode, locationKey, rateLimitHeaders } from '../model/http.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rate-limit-success-headers',
  control: 'rate-limit',
  severity: 'off',
  strictSeverity: 'error',
  relaxFor: { internal: 'info' },
  target: 'contract',
  description: 'Success (2xx) responses should document `RateLimit`/`RateLimit-Policy` headers so clients can pace themselves before they hit 429.',
  hint: 'Add `RateLimit` and `RateLimit-Policy` headers (IETF httpapi RateLimit fields) to the 2xx responses, e.g. through a shared header component.',
  check({ contract, report }) {
    const reported = new Set<string>();
    for (const operation of contract.operations) {
      for (const response of operation.responses) {
        if (!isSuccessCode(response.code)) continue;
        const key = locationKey(response.node);
        if (reported.has(key)) continue;
        const headers = rateLimitHeaders(response);
        if (headers.standard.length > 0) continue;
        reported.add(key);
        if (headers.legacy.length > 0) {
          report({
            message: `${operation.label}: ${response.code} response documents only pre-standard ${headers.legacy.map((header) => `\`${header.name}\``).join(', ')} headers`,
            at: headers.legacy[0].node,
            severity: 'hint',
            hint: 'Also document the standard `RateLimit`/`RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers); keep `X-RateLimit-*` while clients migrate.',
          });
          continue;
        }
        report({ message: `${operation.label}: ${response.code} response documents no \`RateLimit\` or \`RateLimit-Policy\` header`, at: response.node });
      }
    }
  },
});
