import { oauthFlows } from '../model/security.js';
import { defineRule } from './rule.js';

const DISCOURAGED: Record<string, string> = {
  implicit: 'the implicit grant returns tokens in the redirect URL and should not be used (RFC 9700, OAuth 2.0 Security BCP, section 2.1.2)',
  password: 'the resource owner password credentials grant hands the user\'s password to the client and must not be used (RFC 9700, section 2.4)',
};

export default defineRule({
  id: 'auth-oauth-flows',
  control: 'auth',
  severity: 'error',
  target: 'contract',
  description: 'OAuth 2 schemes offer neither the implicit nor the resource-owner password flow (RFC 9700).',
  hint: 'Use the authorization code flow with PKCE for user-facing clients and client credentials for machine clients; remove `implicit` and `password`.',
  check({ contract, report }) {
    for (const [name, scheme] of contract.securitySchemes) {
      for (const flow of oauthFlows(contract, scheme)) {
        const why = DISCOURAGED[flow.name];
        if (why) report({ message: `security scheme "${name}" offers the OAuth 2 ${flow.name} flow: ${why}`, at: flow.node });
      }
    }
  },
});
