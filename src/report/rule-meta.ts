import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { type Finding, type Report, type Severity, severityRank } from '../types.js';

/** What a report format says about a rule: from the registry when it is one of ours, else from its findings. */
export interface RuleMeta {
  id: string;
  control: string;
  description: string;
  hint: string;
  docs: string;
  /** The rule's default severity (ours), or the highest severity among its findings (a foreign rule). */
  defaultSeverity: Severity | 'off';
}

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

/** The rules that have findings in the report, sorted by id. */
export function rulesOf(report: Report): RuleMeta[] {
  const metas = new Map<string, RuleMeta>();
  for (const finding of report.findings) {
    const known = metas.get(finding.ruleId);
    if (known) {
      if (!BY_ID.has(finding.ruleId) && known.defaultSeverity !== 'off' && severityRank(finding.severity) > severityRank(known.defaultSeverity)) {
        known.defaultSeverity = finding.severity;
      }
      continue;
    }
    metas.set(finding.ruleId, metaFor(finding));
  }
  return [...metas.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function metaFor(finding: Finding): RuleMeta {
  const rule = BY_ID.get(finding.ruleId);
  return {
    id: finding.ruleId,
    control: rule?.control ?? finding.control,
    description: rule?.description ?? `${finding.ruleId} (${finding.control})`,
    hint: rule?.hint ?? finding.hint,
    docs: finding.docs,
    defaultSeverity: rule ? rule.severity : finding.severity,
  };
}

/** A docs reference as an absolute URL when possible: already absolute, or resolved against `base`. */
export function docsUrl(docs: string, base: string | undefined): string | undefined {
  if (!docs) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(docs)) return docs;
  if (!base) return undefined;
  try {
    return new URL(docs.replace(/^\.?\//, ''), base.endsWith('/') ? base : `${base}/`).href;
  } catch {
    return undefined;
  }
}

/** Unwaived findings at or above the fail-on threshold: the ones that fail the gate. */
export function failsGate(finding: Finding, failOn: Severity | 'none'): boolean {
  return !finding.waivedBy && failOn !== 'none' && severityRank(finding.severity) >= severityRank(failOn);
}

/** Most severe first; otherwise the report's own (file, line, column, rule) order. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index)
    .map((entry) => entry.finding);
}
