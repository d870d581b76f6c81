import { type Finding, severityRank } from '../types.js';

/**
 * One finding per rule, place and message. A file `$ref`'d by several contracts (a shared schema, a
 * shared parameter) is checked once per contract; its findings are the same and are reported once,
 * at the highest severity any of those contracts gave them (the strictest audience wins).
 */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    const { start, end } = finding.range;
    // One string per finding, unambiguous without escaping (cheaper than JSON.stringify of an array): each
    // string but the last has its length in front, the numbers a separator after them.
    const { ruleId, file, pointer } = finding;
    const key = `${ruleId.length}:${ruleId}${file.length}:${file}${pointer.length}:${pointer}${start.line},${start.column},${end.line},${end.column},${finding.message}`;
    const previous = kept.get(key);
    if (!previous) kept.set(key, finding);
    else if (severityRank(finding.severity) > severityRank(previous.severity)) kept.set(key, { ...finding });
    // Threads take contracts in no fixed order: among equals, the smallest hint wins, so the report does not depend on it.
    else if (finding.severity === previous.severity && finding.hint < previous.hint) kept.set(key, { ...finding });
  }
  return [...kept.values()];
}
