import fc from 'fast-check';
import { findNodeAtLocation, parseTree, visit, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { deepestJsonNode, scanJsonDuplicateKeys } from '../../src/load/json-scan.js';

// The one-pass duplicate-key scan and the single-walk locator replace jsonc-parser's visitor and repeated
// findNodeAtLocation calls: both must agree with them on any JSON text.

/** What the duplicate-key check reported before: jsonc-parser's visitor. */
function visitorDuplicates(text: string): Array<{ key: string; start: number; end: number }> {
  const found: Array<{ key: string; start: number; end: number }> = [];
  const stack: Array<Set<string>> = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (property, offset, length) => {
      const seen = stack[stack.length - 1];
      if (seen.has(property)) found.push({ key: property, start: offset, end: offset + length });
      seen.add(property);
    },
  });
  return found;
}

/** How SourceFile located a path before: the longest prefix findNodeAtLocation finds. */
function prefixLocate(tree: JsonNode, path: Array<string | number>): JsonNode | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node) return node;
  }
  return undefined;
}

const keys = fc.constantFrom('a', 'b', 'id', 'a"b', 'é', '\\u0041', 'A', 'x/y', '', '0', 'key-with-a-long-name');
const space = fc.constantFrom('', ' ', '\n  ', '\t');
type Text = fc.Arbitrary<string>;
const json: Text = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '-2.5e3', 'true', 'false', 'null', '"s"', '"a\\"b"', '"[{,:}]"'),
    fc.tuple(space, fc.array(tie('value') as Text, { maxLength: 4 })).map(([s, items]) => `[${s}${items.join(`,${s}`)}${s}]`),
    fc
      .tuple(space, fc.array(fc.tuple(keys, tie('value') as Text), { maxLength: 20 }))
      .map(([s, entries]) => `{${s}${entries.map(([key, value]) => `"${key.replace(/"/g, '\\"')}"${s}:${s}${value}`).join(`,${s}`)}${s}}`),
  ),
})).value;

describe('JSON scanning', () => {
  it('finds the same duplicate keys at the same offsets as jsonc-parser', () => {
    fc.assert(
      fc.property(json, (text) => {
        JSON.parse(text);
        const scanned = scanJsonDuplicateKeys(text).map((problem) => ({ message: problem.message, start: problem.start, end: problem.end }));
        const expected = visitorDuplicates(text).map(({ key, start, end }) => ({ message: expect.stringContaining(`duplicate key "`), start, end, key }));
        expect(scanned.map(({ start, end }) => [start, end])).toEqual(expected.map(({ start, end }) => [start, end]));
      }),
      { numRuns: 400 },
    );
    expect(scanJsonDuplicateKeys('{"a": {"b": 1, "b": [ {"a": 1}, {"a": 2} ]}, "a\\u0022": 1, "a\\"": 2}').map((problem) => [problem.message, problem.start])).toEqual([
      ['duplicate key "b": JSON keys must be unique in an object', 15],
      ['duplicate key "a"": JSON keys must be unique in an object', 59],
    ]);
  });

  it('locates every path (existing or not) where the longest-prefix search did', () => {
    fc.assert(
      fc.property(json, fc.array(fc.oneof(keys, fc.nat(4)), { maxLength: 5 }), (text, path) => {
        const tree = parseTree(text)!;
        expect(deepestJsonNode(tree, path)).toBe(prefixLocate(tree, path));
      }),
      { numRuns: 400 },
    );
    const wide = `{${Array.from({ length: 40 }, (_, index) => `"k${index % 30}": {"v": ${index}}`).join(',')}}`;
    const tree = parseTree(wide)!;
    for (let index = 0; index < 32; index++) expect(deepestJsonNode(tree, [`k${index}`, 'v'])).toBe(prefixLocate(tree, [`k${index}`, 'v']));
  });
});
