import { corsResponses } from '../model/cors.js';
import { locationKey } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'cors-credentials-wildcard',
  control: 'cors',
  severity: 'error',
  target: 'contract',
  description: 'A response never documents `Access-Control-Allow-Origin: *` together with `Access-Control-Allow-Credentials: true`.',
  hint: 'Echo an allow-listed origin (and `Vary: Origin`) when credentials are allowed, or drop `Access-Control-Allow-Credentials`; browsers reject `*` with credentials.',
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const { operation, response, origin, wildcard, credentials } of corsResponses(contract)) {
      if (!wildcard || !credentials) continue;
      const key = `${locationKey(origin.node)}|${locationKey(credentials.node)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        message: `${operation.label} response ${response.code} documents Access-Control-Allow-Origin "*" together with Access-Control-Allow-Credentials true`,
        at: origin.node,
      });
    }
  },
});
