import type { SourceFile } from '../load/source-file.js';
import { printable, redactSecrets, safeOneLine } from '../load/redact.js';
import { toPointer } from '../load/workspace.js';
import { UsageError } from '../errors.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleReport } from '../rules/rule.js';
import { docsPath } from '../rules/rule.js';
import type { RuleSettings } from '../ruleset/load.js';
import { type Audience, type Finding, type Severity, severityRank } from '../types.js';
import type { Timings } from './timing.js';

export const RULE_CRASH_ID = 'structure-rule-crash';

export function ruleById(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** Turns rule reports into findings: severity from the ruleset, the audience and the report, location from the file. */
export class FindingCollector {
  readonly findings: Finding[] = [];

  constructor(
    private readonly settings: RuleSettings,
    private readonly timings?: Timings,
  ) {}

  run(rule: Rule, file: SourceFile, audience: Audience, check: (report: (report: RuleReport) => void) => void): void {
    const configured = this.settings.severityFor(rule, file.absPath);
    if (configured === 'off') return;
    const cap = audience === 'public' ? undefined : rule.relaxFor?.[audience];
    const ceiling = cap && severityRank(cap) < severityRank(configured) ? cap : configured;
    const started = this.timings ? performance.now() : 0;
    try {
      check((report) => this.add(rule, file, report, ceiling));
    } catch (error) {
      this.crash(rule.id, file, error);
    } finally {
      this.timings?.add(rule.id, performance.now() - started);
    }
  }

  runRepository(rule: Rule, check: (report: (report: RuleReport) => void) => void): void {
    const started = this.timings ? performance.now() : 0;
    try {
      check((report) => {
        const configured = this.settings.severityFor(rule, report.at.file.absPath);
        if (configured !== 'off') this.add(rule, report.at.file, report, configured);
      });
    } catch (error) {
      this.crash(rule.id, undefined, error);
    } finally {
      this.timings?.add(rule.id, performance.now() - started);
    }
  }

  add(rule: Rule, defaultFile: SourceFile, report: RuleReport, ceiling?: Severity): void {
    const configured = ceiling ?? this.settings.severityFor(rule, defaultFile.absPath);
    if (configured === 'off') return;
    const severity = report.severity && severityRank(report.severity) < severityRank(configured) ? report.severity : configured;
    const at = report.at;
    const file = at.file;
    const range =
      'range' in at && at.range ? at.range :
      'start' in at && typeof at.start === 'number' ? file.rangeOf(at.start, typeof at.end === 'number' ? at.end : at.start) : file.locate(at.path);
    this.findings.push({
      ruleId: rule.id,
      control: rule.control,
      severity,
      message: printable(report.message),
      hint: report.hint ?? rule.hint,
      docs: docsPath(rule.id),
      file: file.relPath,
      range,
      pointer: toPointer(at.path),
      waivedBy: null,
    });
  }

  push(finding: Finding): void {
    this.findings.push(finding);
  }

  replaceFindings(findings: readonly Finding[]): void {
    this.findings.length = 0;
    for (const finding of findings) this.findings.push(finding);
  }

  crash(ruleId: string, file: SourceFile | undefined, error: unknown): void {
    if (error instanceof UsageError) throw error;
    if (process.env.DEBUG?.includes('publish-gate')) process.stderr.write(`${redactSecrets((error as Error)?.stack ?? String(error))}\n`);
    const rule = ruleById(RULE_CRASH_ID);
    const reason = error instanceof Error ? error.message : String(error);
    this.findings.push({
      ruleId: RULE_CRASH_ID,
      control: rule.control,
      severity: 'error',
      message: `rule ${ruleId} failed on ${file?.relPath ?? 'the repository'}: ${safeOneLine(reason)}`,
      hint: rule.hint,
      docs: docsPath(RULE_CRASH_ID),
      file: file?.relPath ?? '.',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      pointer: '',
      waivedBy: null,
    });
  }
}
