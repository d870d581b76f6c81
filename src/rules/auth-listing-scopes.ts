import { definedScopes, requiredScopes } from '../model/contract-auth.js';
import { isObject } from '../model/contract.js';
import { listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-listing-scopes',
  control: 'auth',
  severity: 'error',
  target: 'listing',
  description: 'The scopes a listing grants are exactly those its contract defines and requires: every required scope listed, no listed scope unknown to the contract.',
  hint: 'Make spec.auth.scopes match the contract: list every scope its operations require, and remove scopes no security scheme defines.',
  check({ listing, contract, report }) {
    if (!contract) return;
    const label = listingLabel(listing);
    const auth = isObject(listing.spec.auth) ? listing.spec.auth : undefined;
    if (auth?.model === 'none') return;
    const listed = Array.isArray(auth?.scopes) ? auth.scopes : [];
    const listedSet = new Set(listed.filter((scope): scope is string => typeof scope === 'string'));
    for (const { scope, operation } of requiredScopes(contract)) {
      if (listedSet.has(scope)) continue;
      report({
        message: `${label} does not grant scope "${scope}" that ${operation.label} requires in ${contract.file.relPath} (spec.auth.scopes)`,
        at: locate(listing, ['spec', 'auth', 'scopes']),
        hint: `Add "${scope}" to spec.auth.scopes, or remove it from the contract's security requirements if the product never grants it.`,
      });
    }
    // OpenID Connect scopes are defined by the provider's discovery document, not the contract: they cannot be checked here.
    if ([...contract.securitySchemes.values()].some((scheme) => scheme.value.type === 'openIdConnect')) return;
    const defined = definedScopes(contract);
    const required = new Set(requiredScopes(contract).map((entry) => entry.scope));
    listed.forEach((scope, index) => {
      if (typeof scope !== 'string' || defined.has(scope) || required.has(scope)) return;
      report({
        message: `${label} grants scope "${scope}" that no security scheme of ${contract.file.relPath} defines`,
        at: locate(listing, ['spec', 'auth', 'scopes', index]),
        hint: `Remove "${scope}" from spec.auth.scopes, or define it in the contract's OAuth 2.0 scheme and require it where it applies.`,
      });
    });
  },
});
