import { compatibleModels, schemeModel, usedSchemeNames } from '../model/contract-auth.js';
import { isObject } from '../model/contract.js';
import { isStated, listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

const MODEL_NAMES: Record<string, string> = { oauth2: 'OAuth 2.0', oidc: 'OpenID Connect', apiKey: 'API key', mtls: 'mutual TLS', http: 'HTTP authentication' };

export default defineRule({
  id: 'auth-listing-model',
  control: 'auth',
  severity: 'error',
  target: 'listing',
  description: 'A listing states its auth model (never none for partner or public) and the model matches the security schemes of its contract.',
  hint: 'Set spec.auth.model to oauth2, oidc, apiKey or mtls, the same model the contract\'s security schemes declare.',
  check({ listing, contract, report }) {
    const label = listingLabel(listing);
    const auth = isObject(listing.spec.auth) ? listing.spec.auth : undefined;
    const model = auth?.model;
    if (!isStated(model) || typeof model !== 'string') {
      report({
        message: `${label} does not state its auth model (spec.auth.model)`,
        at: locate(listing, ['spec', 'auth', 'model']),
        hint: 'Set spec.auth.model to how consumers authenticate: oauth2, oidc, apiKey, mtls (none only for internal APIs).',
      });
      return;
    }
    const at = locate(listing, ['spec', 'auth', 'model']);
    if (model === 'none') {
      if (listing.audience !== 'internal') {
        report({
          message: `${label} is ${listing.audience} with auth.model none: anyone could call it`,
          at,
          hint: 'Protect partner and public APIs: set spec.auth.model to oauth2, oidc, apiKey or mtls and declare the matching security scheme in the contract.',
        });
        return;
      }
      const secured = contract?.operations.find((operation) => operation.security.requirements.length > 0 && !operation.security.requirements.some((requirement) => Object.keys(requirement).length === 0));
      if (contract && secured) {
        report({
          message: `${label} says auth.model none but ${secured.label} in ${contract.file.relPath} requires ${Object.keys(secured.security.requirements[0]).join(' + ')}`,
          at,
          hint: 'Make the listing and the contract agree: set spec.auth.model to the model of the security schemes the contract requires.',
        });
      }
      return;
    }
    if (!contract || !(model in MODEL_NAMES)) return;
    const used = usedSchemeNames(contract);
    const schemes = [...contract.securitySchemes.entries()].filter(([name]) => used.size === 0 || used.has(name));
    const models = new Set(schemes.map(([, scheme]) => schemeModel(scheme.value)).filter((value): value is NonNullable<typeof value> => value !== undefined));
    // OpenID Connect is OAuth 2.0 underneath, and a bearer token may be either or an API key (compatibleModels).
    if (schemes.some(([, scheme]) => (compatibleModels(scheme.value) as string[]).includes(model))) return;
    // Mutual TLS can only be declared from OpenAPI 3.1 (type: mutualTLS).
    if (model === 'mtls' && contract.version !== '3.1') return;
    const declared = [...models].map((name) => MODEL_NAMES[name]).join(', ');
    report({
      message:
        schemes.length === 0
          ? `${label} says auth.model ${model} but its contract ${contract.file.relPath} declares no security scheme`
          : `${label} says auth.model ${model} but its contract ${contract.file.relPath} ${used.size > 0 ? 'uses' : 'declares'} only ${declared || 'other'} security schemes (${schemes.map(([name]) => name).join(', ')})`,
      at,
      hint: `Make the listing and the contract agree: set spec.auth.model to the model the contract uses, or declare a ${MODEL_NAMES[model]} security scheme in the contract and require it.`,
    });
  },
});
