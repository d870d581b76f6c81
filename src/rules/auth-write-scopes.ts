import { WRITE_METHODS, type Operation } from '../model/contract.js';
import { isReadOnlyScope } from '../model/security.js';
import { defineRule } from './rule.js';

/** Words of an operationId or last path segment that make a POST a query (search, validation, preview), not a write. */
const QUERY_WORDS = new Set([
  'list', 'get', 'search', 'query', 'lookup', 'find', 'validate', 'validation', 'propose', 'preview', 'estimate', 'calculate', 'check', 'verify', 'count', 'retrieve', 'fetch', 'read', 'dryrun', 'simulate',
]);

function words(text: string): string[] {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** A POST named like a read (`apps_validate_appSpec`, `/orders/search`, `listMetrics`). */
function isQueryPost(operation: Operation): boolean {
  if (operation.method !== 'post') return false;
  const lastSegment = operation.pathKey.split('/').filter((segment) => segment && !segment.startsWith('{')).pop() ?? '';
  const operationId = typeof operation.node.value.operationId === 'string' ? operation.node.value.operationId : '';
  return [...words(operationId), ...words(lastSegment)].some((word) => QUERY_WORDS.has(word));
}

export default defineRule({
  id: 'auth-write-scopes',
  control: 'auth',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'contract',
  description: 'Write operations (POST, PUT, PATCH, DELETE; not POSTs named like a search or validation) require a scope that grants writing, not only read-like scopes.',
  hint: 'Require a write scope (e.g. `orders:write`) on operations that change data, so that a read-only token cannot modify it.',
  check({ contract, report }) {
    for (const operation of contract.operations) {
      if (!WRITE_METHODS.has(operation.method) || isQueryPost(operation)) continue;
      const scopes = operation.security.requirements.flatMap((requirement) => Object.values(requirement).flat());
      if (scopes.length === 0 || !scopes.every(isReadOnlyScope)) continue;
      const listed = [...new Set(scopes)].map((scope) => `"${scope}"`).join(', ');
      report({ message: `${operation.label} changes data but accepts only read-like scope${scopes.length > 1 ? 's' : ''} ${listed}`, at: operation.node });
    }
  },
});
