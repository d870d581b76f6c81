import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

interface JsonFinding {
  ruleId: string;
  control: string;
  severity: string;
  file: string;
  pointer: string;
  message: string;
  range: { start: { line: number; column: number } };
}

async function lintJson(cwd: string, args: string[] = []): Promise<{ code: number; findings: JsonFinding[] }> {
  const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...args], cwd);
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.code);
  // These tests are about the structure and exception controls; the other controls' findings are not their subject.
  const findings = (JSON.parse(result.stdout).findings as JsonFinding[]).filter((finding) => ['structure', 'exception'].includes((finding as JsonFinding & { control: string }).control));
  return { code: result.code, findings };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const BASELINE = prototypeKeys();

function assertNoPollution(): void {
  expect(prototypeKeys()).toEqual(BASELINE);
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'x-polluted', 'title', 'get', 'type']) expect(probe[key], key).toBeUndefined();
  expect(typeof Object.prototype.toString).toBe('function');
  expect(Array.prototype.hasOwnProperty('polluted')).toBe(false);
}

const HOSTILE_YAML = `openapi: 3.0.3
__proto__:
  polluted: yes
constructor:
  prototype:
    polluted: yes
info:
  title: Orders API
  version: 1.0.0
  __proto__: {isAdmin: true}
  contact:
    email: team@example.com
x-__proto__: {polluted: true}
x-ext:
  __proto__: {polluted: true}
  constructor: {prototype: {polluted: true}}
paths:
  __proto__:
    get:
      responses:
        '200': {description: ok}
  /constructor:
    constructor:
      responses: {}
    get:
      operationId: getConstructor
      parameters:
        - name: __proto__
          in: query
          schema: {type: string}
        - $ref: '#/components/parameters/__proto__'
        - $ref: '#/components/schemas/constructor'
        - $ref: '#/paths/~1constructor/get/__proto__'
        - $ref: '#/components/parameters/toString'
      responses:
        __proto__: {description: odd}
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  __proto__: {type: string}
                  constructor: {type: string}
                  prototype: {$ref: '#/components/schemas/prototype'}
components:
  parameters:
    __proto__:
      name: polluted
      in: query
      schema: {type: string}
  schemas:
    prototype:
      type: object
      properties:
        __proto__: {type: object}
`;

const HOSTILE_JSON = JSON.stringify({ openapi: '3.0.3', info: { title: 'A', version: '1' }, paths: {} }).replace(
  /}$/,
  ', "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "components": {"schemas": {"__proto__": {"type": "object", "properties": {"__proto__": {"type": "string"}}}}}}',
);

const HOSTILE_LISTING = `apiVersion: publish-gate/v1
kind: ApiListing
__proto__: {polluted: true}
metadata:
  name: orders
  title: Orders API
  __proto__: {polluted: true}
spec:
  contract: ./openapi.yaml
  owner: team-orders
  audience: public
  constructor: {prototype: {polluted: true}}
  __proto__: {isAdmin: true}
`;

const HOSTILE_EXCEPTIONS = `apiVersion: publish-gate/v1
kind: ExceptionList
exceptions:
  - id: __proto__
    __proto__: {polluted: true}
    controls: [constructor]
    files: ["__proto__/**"]
    ticket: __proto__
    owner: constructor
`;

