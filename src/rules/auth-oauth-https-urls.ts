import type { Located } from '../model/contract.js';
import { isLocalHost, oauthFlows, urlParts } from '../model/security.js';
import { defineRule } from './rule.js';

const URL_KEYS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'];

export default defineRule({
  id: 'auth-oauth-https-urls',
  control: 'auth',
  severity: 'error',
  target: 'contract',
  description: 'OAuth 2 `authorizationUrl`, `tokenUrl`, `refreshUrl` and OpenID Connect `openIdConnectUrl` use https.',
  hint: 'Serve the authorization server over TLS and write its URLs with `https://`; tokens and codes sent over plain HTTP can be read and replayed.',
  check({ contract, report }) {
    const check = (schemeName: string, key: string, at: Located<unknown> | undefined): void => {
      if (!at || typeof at.value !== 'string') return;
      const parts = urlParts(at.value);
      if (!parts || parts.scheme === 'https') return;
      const local = isLocalHost(parts.host);
      report({
        message: `security scheme "${schemeName}" has ${key} "${at.value}", which is not https${local ? ' (a local development server)' : ''}`,
        at,
        severity: local ? 'warn' : undefined,
      });
    };
    for (const [name, scheme] of contract.securitySchemes) {
      if (scheme.value.type === 'openIdConnect') check(name, 'openIdConnectUrl', contract.child(scheme, 'openIdConnectUrl'));
      for (const flow of oauthFlows(contract, scheme)) {
        for (const key of URL_KEYS) check(name, key, contract.child(flow.node, key));
      }
    }
  },
});
