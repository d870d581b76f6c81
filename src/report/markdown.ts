import { CONTROLS, type Finding, type Report, SEVERITIES, type Severity } from '../types.js';
import { bySeverity, docsUrl, failsGate } from './rule-meta.js';

export interface MarkdownOptions {
  failOn?: Severity | 'none';
  /** Prefix for links to files, e.g. `https://github.com/o/r/blob/<sha>/`; default: links relative to the repository. */
  linkBase?: string;
  /** Base URL for rule docs links; default: the docs path as written in the finding. */
  docsBaseUrl?: string;
  /** Upper bound on the output in UTF-8 bytes (GitHub's job summary allows 1 MiB). */
  maxBytes?: number;
  /** Where the complete report can be read when rows had to be left out. */
  fullReportUrl?: string;
  /** Text placed first (e.g. a hidden marker). */
  preamble?: string;
}

export const SUMMARY_MAX_BYTES = 1_000_000;
const NOTE_RESERVE = 1_024;

/** A Markdown report for job summaries and PR comments; never longer than `maxBytes`. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const max = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const out = new Budget(max - NOTE_RESERVE);
  const { summary } = report;
  if (options.preamble) out.force(options.preamble);
  out.force(`## ${report.result === 'pass' ? '✅ publish-gate passed' : '❌ publish-gate failed'}\n`);
  out.force(
    `**${summary.error}** error${plural(summary.error)} · **${summary.warn}** warning${plural(summary.warn)} · **${summary.info}** info · **${summary.hint}** hint${plural(summary.hint)} · **${summary.waived}** waived, in **${summary.files}** file${plural(summary.files)} (fails on: \`${failOn}\`)\n`,
  );

  const counts = new Map<string, Record<Severity | 'waived', number>>();
  for (const finding of report.findings) {
    const row = counts.get(finding.control) ?? { error: 0, warn: 0, info: 0, hint: 0, waived: 0 };
    row[finding.waivedBy ? 'waived' : finding.severity]++;
    counts.set(finding.control, row);
  }
  if (counts.size > 0) {
    out.force('### By control\n');
    out.force(`| Control | ${SEVERITIES.join(' | ')} | waived |\n|---|${SEVERITIES.map(() => '---:|').join('')}---:|`);
    const order = (control: string) => {
      const index = (CONTROLS as readonly string[]).indexOf(control);
      return index === -1 ? CONTROLS.length : index;
    };
    for (const control of [...counts.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))) {
      const row = counts.get(control)!;
      out.force(`| ${cell(control)} | ${SEVERITIES.map((severity) => row[severity]).join(' | ')} | ${row.waived} |`);
    }
    out.force('');
  }

  let cut = 0;
  const attention = report.exceptions.filter((exception) => exception.status !== 'active');
  const active = report.exceptions.length - attention.length;
  if (report.exceptions.length > 0) {
    out.force('### Exceptions\n');
    out.force(`${active} active exception${plural(active)}${attention.length > 0 ? `; ${attention.length} need${attention.length === 1 ? 's' : ''} attention:` : '.'}\n`);
    if (attention.length > 0) {
      cut += out.table(
        '| Exception | Status | Expires | Owner | Ticket | Matched |\n|---|---|---|---|---|---:|',
        attention.map(
          (exception) =>
            `| ${cell(exception.id)} | ${statusLabel(exception.status)} | ${cell(exception.expires ?? '—')} | ${cell(exception.owner ?? '—')} | ${cell(exception.ticket ?? '—')} | ${exception.matched} |`,
        ),
      );
    }
  }

  const policy = policyOrigin(report.policy);
  if (policy) {
    out.force('### Policy\n');
    out.force(`Config, rulesets and exceptions were read from \`${cell(policy.from)}\`${policy.commit ? ` (${cell(policy.commit.slice(0, 12))})` : ''}.${policy.pendingChanges.length > 0 ? ' Policy files changed here are pending review and were not applied:' : ''}\n`);
    if (policy.pendingChanges.length > 0) {
      cut += out.table('| Policy file | Change |\n|---|---|', policy.pendingChanges.map((change) => `| ${cell(change.file)} | ${cell(change.change)} |`));
    }
  }

  const failing = bySeverity(report.findings.filter((finding) => failsGate(finding, failOn)));
  const other = bySeverity(report.findings.filter((finding) => !finding.waivedBy && !failsGate(finding, failOn)));
  const waived = report.findings.filter((finding) => finding.waivedBy);
  const findingRow = (finding: Finding) =>
    `| ${finding.severity} | ${location(finding, options.linkBase)} | ${ruleCell(finding, options.docsBaseUrl)} | ${cell(finding.message)}<br>${cell(finding.hint)} |`;
  if (failing.length > 0) {
    out.force(`### Failing findings (${failing.length})\n`);
    cut += out.table('| Severity | Location | Rule | Message |\n|---|---|---|---|', failing.map(findingRow));
  }
  if (waived.length > 0) {
    cut += out.section(
      `### Waived findings (${waived.length})\n`,
      '| Location | Rule | Exception | Message |\n|---|---|---|---|',
      waived.map((finding) => {
        const waiver = finding.waivedBy!;
        return `| ${location(finding, options.linkBase)} | ${ruleCell(finding, options.docsBaseUrl)} | ${cell(`${waiver.id} (${waiver.ticket}, ${waiver.owner}, until ${waiver.expires})`)} | ${cell(finding.message)} |`;
      }),
    );
  }
  if (other.length > 0) {
    cut += out.section(`### Other findings (${other.length})\n`, '| Severity | Location | Rule | Message |\n|---|---|---|---|', other.map(findingRow));
  }
  if (report.findings.length === 0) out.force('No findings.\n');
  let text = out.text();
  if (cut > 0) {
    const where = options.fullReportUrl ? `[the full report](${options.fullReportUrl})` : 'the SARIF or JSON report';
    text += `\n> [!NOTE]\n> ${cut} row${plural(cut)} left out to stay under ${Math.floor(max / 1024)} KiB; every finding is in ${where}.\n`;
  }
  return text;
}

class Budget {
  private readonly parts: string[] = [];
  private bytes = 0;

  constructor(private readonly max: number) {}

  /** Adds a line whatever the budget (small fixed parts). */
  force(line: string): void {
    this.parts.push(line);
    this.bytes += Buffer.byteLength(line) + 1;
  }

  private fits(line: string): boolean {
    return this.bytes + Buffer.byteLength(line) + 1 <= this.max;
  }

  /** Adds a table row by row while it fits; returns how many rows were left out. */
  table(header: string, rows: string[]): number {
    if (!this.fits(header)) return rows.length;
    this.force(header);
    let added = 0;
    for (const row of rows) {
      if (!this.fits(row)) break;
      this.force(row);
      added++;
    }
    this.force('');
    return rows.length - added;
  }

  /** A heading and a table, or nothing when not even the heading fits. */
  section(heading: string, header: string, rows: string[]): number {
    if (!this.fits(heading + header)) return rows.length;
    this.force(heading);
    return this.table(header, rows);
  }

  text(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

interface PolicyOrigin {
  from: string;
  commit: string;
  pendingChanges: { file: string; change: string }[];
}

/** The report's `policy` field (present under policy-from), read defensively. */
function policyOrigin(value: unknown): PolicyOrigin | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { from, commit, pendingChanges } = value as Record<string, unknown>;
  if (typeof from !== 'string') return undefined;
  const changes = Array.isArray(pendingChanges)
    ? pendingChanges.filter((change): change is { file: string; change: string } => typeof change?.file === 'string' && typeof change?.change === 'string')
    : [];
  return { from, commit: typeof commit === 'string' ? commit : '', pendingChanges: changes };
}

function statusLabel(status: string): string {
  switch (status) {
    case 'expired':
      return '⛔ expired';
    case 'invalid':
      return '⛔ invalid';
    case 'expiring':
      return '⚠️ expiring';
    case 'unused':
      return '⚠️ unused';
    default:
      return cell(status);
  }
}

function location(finding: Finding, linkBase: string | undefined): string {
  const { line, column } = finding.range.start;
  const label = `${finding.file}:${line}:${column}`;
  const target = `${linkBase ?? ''}${finding.file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  return `[${cell(label)}](${target})`;
}

function ruleCell(finding: Finding, docsBaseUrl: string | undefined): string {
  const docs = docsUrl(finding.docs, docsBaseUrl) ?? finding.docs;
  return `${docs ? `[\`${cell(finding.ruleId)}\`](${docs.replace(/[()\s]/g, encodeURIComponent)})` : `\`${cell(finding.ruleId)}\``} (${cell(finding.control)})`;
}

/** Text safe inside a table cell: no pipes, no line breaks, no HTML, no @mentions pinging people from contract text. */
function cell(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

function plural(count: number): string {
  return count === 1 ? '' : 's';
}
