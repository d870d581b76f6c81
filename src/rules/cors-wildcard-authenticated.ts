import { corsResponses } from '../model/cors.js';
import { locationKey, requiresCredentials } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'cors-wildcard-authenticated',
  control: 'cors',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'contract',
  description: 'An operation that requires credentials does not document `Access-Control-Allow-Origin: *`.',
  hint: 'Allow the origins of your own web clients (an allow-list echoed in the header, with `Vary: Origin`) on authenticated operations instead of any origin.',
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const { operation, response, origin, wildcard, credentials } of corsResponses(contract)) {
      // With credentials allowed the combination is an error of cors-credentials-wildcard.
      if (!wildcard || credentials || !requiresCredentials(operation)) continue;
      const key = locationKey(origin.node);
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        message: `${operation.label} requires credentials but response ${response.code} documents Access-Control-Allow-Origin "*"`,
        at: origin.node,
      });
    }
  },
});
