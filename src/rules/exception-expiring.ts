import { defineRule } from './rule.js';

/**
 * Reported by the exception stage (src/exceptions/stage.ts) after every rule ran, never by a check:
 * it is a rule so that it is in the registry, `publish-gate rules`, the docs and severity config.
 * Findings of control `exception` can never be waived.
 */
export default defineRule({
  id: 'exception-expiring',
  control: 'exception',
  severity: 'warn',
  target: 'file',
  description: 'An exception expires within policy.expiryWarningDays: it still waives, but will stop soon.',
  hint: 'Fix the waived findings before the expiry date, or renew the exception with a new approval and ticket before it lapses.',
  check() {},
});
