import { WRITE_METHODS } from '../model/contract.js';
import { isReadOnlyScope } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-write-scopes',
  control: 'auth',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'contract',
  description: 'Write operations (POST, PUT, PATCH, DELETE) require a scope that grants writing, not only read-like scopes.',
  hint: 'Require a write scope (e.g. `orders:write`) on operations that change data, so that a read-only token cannot modify it.',
  check({ contract, report }) {
    for (const operation of contract.operations) {
      if (!WRITE_METHODS.has(operation.method)) continue;
      const scopes = operation.security.requirements.flatMap((requirement) => Object.values(requirement).flat());
      if (scopes.length === 0 || !scopes.every(isReadOnlyScope)) continue;
      const listed = [...new Set(scopes)].map((scope) => `"${scope}"`).join(', ');
      report({ message: `${operation.label} changes data but accepts only read-like scope${scopes.length > 1 ? 's' : ''} ${listed}`, at: operation.node });
    }
  },
});
