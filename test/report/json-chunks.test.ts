import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonChunks } from '../../src/report/json-chunks.js';

function chunked(value: unknown, size?: number): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJsonChunks(value, (chunk) => pieces.push(chunk), size);
  return { text: pieces.join(''), pieces: pieces.length };
}

describe('JSON written in pieces', () => {
  it('is byte for byte JSON.stringify(value, null, 2), for any JSON-like value and piece size', () => {
    const big = fc.array(fc.anything({ withNullPrototype: false, withBoxedValues: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withBigInt: false, withDate: true }), { minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(fc.record({ findings: big, summary: fc.jsonValue(), extra: fc.option(fc.constant(undefined)), nested: fc.array(fc.record({ results: big })) }), fc.integer({ min: 1, max: 5000 }), (value, size) => {
        expect(chunked(value, size).text).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps undefined, functions and toJSON as JSON.stringify does, inside a walked array', () => {
    const items: unknown[] = Array.from({ length: 300 }, (_, index) => ({ index, when: new Date(Date.UTC(2026, 10, 23, 0, 0, index)), skip: undefined, run: () => index }));
    items.push(undefined, () => 1, Symbol('s'), null, { toJSON: (key: string) => `key ${key}` });
    const value = { report: { findings: items }, empty: [], none: {} };
    expect(chunked(value, 100).text).toBe(JSON.stringify(value, null, 2));
  });

  it('gives a 78,000-finding report in many small pieces, not one string', () => {
    const findings = Array.from({ length: 78_000 }, (_, index) => ({ ruleId: 'rate-limit-429', file: `apis/api-${index % 200}/openapi.yaml`, range: { start: { line: index, column: 7 }, end: { line: index, column: 9 } }, pointer: `/paths/~1orders${index}/get/responses`, waivedBy: null }));
    const report = { tool: { name: 'publish-gate' }, result: 'fail', findings, exceptions: [] };
    const { text, pieces } = chunked(report);
    expect(text).toBe(JSON.stringify(report, null, 2));
    expect(pieces).toBeGreaterThan(100);
  });
});
