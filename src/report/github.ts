import type { Finding, Report, Severity } from '../types.js';
import { bySeverity } from './rule-meta.js';
import { printable } from '../load/redact.js';

export interface GithubOptions {
  /** Annotations per kind; GitHub shows 10 error, 10 warning and 10 notice annotations per step. */
  maxErrors?: number;
  maxWarnings?: number;
  maxNotices?: number;
}

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, Command> = { error: 'error', warn: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: one annotation per unwaived finding, most severe first, no more per
 * kind than GitHub displays, then a line saying how many more are in the job summary and SARIF.
 */
export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const limits: Record<Command, number> = { error: options.maxErrors ?? 10, warning: options.maxWarnings ?? 10, notice: options.maxNotices ?? 10 };
  const used: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  let more = 0;
  for (const finding of bySeverity(report.findings.filter((candidate) => !candidate.waivedBy))) {
    const command = COMMAND[finding.severity];
    if (used[command] >= limits[command]) {
      more++;
      continue;
    }
    used[command]++;
    lines.push(annotation(command, finding));
  }
  const { summary } = report;
  if (more > 0) {
    lines.push(`publish-gate: ${more} more finding${more === 1 ? ' is' : 's are'} not annotated (GitHub shows 10 annotations of each kind per step); all are in the job summary and the SARIF file.`);
  }
  lines.push(
    `publish-gate ${report.result === 'pass' ? 'passed' : 'failed'}: ${summary.error} error(s), ${summary.warn} warning(s), ${summary.info} info, ${summary.hint} hint(s), ${summary.waived} waived in ${summary.files} file(s)`,
  );
  return `${lines.join('\n')}\n`;
}

function annotation(command: Command, finding: Finding): string {
  const { start, end } = finding.range;
  const properties: [string, string | number][] = [
    ['file', finding.file],
    ['line', start.line],
    ['col', start.column],
  ];
  if (end.line > start.line || (end.line === start.line && end.column > start.column)) {
    properties.push(['endLine', end.line], ['endColumn', end.column]);
  }
  properties.push(['title', `${finding.ruleId} [${finding.control}]`]);
  const message = `${finding.message}${finding.pointer ? ` (at ${printable(finding.pointer)})` : ''}\n${finding.hint}${finding.docs ? `\nDocs: ${finding.docs}` : ''}`;
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}`;
}

/** As @actions/core escapes command data. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes command properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
