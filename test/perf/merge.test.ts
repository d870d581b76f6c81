import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/report/merge.js';
import type { ExceptionSummary, Finding, Report } from '../../src/types.js';

function finding(file: string, line: number, severity: Finding['severity'], waived = false): Finding {
  return {
    ruleId: 'structure-ref',
    control: 'structure',
    severity,
    message: `broken $ref in ${file}`,
    hint: 'fix it',
    docs: 'docs/rules/structure-ref.md',
    file,
    range: { start: { line, column: 3 }, end: { line, column: 9 } },
    pointer: '/paths',
    waivedBy: waived ? { id: 'EX-1', ticket: 'GOV-1', owner: 'team-a', expires: '2026-12-01' } : null,
  };
}

function exception(status: ExceptionSummary['status'], matched: number): ExceptionSummary {
  return { id: 'EX-1', status, expires: '2026-12-01', owner: 'team-a', ticket: 'GOV-1', matched };
}

function report(findings: Finding[], files: number, exceptions: ExceptionSummary[]): Report {
  return { tool: { name: 'publish-gate', version: '1.0.0' }, result: 'pass', summary: { files, error: 0, warn: 0, info: 0, hint: 0, waived: 0 }, findings, exceptions, rulesets: ['publish-gate:recommended'] };
}

describe('mergeReports', () => {
  it('re-sorts findings, recomputes summary and result, sums exception matches and keeps extra keys', () => {
    const one = report([finding('b.yaml', 4, 'warn'), finding('a.yaml', 9, 'error', true)], 2, [exception('active', 1)]);
    const two = report([finding('a.yaml', 2, 'warn')], 3, [exception('unused', 0)]);
    const merged = mergeReports([two, one], 'warn');
    expect(merged.findings.map((f) => `${f.file}:${f.range.start.line}`)).toEqual(['a.yaml:2', 'a.yaml:9', 'b.yaml:4']);
    expect(merged.summary).toEqual({ files: 5, error: 0, warn: 2, info: 0, hint: 0, waived: 1 });
    expect(merged.result).toBe('fail');
    expect(merged.exceptions).toEqual([exception('active', 1)]);
    expect(merged.rulesets).toEqual(['publish-gate:recommended']);
    expect(mergeReports([two, one], 'error').result).toBe('pass');
    expect(Object.keys(merged)).toEqual(['tool', 'result', 'summary', 'findings', 'exceptions', 'rulesets']);
  });

  it('an exception no shard used stays unused', () => {
    const merged = mergeReports([report([], 1, [exception('unused', 0)]), report([], 1, [exception('unused', 0)])], 'error');
    expect(merged.exceptions).toEqual([exception('unused', 0)]);
  });
});
