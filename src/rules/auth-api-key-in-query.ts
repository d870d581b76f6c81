import { isCredentialName, locationKey } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-api-key-in-query',
  control: 'auth',
  severity: 'error',
  target: 'contract',
  description: 'Credentials never travel in the URL: no `apiKey` scheme `in: query`, no query (or path) parameter named like an API key, token, secret or password.',
  hint: 'Send the credential in a header (`in: header`, e.g. `Authorization` or `X-API-Key`) instead of the query string, which ends up in access logs, proxies and browser history.',
  check({ contract, report }) {
    const queryKeyNames = new Set<string>();
    for (const [name, scheme] of contract.securitySchemes) {
      if (scheme.value.type !== 'apiKey' || scheme.value.in !== 'query') continue;
      if (typeof scheme.value.name === 'string') queryKeyNames.add(scheme.value.name.toLowerCase());
      report({ message: `security scheme "${name}" sends its API key in the query string (parameter "${String(scheme.value.name)}")`, at: scheme });
    }
    const seen = new Set<string>();
    for (const operation of contract.operations) {
      for (const parameter of operation.parameters) {
        if (parameter.in !== 'query' && parameter.in !== 'path') continue;
        if (!isCredentialName(parameter.name, parameter.in) || (parameter.in === 'query' && queryKeyNames.has(parameter.name.toLowerCase()))) continue;
        const key = locationKey(parameter.node);
        if (seen.has(key)) continue;
        seen.add(key);
        report({ message: `${operation.label} takes the credential-like ${parameter.in} parameter "${parameter.name}": credentials in URLs leak into logs`, at: parameter.node });
      }
    }
  },
});
