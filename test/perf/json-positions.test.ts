import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { deepestJsonNode, JsonPositions } from '../../src/load/json-scan.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { SourceFile } from '../../src/load/source-file.js';

// A JSON file is located through flat tables built in one scan (JsonPositions) instead of a jsonc-parser
// tree (~33 MiB for a 3.6 MB contract). Every range must stay what the tree walk gave.

/** How SourceFile located a path with the tree: the deepest node, widened to its property. */
function treeRange(text: string, at: Array<string | number>): { start: number; end: number } {
  const node = deepestJsonNode(parseTree(text)!, at);
  const target = node.parent && node.parent.type === 'property' ? node.parent : node;
  return { start: target.offset, end: target.offset + target.length };
}

const keys = fc.constantFrom('a', 'b', 'id', 'a"b', 'é', 'A', 'x/y', '', '0', '1', 'key-with-a-long-name', 'k\\n');
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
type Text = fc.Arbitrary<string>;
const json: Text = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '-2.5e3', 'true', 'false', 'null', '"s"', '"a\\"b"', '"[{,:}]"', '"\\\\"', '"\\u0041"'),
    fc.tuple(space, fc.array(tie('value') as Text, { maxLength: 4 })).map(([s, items]) => `[${s}${items.join(`,${s}`)}${s}]`),
    fc
      .tuple(space, fc.array(fc.tuple(keys, tie('value') as Text), { maxLength: 20 }))
      .map(([s, entries]) => `{${s}${entries.map(([key, value]) => `"${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"${s}:${s}${value}`).join(`,${s}`)}${s}}`),
  ),
})).value;

describe('JSON locations without a parse tree', () => {
  it('match the tree walk for any JSON text and any path (keys with escapes, duplicates, numbers on objects, strings on arrays)', () => {
    fc.assert(
      fc.property(space, json, space, fc.array(fc.oneof(keys, fc.nat(4), fc.constantFrom(-1, 1.5)), { maxLength: 5 }), (before, body, after, at) => {
        const text = `${before}${body}${after}`;
        JSON.parse(text);
        expect(new JsonPositions(text).locate(at)).toEqual(treeRange(text, at));
      }),
      { numRuns: 1000 },
    );
    const wide = `{${Array.from({ length: 40 }, (_, index) => `"k${index % 30}": {"v": ${index}, "e\\u0073c": [1, {"w": 2}]}`).join(',')}}`;
    const positions = new JsonPositions(wide);
    for (let index = 0; index < 32; index++) {
      for (const at of [[`k${index}`, 'v'], [`k${index}`, 'esc', 1, 'w'], [`k${index}`, 'esc', '1']]) expect(positions.locate(at)).toEqual(treeRange(wide, at));
    }
  });

  it('give a finding in a JSON file the line and column the tree gave', () => {
    const text = '{\n  "openapi": "3.0.3",\n  "paths": {\n    "/a": {"get": {"responses": {"200": {"description": "ok"}}}},\n    "/a": {"put": {}}\n  }\n}\n';
    const file = SourceFile.fromText('/repo/api.json', 'api.json', text, DEFAULT_LIMITS);
    for (const at of [['paths', '/a', 'get', 'responses', '200'], ['paths', '/a', 'put'], ['paths', '/b'], []]) {
      const { start, end } = treeRange(text, at);
      expect(file.locate(at)).toEqual(file.rangeOf(start, end));
    }
    // The first of two equal keys is the one located, as in the tree.
    expect(file.locate(['paths', '/a', 'get', 'responses', '200']).start).toEqual({ line: 4, column: 34 });
    expect(file.locate(['paths', '/a', 'put']).start).toEqual({ line: 4, column: 5 });
  });

  it('match the tree walk on github.json from ../shared/corpus', (context) => {
    const corpus = [path.resolve('../shared/corpus'), path.resolve('../../shared/corpus')].find((candidate) => existsSync(path.join(candidate, 'github.json')));
    if (!corpus) {
      console.warn('test/perf/json-positions.test.ts: ../shared/corpus is absent: the real-contract location checks are skipped');
      context.skip();
      return;
    }
    const text = readFileSync(path.join(corpus, 'github.json'), 'utf8');
    const tree = parseTree(text)!;
    const positions = new JsonPositions(text);
    const stack: Array<{ value: unknown; at: Array<string | number> }> = [{ value: JSON.parse(text), at: [] }];
    let checked = 0;
    while (stack.length > 0 && checked < 30_000) {
      const { value, at } = stack.pop()!;
      const node = deepestJsonNode(tree, at);
      const target = node.parent && node.parent.type === 'property' ? node.parent : node;
      expect(positions.locate(at)).toEqual({ start: target.offset, end: target.offset + target.length });
      checked++;
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, at: [...at, index] }));
      else for (const [key, item] of Object.entries(value)) stack.push({ value: item, at: [...at, key] });
    }
    expect(checked).toBe(30_000);
  });
});
