import { defineRule } from './rule.js';

export default defineRule({
  id: 'structure-parse',
  control: 'structure',
  severity: 'error',
  target: 'file',
  description: 'A contract or listing must be well-formed YAML or JSON within the configured limits.',
  hint: 'Fix the syntax at the reported line (a YAML or JSON linter shows the same error), or raise the named limit under `limits:` if the file is legitimately that large.',
  check({ file, report }) {
    for (const problem of file.problems) {
      report({ message: `${file.relPath} cannot be parsed: ${problem.message}`, at: { file, path: [], start: problem.start, end: problem.end } });
    }
  },
});
