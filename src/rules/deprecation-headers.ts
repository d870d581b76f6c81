import type { ContractIndex, Located, Operation, ResponseInfo } from '../model/contract.js';
import { findHeader, isSuccessCode } from '../model/http.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'deprecation-headers',
  control: 'deprecation',
  severity: 'error',
  target: 'contract',
  description: 'A deprecated operation must document `Deprecation` (RFC 9745) and `Sunset` (RFC 8594) headers on its success responses.',
  hint: 'Add `Deprecation` (e.g. `@1767225600`) and `Sunset` (an HTTP-date such as `Thu, 31 Dec 2026 23:59:59 GMT`) headers to every 2xx response of the deprecated operation.',
  check({ contract, report }) {
    for (const operation of contract.operations) {
      if (!operation.deprecated) continue;
      const successes = operation.responses.filter((response) => isSuccessCode(response.code));
      if (successes.length === 0) {
        report({
          message: `${operation.label} is deprecated but documents no success (2xx) response to carry \`Deprecation\` and \`Sunset\` headers`,
          at: contract.child(operation.node, 'deprecated') ?? operation.node,
        });
        continue;
      }
      for (const response of successes) {
        const missing = ['Deprecation', 'Sunset'].filter((name) => !findHeader(response, name));
        if (missing.length === 0) continue;
        report({
          message: `${operation.label} is deprecated but its ${response.code} response documents no ${missing.map((name) => `\`${name}\``).join(' or ')} header`,
          at: responseSite(contract, operation, response),
        });
      }
    }
  },
});

/**
 * Where to report a response of this operation: the response itself when it is written inline, or the
 * operation's `$ref` to it when it is shared (the headers of a deprecated operation belong to it, not to a
 * response component other operations also use).
 */
function responseSite(contract: ContractIndex, operation: Operation, response: ResponseInfo): Located<unknown> {
  const responses = contract.get(operation.node, 'responses');
  const raw = responses ? contract.child(responses, response.code) : undefined;
  const value = raw?.value;
  return raw && typeof value === 'object' && value !== null && '$ref' in value ? raw : response.node;
}
