import { defineRule } from './rule.js';

/**
 * Reported by the exception stage (src/exceptions/stage.ts) after every rule ran, never by a check:
 * it is a rule so that it is in the registry, `publish-gate rules`, the docs and severity config.
 * Findings of control `exception` can never be waived.
 */
export default defineRule({
  id: 'exception-expired',
  control: 'exception',
  severity: 'error',
  target: 'file',
  description: 'An exception has expired: it waives nothing and the findings it matched fail the gate again.',
  hint: 'Fix the findings the exception covered, or get a new approval and set a new expires date (at most policy.exceptionMaxDays after created) under a new ticket.',
  check() {},
});
