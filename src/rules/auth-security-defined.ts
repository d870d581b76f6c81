import { definedScopes, requirementEntries, securityLists } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-security-defined',
  control: 'auth',
  severity: 'error',
  target: 'contract',
  description: 'Every security requirement names a defined security scheme, and every OAuth 2 scope it asks for is defined in that scheme\'s flows.',
  hint: 'Define the scheme under `components.securitySchemes` (2.0: `securityDefinitions`) and its scopes under the flow\'s `scopes`, or fix the name in the requirement.',
  check({ contract, report }) {
    const schemes = contract.securitySchemes;
    const container = contract.isSwagger2 ? 'securityDefinitions' : 'components.securitySchemes';
    for (const { list, label } of securityLists(contract)) {
      for (const entry of requirementEntries(contract, list)) {
        const scheme = schemes.get(entry.schemeName);
        if (!scheme) {
          report({ message: `${label} requires security scheme "${entry.schemeName}", which is not defined in ${container}`, at: entry.at });
          continue;
        }
        const scopes = definedScopes(contract, scheme);
        if (!scopes) continue;
        const missing = entry.scopes.filter((scope) => !scopes.has(scope.value)).map((scope) => `"${scope.value}"`);
        if (missing.length > 0) {
          report({
            message: `${label} asks for scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of "${entry.schemeName}", not defined in its flows`,
            at: entry.at,
          });
        }
      }
    }
  },
});