describe('hostile keys: __proto__, constructor, prototype', () => {
  it('a top-level __proto__ key makes the exceptions file invalid (exit 2, fail closed), without pollution', async () => {
    const cwd = makeRepo({ 'openapi.yaml': HOSTILE_YAML, '.publish-gate.exceptions.yaml': `apiVersion: publish-gate/v1\nkind: ExceptionList\n__proto__: {polluted: true}\nexceptions: []\n` });
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/exceptions file .publish-gate.exceptions.yaml:3:1: unknown key "__proto__"/);
    assertNoPollution();
  });

  it('anywhere in contracts (YAML and JSON), listings, exceptions files: no pollution, no crash', async () => {
    const cwd = makeRepo({
      'openapi.yaml': HOSTILE_YAML,
      'b/openapi.json': HOSTILE_JSON,
      'listing.yaml': HOSTILE_LISTING,
      '.publish-gate.exceptions.yaml': HOSTILE_EXCEPTIONS,
    });
    for (const args of [[], ['--ruleset', 'ruleset.yaml']]) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${cwd}/ruleset.yaml`, 'extends: [publish-gate:recommended, spectral:oas]\nrules:\n  __proto__: off\n');
      const { code, findings } = await lintJson(cwd, args);
      expect(code).toBe(1);
      assertNoPollution();
      // publish-gate's own rules never crash on these keys. Spectral's engine (Immer) cannot process a parsed
      // `__proto__` key: it is not run on such a contract, and a finding names the key (the gate fails closed).
      const crashes = findings.filter((finding) => finding.ruleId === 'structure-rule-crash');
      if (args.length === 0) expect(crashes).toEqual([]);
      else {
        expect(crashes.map((crash) => crash.file)).toEqual(['b/openapi.json', 'openapi.yaml']);
        for (const crash of crashes) expect(crash.message).toMatch(/^rule spectral failed on \S+: not run: the key at \/(__proto__|paths\/__proto__) is named __proto__/);
      }
      // $refs to inherited names do not resolve through the prototype.
      const refs = findings.filter((finding) => finding.ruleId === 'structure-ref' && finding.file === 'openapi.yaml').map((finding) => finding.pointer);
      expect(refs).toEqual(expect.arrayContaining(['/paths/~1constructor/get/parameters/2', '/paths/~1constructor/get/parameters/3', '/paths/~1constructor/get/parameters/4']));
      expect(refs).not.toContain('/paths/~1constructor/get/parameters/1');
    }
  });

  it('the library API too (lint() in-process) leaves Object.prototype alone', async () => {
    const cwd = makeRepo({ 'openapi.yaml': HOSTILE_YAML, 'listing.yaml': HOSTILE_LISTING });
    const { report } = await lint({ cwd, now: '2026-11-23' });
    expect(report.result).toBe('fail');
    assertNoPollution();
  });

  it('a config with __proto__ or constructor keys is an unknown-key config error (exit 2), not pollution', async () => {
    for (const config of ['__proto__:\n  failOn: none\n', 'policy:\n  __proto__: {exceptionMaxDays: 1}\n', 'limits:\n  constructor: {maxDepth: 1}\n']) {
      const cwd = makeRepo({ 'openapi.yaml': HOSTILE_YAML, '.publish-gate.yaml': config });
      const result = await runCli(['lint', '--format', 'json'], cwd);
      expect(result.code, config).toBe(2);
      expect(result.stderr).toMatch(/unknown key/);
      assertNoPollution();
    }
  });
});

const GOOD = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  contact:
    email: team@example.com
paths: {}
`;

describe('hostile bytes and syntax', () => {
  it('invalid UTF-8 in a contract is a structure-parse finding at the bad byte (not a silent skip)', async () => {
    const bytes = Buffer.concat([Buffer.from(GOOD), Buffer.from('x-note: "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]);
    const cwd = makeRepo({ 'openapi.yaml': bytes });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    expect(findings.map((finding) => [finding.ruleId, finding.file, finding.range.start.line])).toEqual([['structure-parse', 'openapi.yaml', 8]]);
    expect(findings[0].message).toMatch(/not valid UTF-8/);
  });

  it('a UTF-8 BOM is accepted in YAML and JSON, and lines stay right', async () => {
    const bom = '\uFEFF';
    const cwd = makeRepo({
      'a.yaml': bom + GOOD.replace('paths: {}', 'paths:\n  /orders:\n    get:\n      responses:\n        "200": {$ref: "#/nope"}'),
      'b.json': bom + JSON.stringify({ openapi: '3.0.3', info: { title: 'B', version: '1', contact: { email: 'team@example.com' } }, paths: {} }),
    });
    const { findings } = await lintJson(cwd);
    expect(findings.filter((finding) => finding.ruleId === 'structure-parse')).toEqual([]);
    const ref = findings.filter((finding) => finding.ruleId === 'structure-ref');
    expect(ref.map((finding) => [finding.file, finding.range.start.line])).toEqual([['a.yaml', 11]]);
  });

  it('NUL bytes, and a binary file named .yaml, are structure-parse findings', async () => {
    const cwd = makeRepo({
      'nul.yaml': Buffer.concat([Buffer.from(GOOD), Buffer.from([0]), Buffer.from('x: 1\n')]),
      'image.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0, 1]),
      'ok.yaml': GOOD,
    });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.ruleId, finding.file])).toEqual([
      ['structure-parse', 'image.yaml'],
      ['structure-parse', 'nul.yaml'],
    ]);
    for (const finding of findings) expect(finding.message).toMatch(/binary/);
  });

  it('duplicate keys are a finding in YAML and in JSON, at the repeated key', async () => {
    const cwd = makeRepo({
      'a.yaml': GOOD.replace('  version: 1.0.0\n', '  version: 1.0.0\n  title: Shadow API\n'),
      'b.json': '{\n  "openapi": "3.0.3",\n  "info": {"title": "B", "version": "1", "contact": {"email": "team@example.com"}},\n  "paths": {},\n  "paths": {"/x": {}}\n}\n',
    });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    const duplicates = findings.filter((finding) => /duplicate key/.test(finding.message));
    expect(duplicates.map((finding) => [finding.ruleId, finding.file, finding.range.start.line, finding.range.start.column])).toEqual([
      ['structure-parse', 'a.yaml', 5, 3],
      ['structure-parse', 'b.json', 5, 3],
    ]);
  });

  it('tab indentation is a clear YAML finding at the tab; tabs inside values and block scalars pass', async () => {
    const cwd = makeRepo({
      'tabs.yaml': 'openapi: 3.0.3\ninfo:\n\ttitle: Orders API\n\tversion: 1.0.0\npaths: {}\n',
      'ok.yaml': GOOD.replace('paths: {}', 'x-note: "a\\tb"\nx-text: |\n  first\n  \tindented content\npaths: {}').replace('title: Orders API', 'title:\tOrders API'),
    });
    const { findings } = await lintJson(cwd);
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.ruleId, finding.file, finding.range.start.line, finding.range.start.column])).toEqual([['structure-parse', 'tabs.yaml', 3, 1]]);
    expect(errors[0].message).toMatch(/tabs are not allowed as indentation/);
  });

  it('a JSON file with comments is a finding naming the comment', async () => {
    const cwd = makeRepo({ 'openapi.json': '{\n  // the orders API\n  "openapi": "3.0.3",\n  "info": {"title": "A", "version": "1"},\n  "paths": {}\n}\n' });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    expect(findings.map((finding) => [finding.ruleId, finding.file, finding.range.start.line, finding.range.start.column])).toEqual([['structure-parse', 'openapi.json', 2, 3]]);
    expect(findings[0].message).toMatch(/comments are not allowed in JSON/);
  });
});

