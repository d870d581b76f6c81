import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { SourceFile, type PathSegment } from '../../src/load/source-file.js';
import { locateInYaml, parseYamlAst } from '../../src/load/yaml.js';

// A parsed YAML file keeps the offsets of its entries (YamlPositions) instead of the whole AST, which was
// ~3x the size of the data. Every finding's line and column must stay what the AST walk gave.

/** Every path into the data (each shared object once), plus a missing key and index under each container. */
function pathsOf(data: unknown, limit: number): PathSegment[][] {
  const paths: PathSegment[][] = [[], ['missing'], [0]];
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: data, path: [] }];
  while (stack.length > 0 && paths.length < limit) {
    const { value, path: at } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    paths.push([...at, 'no-such-key'], [...at, 99999], [...at, 'no-such-key', 'deeper']);
    const keys: PathSegment[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) {
      const child = [...at, key];
      paths.push(child, [...child, 'below-a-leaf'], typeof key === 'number' ? [...at, String(key)] : child);
      stack.push({ value: (value as Record<string, unknown>)[key as string], path: child });
    }
  }
  return paths;
}

function expectSameLocations(text: string, limit = 100_000): number {
  const file = SourceFile.fromText('/repo/api.yaml', 'api.yaml', text, DEFAULT_LIMITS);
  expect(file.parsed).toBe(true);
  const root = parseYamlAst(text).root;
  const paths = pathsOf(file.data, limit);
  for (const at of paths) {
    const offsets = locateInYaml(root, at);
    expect({ at, range: file.locate(at) }).toEqual({ at, range: file.rangeOf(offsets.start, offsets.end) });
  }
  return paths.length;
}

describe('YAML locations without the AST', () => {
  it('match the AST walk in mappings large enough to be indexed by key, with duplicate keys and merges', () => {
    const lines = ['openapi: 3.0.3', 'x-base: &base', ...Array.from({ length: 40 }, (_, index) => `  base${index}: {from: base}`), 'paths:'];
    for (let index = 0; index < 120; index++) lines.push(`  /items${index}:`, `    get: {operationId: item${index}, responses: {'200': {description: ok}}}`);
    // A duplicate key (the last one holds the value) and merged keys in a large mapping.
    lines.push('  /items7:', '    get: {operationId: again, responses: {}}', '  <<: *base', '  /items200: null');
    expect(expectSameLocations(`${lines.join('\n')}\n`)).toBeGreaterThan(1000);
  });

  it('match the AST walk for anchors, aliases, merges, duplicates, empty values and odd keys', () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: Orders, version: "1.0"}',
      'x-defaults: &defaults',
      '  description: shared',
      '  tags: [orders, &tag billing]',
      '  nested: &nested',
      '    deep: {a: 1, b: [x, y]}',
      'x-other: &other',
      '  summary: other',
      '  description: from other',
      'paths:',
      '  /orders:',
      '    get:',
      '      <<: *defaults',
      '      summary: List orders',
      '      responses:',
      '        "200": {description: ok}',
      '    post:',
      '      <<: [*other, *defaults]',
      '      description: own wins',
      '      responses: {}',
      '    put:',
      '      "<<": *other',
      '      operationId: quotedMerge',
      '  /items:',
      '    get:',
      '      tags: [*tag, second, ~, "", - ]'.replace(', - ]', ']'),
      '      parameters:',
      '        -',
      '        - name: id',
      '          in: query',
      '        - *nested',
      '      empty:',
      '      __proto__: {polluted: yes}',
      '      constructor: value',
      '      "123": numeric key',
      '      7: number key',
      '      dup: first',
      '      dup: second',
      '      ? complex key text',
      '      : complex value',
      '      list:',
      '        - - inner',
      '          - [a, b]',
      '        - {k: v}',
    ].join('\n');
    expect(expectSameLocations(`${text}\n`)).toBeGreaterThan(100);
  });

  it('match the AST walk on the real contracts in ../shared/corpus', (context) => {
    const corpus = [path.resolve('../shared/corpus'), path.resolve('../../shared/corpus')].find((candidate) => existsSync(candidate));
    const names = corpus ? ['openai.yaml', 'digitalocean-bundled.yaml'].filter((name) => existsSync(path.join(corpus, name))) : [];
    if (!corpus || names.length === 0) {
      console.warn('test/perf/yaml-positions.test.ts: ../shared/corpus is absent: the real-contract location checks are skipped');
      context.skip();
      return;
    }
    for (const name of names) expect(expectSameLocations(readFileSync(path.join(corpus!, name), 'utf8'), 20_000)).toBeGreaterThan(1000);
  });
});
