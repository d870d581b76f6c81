import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/engine/finding-collector.js';
import { finishReport } from '../../src/report/build.js';
import { dedupeFindings } from '../../src/report/dedupe.js';
import { formatReport, writeReport } from '../../src/report/format.js';
import type { RuleSettings } from '../../src/ruleset/load.js';
import type { Finding } from '../../src/types.js';

// More findings than a function call can take as arguments (~120,000 here): a 31.6 MiB repository with
// 146,000 findings once ended in "internal error: Maximum call stack size exceeded" (exit 2).
const COUNT = 200_000;

function findings(): Finding[] {
  return Array.from({ length: COUNT }, (_, index) => ({
    ruleId: 'rate-limit-429',
    control: 'rate-limit',
    severity: 'warn',
    message: `GET /orders${index} documents no 429 response`,
    hint: 'Document a 429 response.',
    docs: 'docs/rules/rate-limit-429.md',
    file: 'apis/orders/openapi.yaml',
    range: { start: { line: index + 1, column: 7 }, end: { line: index + 1, column: 16 } },
    pointer: `/paths/~1orders${index}/get/responses`,
    waivedBy: null,
  }));
}

describe('reports larger than a call can take as arguments', () => {
  it('are de-duplicated, collected, and written as stylish and JSON', () => {
    const all = findings();
    const collector = new FindingCollector({} as RuleSettings);
    for (const finding of all) collector.push(finding);
    for (const finding of all.slice(0, 1000)) collector.push(finding);
    collector.replaceFindings(dedupeFindings(collector.findings));
    expect(collector.findings).toHaveLength(COUNT);

    const report = finishReport({ findings: collector.findings, files: 1, failOn: 'error', exceptions: [] });
    expect(report.summary.warn).toBe(COUNT);
    const stylish = formatReport(report, 'stylish', { color: false, quiet: false });
    expect(stylish.split('\n').filter((line) => line.includes('rate-limit-429 [rate-limit]'))).toHaveLength(COUNT);
    const stylishPieces: string[] = [];
    writeReport(report, 'stylish', { color: false, quiet: false }, (chunk) => stylishPieces.push(chunk));
    expect(stylishPieces.length).toBeGreaterThan(100);
    expect(stylishPieces.join('')).toBe(stylish);
    let json = '';
    writeReport(report, 'json', { color: false, quiet: false }, (chunk) => {
      json += chunk;
    });
    expect((JSON.parse(json) as { findings: unknown[] }).findings).toHaveLength(COUNT);
  });
});
