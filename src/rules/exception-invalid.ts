import { defineRule } from './rule.js';

/**
 * Reported by the exception stage (src/exceptions/stage.ts) after every rule ran, never by a check:
 * it is a rule so that it is in the registry, `publish-gate rules`, the docs and severity config.
 * Findings of control `exception` can never be waived.
 */
export default defineRule({
  id: 'exception-invalid',
  control: 'exception',
  severity: 'error',
  target: 'file',
  description: 'An exception entry is malformed or breaks the exception policy (missing field, bad date, too long, unknown control, duplicate id): it waives nothing.',
  hint: 'Give the entry id, files, controls or rules, ticket, owner, approvedBy, reason, created and expires (YYYY-MM-DD, at most policy.exceptionMaxDays apart, created not in the future), with a ticket matching policy.ticketPattern.',
  check() {},
});
