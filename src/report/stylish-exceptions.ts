import type { ExceptionSummary, Finding, Report } from '../types.js';

type Paint = (color: 'dim' | 'bold' | 'warn' | 'error', text: string) => string;

const STATES = ['active', 'expiring', 'expired', 'invalid', 'unused'] as const;

/** The stylish sections about exceptions: waived findings (apart from failing ones), exceptions by state, policy origin. */
export function stylishExceptionSections(report: Report, paint: Paint, quiet: boolean): string[] {
  const lines: string[] = [];
  const waived = report.findings.filter((finding) => finding.waivedBy);
  if (waived.length > 0 && !quiet) {
    lines.push(paint('bold', `Waived findings (${waived.length}): not failing while their exception holds`));
    for (const finding of waived) lines.push(`  ${describeWaived(finding, paint)}`);
    lines.push('');
  }
  const exceptions = report.exceptions as ExceptionSummary[];
  if (exceptions.length > 0) {
    const counts = STATES.map((state) => `${exceptions.filter((entry) => entry.status === state).length} ${state}`);
    lines.push(paint('bold', `Exceptions: ${counts.join(', ')}`));
    if (!quiet) {
      for (const entry of exceptions) {
        if (entry.status === 'active') continue;
        const color = entry.status === 'expired' || entry.status === 'invalid' ? 'error' : 'warn';
        lines.push(`  ${paint(color, entry.status.padEnd(8))}  ${entry.id} (ticket ${entry.ticket ?? '?'}, owner ${entry.owner ?? '?'}, expires ${entry.expires ?? '?'})`);
      }
    }
    lines.push('');
  }
  const policy = report.policy as { from: string; commit?: string; pendingChanges: { file: string; change: string }[] } | undefined;
  if (policy) {
    const commit = policy.commit ? ` (${policy.commit.slice(0, 12)})` : '';
    lines.push(paint('bold', `Policy (config, rulesets, exceptions) read from git ref ${policy.from}${commit}`));
    if (policy.pendingChanges.length > 0) {
      lines.push(paint('warn', `Policy changes pending review (not applied in this run): ${policy.pendingChanges.length}`));
      for (const change of policy.pendingChanges) lines.push(`  ${change.change.padEnd(8)}  ${change.file}`);
    }
    lines.push('');
  }
  return lines;
}

function describeWaived(finding: Finding, paint: Paint): string {
  const waiver = finding.waivedBy!;
  return `${finding.file}:${finding.range.start.line}:${finding.range.start.column}  ${finding.message}  ${paint('dim', `${finding.ruleId} [${finding.control}]`)}  ${paint('dim', `waived by ${waiver.id} (${waiver.ticket}, ${waiver.owner}, until ${waiver.expires})`)}`;
}
