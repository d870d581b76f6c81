import { locationKey } from '../model/http.js';
import { listResponses } from '../model/list-shape.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'pagination-max-items',
  control: 'pagination',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'contract',
  description: 'The item array of a list response should state `maxItems`, so clients know how large a page can be.',
  hint: 'Add `maxItems` to the array schema, equal to the page-size parameter\'s `maximum`.',
  check({ contract, report }) {
    const reported = new Set<string>();
    for (const operation of contract.operations) {
      for (const list of listResponses(contract, operation)) {
        if (typeof list.array.value.maxItems === 'number') continue;
        const key = locationKey(list.array);
        if (reported.has(key)) continue;
        reported.add(key);
        const what = list.property ? `property "${list.property}"` : 'array';
        report({ message: `${operation.label}: ${list.response.code} response ${what} has no \`maxItems\` (unbounded list)`, at: list.array });
      }
    }
  },
});
