import { UsageError } from '../errors.js';
import type { ExceptionSummary, Finding, Report, Severity } from '../types.js';
import { finishReport } from './build.js';
import { printable } from '../load/redact.js';
import { EXCEPTION_RULE_IDS, expiredMessage, expiringMessage } from '../exceptions/stage.js';

/**
 * Combines the JSON reports of `--shard` runs into the report one run over every file gives: findings
 * concatenated and re-sorted, the summary and result recomputed for `failOn`, exceptions merged entry by
 * entry (matches summed; unused only when no shard used it) with their findings given once. Other
 * top-level keys come from the first report.
 */
export function mergeReports(reports: readonly Report[], failOn: Severity | 'none'): Report {
  if (reports.length === 0) throw new UsageError('merge needs at least one JSON report');
  const findings: Finding[] = [];
  // Every shard evaluates the whole exceptions file: its findings are rebuilt once below, from the merged states.
  const exceptionFindings: Finding[] = [];
  let files = 0;
  const exceptions = new Map<string, { index: number; shards: ExceptionSummary[] }>();
  for (const report of reports) {
    for (const finding of report.findings) (finding.control === 'exception' ? exceptionFindings : findings).push(finding);
    files += report.summary.files;
    report.exceptions.forEach((exception, index) => {
      // Entries are told apart by where they are written (two entries may share an id: one is then invalid).
      const key = typeof exception.file === 'string' && typeof exception.line === 'number' ? `${exception.file}:${exception.line}` : exception.id;
      const known = exceptions.get(key);
      if (known) known.shards.push(exception);
      else exceptions.set(key, { index, shards: [exception] });
    });
  }
  const merged: ExceptionSummary[] = [];
  for (const { index, shards } of exceptions.values()) {
    const summary = mergeException(shards);
    merged.push(summary);
    const finding = exceptionFinding(summary, index, exceptionFindings);
    if (finding) findings.push(finding);
  }
  const report = finishReport({ findings, files, failOn, exceptions: merged });
  const first = reports[0];
  const out: Report = { ...report };
  for (const key of Object.keys(first)) {
    if (!(key in report)) out[key] = first[key];
  }
  return out;
}

/**
 * One exception as a single run over every file sees it: matches summed; invalid and expired do not
 * depend on the shard; otherwise used (the state of a shard where it matched) when it matched anywhere,
 * unused when it matched nowhere and some shard linted its files, else as the shards say.
 */
function mergeException(shards: ExceptionSummary[]): ExceptionSummary {
  const matched = shards.reduce((sum, shard) => sum + shard.matched, 0);
  const chosen =
    shards.find((shard) => shard.status === 'invalid' || shard.status === 'expired') ??
    (matched > 0 ? shards.find((shard) => shard.matched > 0) : shards.find((shard) => shard.status === 'unused')) ??
    shards[0];
  const summary: ExceptionSummary = { ...chosen, matched };
  if (shards.every((shard) => typeof shard.waived === 'number')) summary.waived = shards.reduce((sum, shard) => sum + (shard.waived as number), 0);
  return summary;
}

const RULE_OF_STATUS: Partial<Record<ExceptionSummary['status'], string>> = {
  invalid: EXCEPTION_RULE_IDS.invalid,
  expired: EXCEPTION_RULE_IDS.expired,
  expiring: EXCEPTION_RULE_IDS.expiring,
  unused: EXCEPTION_RULE_IDS.unused,
};

/** The finding of the exception at `index` for its merged state, from one shard's copy (the matches counted again). */
function exceptionFinding(summary: ExceptionSummary, index: number, candidates: Finding[]): Finding | undefined {
  const ruleId = RULE_OF_STATUS[summary.status];
  if (!ruleId) return undefined;
  const found = candidates.find((finding) => finding.ruleId === ruleId && finding.pointer === `/exceptions/${index}` && (typeof summary.file !== 'string' || finding.file === summary.file));
  if (!found) return undefined;
  const finding = { ...found };
  if (summary.status === 'expired') finding.message = printable(expiredMessage(summary.id, summary.ticket, summary.owner, summary.expires, summary.matched));
  if (summary.status === 'expiring' && typeof summary.daysToExpiry === 'number') {
    finding.message = printable(expiringMessage(summary.id, summary.ticket, summary.owner, summary.expires, summary.daysToExpiry, summary.matched));
  }
  return finding;
}

/** Checks that a parsed JSON document is a publish-gate report; `name` is used in the error. */
export function asReport(data: unknown, name: string): Report {
  const report = data as Partial<Report> | null;
  const valid =
    report !== null &&
    typeof report === 'object' &&
    report.tool?.name === 'publish-gate' &&
    Array.isArray(report.findings) &&
    Array.isArray(report.exceptions) &&
    typeof report.summary === 'object' &&
    report.summary !== null &&
    typeof report.summary.files === 'number' &&
    report.findings.every((finding) => typeof finding === 'object' && finding !== null && typeof finding.file === 'string' && typeof finding.range === 'object');
  if (!valid) throw new UsageError(`${name} is not a publish-gate JSON report (publish-gate lint --format json)`);
  return report as Report;
}
