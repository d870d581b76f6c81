import type { Located, Operation, ResponseInfo } from '../model/contract.js';
import { locationKey, plural, rateLimitHeaders } from '../model/http.js';
import { defineRule } from './rule.js';

export const RATE_LIMIT_HEADER_NAMES = '`Retry-After`, `RateLimit` or `RateLimit-Policy`';

export default defineRule({
  id: 'rate-limit-429',
  control: 'rate-limit',
  severity: 'error',
  relaxFor: { internal: 'info' },
  target: 'contract',
  description: 'Every operation of a partner or public API must document a `429` response with `Retry-After` or `RateLimit`/`RateLimit-Policy` headers.',
  hint: 'Add a `429` response (a shared `components/responses/TooManyRequests` works) with a `Retry-After` header and `RateLimit`/`RateLimit-Policy` headers (IETF httpapi RateLimit fields).',
  check({ contract, report }) {
    // A shared 429 response without headers is reported once, where it is written.
    const shared = new Map<string, { operations: Operation[]; response: ResponseInfo }>();
    for (const operation of contract.operations) {
      // A `4XX` range response stands in for 429 only when it carries the rate-limit headers.
      const range = operation.responses.find((response) => /^4XX$/i.test(response.code));
      const rangeHeaders = range ? rateLimitHeaders(range) : undefined;
      const tooMany =
        operation.responses.find((response) => response.code === '429') ?? (rangeHeaders && (rangeHeaders.retryAfter || rangeHeaders.standard.length > 0) ? range : undefined);
      if (!tooMany) {
        report({ message: `${operation.label} documents no 429 (Too Many Requests) response`, at: contract.child(operation.node, 'responses') ?? operation.node });
        continue;
      }
      const headers = rateLimitHeaders(tooMany);
      if (headers.retryAfter || headers.standard.length > 0) continue;
      const key = locationKey(tooMany.node);
      const entry = shared.get(key);
      if (entry) entry.operations.push(operation);
      else shared.set(key, { operations: [operation], response: tooMany });
    }
    for (const { operations, response } of shared.values()) {
      const who = operations.length > 1 ? `${operations[0].label} (and ${plural(operations.length - 1, 'more operation')})` : operations[0].label;
      const legacy = rateLimitHeaders(response).legacy;
      if (legacy.length > 0) {
        report({
          message: `${who}: ${response.code} response documents only pre-standard ${legacy.map((header) => `\`${header.name}\``).join(', ')} headers`,
          at: legacy[0].node as Located<unknown>,
          severity: 'hint',
          hint: 'Also document `Retry-After` and the standard `RateLimit`/`RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers); keep `X-RateLimit-*` while clients migrate.',
        });
        continue;
      }
      report({ message: `${who}: ${response.code} response documents none of ${RATE_LIMIT_HEADER_NAMES} headers`, at: response.node });
    }
  },
});
