import { defineRule } from './rule.js';

/**
 * Reported by the engine, never by a check: when a rule throws on a file, the crash becomes this
 * finding (so the gate fails closed) and the other rules still run.
 */
export default defineRule({
  id: 'structure-rule-crash',
  control: 'structure',
  severity: 'error',
  target: 'file',
  description: 'A rule failed while checking a file; the file is not known to pass that rule.',
  hint: 'Report the message to the publish-gate maintainers with the file (or a minimised copy); until it is fixed, the finding can be waived with a ticketed exception.',
  check() {},
});
