import type { Config } from '../config/config.js';
import { docsPath } from '../rules/rule.js';
import type { Rule } from '../rules/rule.js';
import { RULES } from '../rules/index.js';
import { printable } from '../load/redact.js';
import type { RuleSettings } from '../ruleset/load.js';
import type { ExceptionStatus, ExceptionSummary, Finding } from '../types.js';
import { coversFile, evaluateEntries, matches, type EvaluatedException } from './evaluate.js';
import { findExceptionsFile, parseExceptionList, type ExceptionList } from './load.js';
import type { PolicySource } from './policy-source.js';

export const EXCEPTION_RULE_IDS = {
  expired: 'exception-expired',
  expiring: 'exception-expiring',
  invalid: 'exception-invalid',
  unused: 'exception-unused',
} as const;

export interface ExceptionStageInput {
  cwd: string;
  config: Config;
  now: string;
  /** Every finding of the run; matched ones get `waivedBy` set. */
  findings: Finding[];
  /** Files linted this run (relative to the working directory), including `$ref`'d ones. */
  lintedFiles: Iterable<string>;
  settings: RuleSettings;
  /** The list from `loadExceptions` (undefined: no exceptions file). */
  list: ExceptionList | undefined;
}

export interface ExceptionStageResult {
  /** The findings the exceptions themselves produce (control `exception`). */
  findings: Finding[];
  summaries: ExceptionSummary[];
  list: ExceptionList | undefined;
}

/**
 * Finds and parses the exceptions file (`--exceptions`, the config's `exceptions:`, or the default
 * file), before linting so that an unusable file stops the run early (`UsageError`, exit 2).
 */
export function loadExceptions(cwd: string, config: Config, source: PolicySource, exceptionsPath?: string): ExceptionList | undefined {
  const located = findExceptionsFile(cwd, exceptionsPath, config.exceptions, source);
  return located ? parseExceptionList(cwd, located.absPath, located.bytes) : undefined;
}

/** Waives what the exceptions match, and reports expired, expiring, invalid and unused entries. */
export function runExceptionStage(input: ExceptionStageInput): ExceptionStageResult {
  const list = input.list;
  if (!list) return { findings: [], summaries: [], list: undefined };
  const evaluated = evaluateEntries(list.entries, input.config.policy, input.now);
  const counts = evaluated.map(() => ({ matched: 0, waived: 0 }));

  for (const finding of input.findings) {
    if (finding.control === 'exception') continue;
    evaluated.forEach((item, index) => {
      if (item.state === 'invalid' || !matches(item.entry, finding)) return;
      counts[index].matched++;
      if (item.state === 'expired' || finding.waivedBy) return;
      finding.waivedBy = { id: printable(item.entry.id), ticket: printable(item.entry.ticket ?? ''), owner: printable(item.entry.owner ?? ''), expires: item.entry.expires ?? '' };
      counts[index].waived++;
    });
  }

  const linted = [...input.lintedFiles];
  const findings: Finding[] = [];
  const summaries: ExceptionSummary[] = [];
  evaluated.forEach((item, index) => {
    const { matched, waived } = counts[index];
    let status: ExceptionStatus = item.state;
    if ((status === 'active' || status === 'expiring') && matched === 0 && linted.some((file) => coversFile(item.entry, file))) status = 'unused';
    const finding = exceptionFinding(list, item, status, matched, input.settings);
    if (finding) findings.push(finding);
    const summary: ExceptionSummary = {
      id: printable(item.entry.id),
      status,
      expires: item.entry.expires,
      owner: item.entry.owner === null ? null : printable(item.entry.owner),
      ticket: item.entry.ticket === null ? null : printable(item.entry.ticket),
      matched,
      waived,
      daysToExpiry: item.state === 'invalid' ? null : item.daysToExpiry,
      file: list.file.relPath,
      line: list.file.locate(['exceptions', item.entry.index]).start.line,
    };
    if (item.problems.length > 0) summary.problems = item.problems;
    summaries.push(summary);
  });
  return { findings, summaries, list };
}

function ruleFor(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

function who(item: EvaluatedException): string {
  return `(ticket ${item.entry.ticket ?? '?'}, owner ${item.entry.owner ?? '?'})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The message of an expired exception's finding (also rebuilt by `merge` with the matches of every shard). */
export function expiredMessage(id: string, ticket: string | null, owner: string | null, expires: string | null, matched: number): string {
  return `exception ${id} (ticket ${ticket ?? '?'}, owner ${owner ?? '?'}) expired on ${expires}: it waives nothing${matched === 1 ? ', and the finding it matched counts again' : matched > 1 ? `, and the ${matched} findings it matched count again` : ''}`;
}

/** The message of an expiring exception's finding (also rebuilt by `merge` with the matches of every shard). */
export function expiringMessage(id: string, ticket: string | null, owner: string | null, expires: string | null, days: number, matched: number): string {
  return `exception ${id} (ticket ${ticket ?? '?'}, owner ${owner ?? '?'}) expires on ${expires}, ${days === 0 ? 'today' : `in ${plural(days, 'day')}`}: renew it with a new approval or fix the ${plural(matched, 'finding')} it waives`;
}

function exceptionFinding(list: ExceptionList, item: EvaluatedException, status: ExceptionStatus, matched: number, settings: RuleSettings): Finding | undefined {
  const id = item.entry.id;
  let ruleId: string;
  let message: string;
  switch (status) {
    case 'active':
      return undefined;
    case 'invalid':
      ruleId = EXCEPTION_RULE_IDS.invalid;
      message = `exception ${id} is invalid and waives nothing: ${item.problems.join('; ')}`;
      break;
    case 'expired':
      ruleId = EXCEPTION_RULE_IDS.expired;
      message = expiredMessage(id, item.entry.ticket, item.entry.owner, item.entry.expires, matched);
      break;
    case 'expiring': {
      const days = item.daysToExpiry ?? 0;
      ruleId = EXCEPTION_RULE_IDS.expiring;
      message = expiringMessage(id, item.entry.ticket, item.entry.owner, item.entry.expires, days, matched);
      break;
    }
    case 'unused':
      ruleId = EXCEPTION_RULE_IDS.unused;
      message = `exception ${id} ${who(item)} matched no finding in ${item.entry.files.join(', ')}: remove it, or correct its files, controls, rules or pointer`;
      break;
  }
  const rule = ruleFor(ruleId);
  const severity = settings.severityFor(rule, list.file.absPath);
  if (severity === 'off') return undefined;
  return {
    ruleId,
    control: 'exception',
    severity,
    message: printable(message),
    hint: rule.hint,
    docs: docsPath(ruleId),
    file: list.file.relPath,
    range: list.file.locate(['exceptions', item.entry.index]),
    pointer: `/exceptions/${item.entry.index}`,
    waivedBy: null,
  };
}
