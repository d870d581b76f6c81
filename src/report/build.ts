import { VERSION } from '../version.js';
import { type ExceptionSummary, type Finding, type Report, type Severity, type Summary, severityRank } from '../types.js';

export interface ReportParts {
  findings: Finding[];
  files: number;
  failOn: Severity | 'none';
  exceptions: ExceptionSummary[];
}

/** Sorts findings, counts them and decides the result. */
export function finishReport(parts: ReportParts): Report {
  const findings = sortFindings(parts.findings);
  const summary: Summary = { files: parts.files, error: 0, warn: 0, info: 0, hint: 0, waived: 0 };
  for (const finding of findings) {
    if (finding.waivedBy) summary.waived++;
    else summary[finding.severity]++;
  }
  return {
    tool: { name: 'publish-gate', version: VERSION },
    result: gateFails(findings, parts.failOn) ? 'fail' : 'pass',
    summary,
    findings,
    exceptions: parts.exceptions,
  };
}

export function gateFails(findings: Finding[], failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  const threshold = severityRank(failOn);
  return findings.some((finding) => !finding.waivedBy && severityRank(finding.severity) >= threshold);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.pointer, b.pointer) ||
    compareStrings(a.message, b.message)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
