import { UsageError } from '../errors.js';
import type { ExceptionSummary, Finding, Report, Severity } from '../types.js';
import { finishReport } from './build.js';

/**
 * Combines the JSON reports of `--shard` runs into the report one run over every file gives: findings
 * concatenated and re-sorted, the summary and result recomputed for `failOn`, exceptions merged by id
 * (matches summed; an exception is unused only when no shard used it). Other top-level keys come from
 * the first report.
 */
export function mergeReports(reports: readonly Report[], failOn: Severity | 'none'): Report {
  if (reports.length === 0) throw new UsageError('merge needs at least one JSON report');
  const findings: Finding[] = [];
  let files = 0;
  const exceptions = new Map<string, ExceptionSummary>();
  for (const report of reports) {
    for (const finding of report.findings) findings.push(finding);
    files += report.summary.files;
    for (const exception of report.exceptions) {
      const known = exceptions.get(exception.id);
      if (!known) {
        exceptions.set(exception.id, { ...exception });
        continue;
      }
      const matched = known.matched + exception.matched;
      const winner = known.status === 'unused' && exception.status !== 'unused' ? { ...exception } : known;
      winner.matched = matched;
      exceptions.set(exception.id, winner);
    }
  }
  const merged = finishReport({
    findings,
    files,
    failOn,
    exceptions: [...exceptions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  });
  const first = reports[0];
  const out: Report = { ...merged };
  for (const key of Object.keys(first)) {
    if (!(key in merged)) out[key] = first[key];
  }
  return out;
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
