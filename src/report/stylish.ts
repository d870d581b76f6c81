import type { Finding, Report } from '../types.js';
import { bufferedSink } from './json-chunks.js';
import { stylishExceptionSections } from './stylish-exceptions.js';

export interface StylishOptions {
  color: boolean;
  /** Only findings that fail the gate or are errors. */
  quiet?: boolean;
}

const COLORS = { error: '\u001b[31m', warn: '\u001b[33m', info: '\u001b[36m', hint: '\u001b[90m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m', green: '\u001b[32m' };

/** Human-readable report grouped by file, like ESLint's stylish formatter. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const pieces: string[] = [];
  writeStylish(report, options, (chunk) => pieces.push(chunk));
  return pieces.join('');
}

/** The text of `formatStylish`, passed to `sink` in pieces of about 64 KiB (a large run is never one string). */
export function writeStylish(report: Report, options: StylishOptions, sink: (chunk: string) => void): void {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const output = bufferedSink(sink);
  // Every line ends with a newline, the last one too.
  const lines = { push: (line: string) => output.write(`${line}\n`) };
  // Waived findings are listed apart, after the failing ones (stylish-exceptions.ts).
  const shown = report.findings.filter((finding) => !finding.waivedBy && (!options.quiet || finding.severity === 'error'));
  const byFile = new Map<string, Finding[]>();
  for (const finding of shown) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint('bold', file));
    const locations = findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column}`);
    const width = locations.reduce((widest, location) => Math.max(widest, location.length), 0);
    findings.forEach((finding, index) => {
      const severity = finding.waivedBy ? paint('dim', 'waived') : paint(finding.severity, finding.severity.padEnd(5));
      const waiver = finding.waivedBy ? paint('dim', ` (waived by ${finding.waivedBy.id}, ${finding.waivedBy.ticket}, until ${finding.waivedBy.expires})`) : '';
      lines.push(`  ${locations[index].padEnd(width)}  ${severity}  ${finding.message}${waiver}  ${paint('dim', `${finding.ruleId} [${finding.control}]`)}`);
      if (!options.quiet && !finding.waivedBy) lines.push(`  ${' '.repeat(width)}  ${paint('dim', `${'      '} ↳ ${finding.hint} (${finding.docs})`)}`);
    });
    lines.push('');
  }
  for (const line of stylishExceptionSections(report, (color, text) => paint(color, text), Boolean(options.quiet))) lines.push(line);
  const { summary } = report;
  const counts = `${summary.error} error${summary.error === 1 ? '' : 's'}, ${summary.warn} warning${summary.warn === 1 ? '' : 's'}, ${summary.info} info, ${summary.hint} hint${summary.hint === 1 ? '' : 's'}, ${summary.waived} waived`;
  const verdict = report.result === 'pass' ? paint('green', '✔ publish-gate passed') : paint('error', '✖ publish-gate failed');
  lines.push(`${verdict}: ${counts} in ${summary.files} file${summary.files === 1 ? '' : 's'}`);
  output.flush();
}
