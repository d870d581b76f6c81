import { walkRefs } from '../model/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'structure-ref',
  control: 'structure',
  severity: 'error',
  target: 'contract',
  description: 'Every `$ref` must resolve to a local file inside the repository, without remote fetches or cycles.',
  hint: 'Point the `$ref` at an existing file relative to this one (inside the repository) and an existing JSON Pointer; bundle remote documents into the repository instead of referencing URLs.',
  check({ contract, report }) {
    for (const problem of walkRefs(contract)) {
      report({ message: problem.message, at: problem.at });
    }
  },
});
