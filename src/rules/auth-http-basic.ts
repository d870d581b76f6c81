import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-http-basic',
  control: 'auth',
  severity: 'error',
  relaxFor: { internal: 'warn' },
  target: 'contract',
  description: 'No HTTP Basic authentication: it sends a reusable, unscoped secret with every request.',
  hint: 'Use OAuth 2 (authorization code with PKCE, or client credentials) or short-lived bearer tokens; Basic credentials cannot be scoped, expire or be revoked per client.',
  check({ contract, report }) {
    for (const [name, scheme] of contract.securitySchemes) {
      const basic = contract.isSwagger2
        ? scheme.value.type === 'basic'
        : scheme.value.type === 'http' && typeof scheme.value.scheme === 'string' && scheme.value.scheme.toLowerCase() === 'basic';
      if (basic) report({ message: `security scheme "${name}" is HTTP Basic authentication`, at: scheme });
    }
  },
});
