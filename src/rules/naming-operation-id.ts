import { HTTP_METHODS } from '../model/contract.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'naming-operation-id',
  control: 'naming',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'contract',
  description: 'Every operation has an operationId, unique across the contract.',
  hint: 'Give each operation a unique operationId (e.g. listOrders, getOrder): SDK generators and portals use it as the method name and anchor.',
  check({ contract, report }) {
    const seen = new Map<string, string>();
    const operations = contract.operations.map((operation) => ({ label: operation.label, node: operation.node, webhook: false }));
    // OpenAPI 3.1 webhooks: an operationId they have must be unique too (one is not required: the API calls them)
    for (const [name, raw] of contract.entries(contract.get(contract.root, 'webhooks'))) {
      const item = contract.resolveObject(raw);
      for (const method of HTTP_METHODS) {
        const node = contract.get(item, method);
        if (node) operations.push({ label: `webhook ${name} (${method.toUpperCase()})`, node, webhook: true });
      }
    }
    for (const operation of operations) {
      const id = contract.child(operation.node, 'operationId');
      if (!id || typeof id.value !== 'string' || id.value.trim() === '') {
        if (operation.webhook) continue;
        report({ message: `${operation.label} has no operationId`, at: id ?? operation.node });
        continue;
      }
      const first = seen.get(id.value);
      if (first) {
        report({ message: `${operation.label} reuses operationId "${id.value}" of ${first}`, at: id });
        continue;
      }
      seen.set(id.value, operation.label);
    }
  },
});
