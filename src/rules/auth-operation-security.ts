import { isMarkedPublic, PUBLIC_EXTENSION } from '../model/security.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'auth-operation-security',
  control: 'auth',
  severity: 'error',
  target: 'contract',
  description: `Every operation requires credentials: a security requirement of its own or the root \`security\`, not \`[]\` nor an anonymous \`{}\` alternative, unless marked \`${PUBLIC_EXTENSION}: true\`.`,
  hint: `Add a security requirement (operation or root \`security\`) naming a scheme with least-privilege scopes; mark an intentionally anonymous operation with \`${PUBLIC_EXTENSION}: true\`.`,
  check({ contract, report }) {
    for (const operation of contract.operations) {
      // A CORS preflight never carries credentials (Fetch standard), so OPTIONS may be anonymous.
      if (isMarkedPublic(operation) || operation.method === 'options') continue;
      const { security } = operation;
      const where = security.source === 'root' ? 'the root `security`' : 'its `security`';
      if (security.source === 'none') {
        report({ message: `${operation.label} has no security requirement`, at: operation.node });
      } else if (security.requirements.length === 0) {
        report({ message: `${operation.label} has no security requirement: ${where} is an empty list (\`security: []\`)`, at: operation.node });
      } else if (security.requirements.some((requirement) => Object.keys(requirement).length === 0)) {
        report({ message: `${operation.label} allows anonymous access: ${where} lists an empty requirement \`{}\``, at: operation.node });
      }
    }
  },
});
