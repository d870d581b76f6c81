import { defineRule } from './rule.js';

/**
 * Reported by the exception stage (src/exceptions/stage.ts) after every rule ran, never by a check:
 * it is a rule so that it is in the registry, `publish-gate rules`, the docs and severity config.
 * Findings of control `exception` can never be waived.
 */
export default defineRule({
  id: 'exception-unused',
  control: 'exception',
  severity: 'warn',
  target: 'file',
  description: 'An exception matched no finding in the files it covers: it is stale or too narrow, and should not linger.',
  hint: 'Remove the exception if the findings were fixed, or correct its files, controls, rules or pointer so that it matches what it was approved for.',
  check() {},
});