describe('YAML features a contract has no use for', () => {
  it('!include, !!binary, complex keys, alias keys to mappings, multiple documents: each a structure-parse finding, never a crash or a silent null', async () => {
    const cwd = makeRepo({
      'include.yaml': `${GOOD}x-shared: !include {file: ../../etc/passwd}\n`,
      'binary.yaml': `${GOOD}x-blob: !!binary aGVsbG8=\n`,
      'complex-key.yaml': `${GOOD}x-map: {? [a, b] : c}\n`,
      'alias-key.yaml': GOOD.replace('info:', 'info: &info').replace('paths: {}', '*info : x\npaths: {}'),
      'multi.yaml': `${GOOD}---\n${GOOD}`,
      'js.yaml': `${GOOD}x-fn: !!js/function "function () { return 1 }"\n`,
    });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    const parse = findings.filter((finding) => finding.ruleId === 'structure-parse');
    expect(parse.map((finding) => finding.file)).toEqual(['alias-key.yaml', 'binary.yaml', 'complex-key.yaml', 'include.yaml', 'js.yaml', 'multi.yaml']);
    expect(findings.filter((finding) => finding.ruleId !== 'structure-parse')).toEqual([]);
    expect(parse.find((finding) => finding.file === 'include.yaml')?.message).toMatch(/!include tag is not supported/);
    expect(parse.find((finding) => finding.file === 'complex-key.yaml')?.message).toMatch(/mapping key must be a plain string/);
  });
});
