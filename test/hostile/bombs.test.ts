import { closeSync, openSync, writeSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

interface JsonFinding {
  ruleId: string;
  control: string;
  severity: string;
  file: string;
  pointer: string;
  message: string;
}

const HEAD = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
`;

async function lintJson(cwd: string, args: string[] = []): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...args], cwd);
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.code);
  // These tests are about structure findings; the other controls' findings are not their subject.
  const findings = (JSON.parse(result.stdout).findings as Array<JsonFinding & { control: string }>).filter((finding) => finding.control === 'structure');
  return { code: result.code, findings, stderr: result.stderr };
}

function only(findings: JsonFinding[], ruleId: string): JsonFinding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

/** Writes `size` bytes: `head`, then `line` repeated, in chunks (never one huge string). */
function writeBig(file: string, head: string, line: string, size: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = line.repeat(Math.ceil((1 << 20) / line.length));
  for (let written = head.length; written < size; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
}

describe('resource bombs are findings, within bounds', () => {
  it('billion laughs (YAML alias expansion) is a structure-parse finding naming limits.maxNodes', async () => {
    let text = `${HEAD}paths: {}\nx-lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
    for (let level = 1; level <= 9; level++) {
      text += `x-lol${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]\n`;
    }
    const cwd = makeRepo({ 'openapi.yaml': text });
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    expect(findings.map((finding) => [finding.ruleId, finding.control, finding.severity, finding.file])).toEqual([['structure-parse', 'structure', 'error', 'openapi.yaml']]);
    expect(findings[0].message).toMatch(/limits\.max(Nodes|Aliases)/);
  });

  it('many aliases (over limits.maxAliases) is a finding; a handful of ordinary anchors passes', async () => {
    const many = `${HEAD}paths: {}\nx-base: &base {a: 1}\nx-uses: [${Array.from({ length: 1500 }, () => '*base').join(', ')}]\n`;
    const few = `${HEAD}  contact:\n    email: team@example.com\nx-base: &base {a: 1}\nx-uses: [*base, *base]\npaths: {}\n`;
    const cwd = makeRepo({ 'many.yaml': many, 'few.yaml': few });
    const { findings } = await lintJson(cwd);
    expect(only(findings, 'structure-parse').map((finding) => [finding.file, /limits\.maxAliases/.test(finding.message)])).toEqual([['many.yaml', true]]);
  });

  const DEPTH = 10_000;
  const nested: Array<[string, string, string]> = [
    ['YAML block sequences', 'deep.yaml', `${HEAD}paths: {}\nx-deep:\n  ${'- '.repeat(DEPTH)}leaf\n`],
    ['YAML block mappings', 'deep-map.yaml', `${HEAD}paths: {}\nx-deep:\n${Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level + 2)}k:`).join('\n')} leaf\n`],
    ['YAML flow', 'deep-flow.yaml', `${HEAD}paths: {}\nx-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
    ['YAML flow mappings', 'deep-flow-map.yaml', `${HEAD}paths: {}\nx-deep: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`],
    ['JSON', 'deep.json', `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {}, "x-deep": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`],
    ['JSON objects', 'deep-obj.json', `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {}, "x-deep": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`],
  ];
  for (const [name, file, text] of nested) {
    it(`${name} nested ${DEPTH} levels deep is a structure-parse finding naming limits.maxDepth`, async () => {
      const cwd = makeRepo({ [file]: text });
      const { code, findings } = await lintJson(cwd);
      expect(code).toBe(1);
      expect(findings.map((finding) => [finding.ruleId, finding.file])).toEqual([['structure-parse', file]]);
      expect(findings[0].message).toMatch(/nest/);
      expect(findings[0].message).toMatch(/limits\.maxDepth/);
    });
  }

  it('a 50 MB contract is a finding (over limits.maxFileBytes) and the other files are still linted', async () => {
    const cwd = makeRepo({ 'ok/openapi.yaml': `${HEAD}  contact:\n    email: team@example.com\npaths: {}\n` });
    writeBig(path.join(cwd, 'big/openapi.yaml'), `${HEAD}paths: {}\nx-padding:\n`, '  - "0123456789012345678901234567890123456789012345678901234567890123456789"\n', 50 * 1024 * 1024);
    const { code, findings } = await lintJson(cwd);
    expect(code).toBe(1);
    const parse = only(findings, 'structure-parse');
    expect(parse.map((finding) => finding.file)).toEqual(['big/openapi.yaml']);
    expect(parse[0].message).toMatch(/over the limit of 20971520 bytes \(limits\.maxFileBytes\)/);
    expect(findings.filter((finding) => finding.file === 'ok/openapi.yaml' && finding.severity === 'error')).toEqual([]);
  });

  it('limits are configurable: a lower limits.maxFileBytes in the config makes a small file a finding', async () => {
    const cwd = makeRepo({ 'openapi.yaml': `${HEAD}paths: {}\n`, '.publish-gate.yaml': 'limits:\n  maxFileBytes: 40\n' });
    const { findings } = await lintJson(cwd);
    expect(only(findings, 'structure-parse')[0].message).toMatch(/over the limit of 40 bytes \(limits\.maxFileBytes\)/);
  });

  it('a $ref to a 21 MB file is a structure-ref finding, without parsing it', async () => {
    const cwd = makeRepo({
      'openapi.yaml': `${HEAD}paths:\n  /orders:\n    get:\n      responses:\n        '200':\n          description: Orders\n          content:\n            application/json:\n              schema:\n                $ref: './schemas/huge.yaml'\n`,
    });
    writeBig(path.join(cwd, 'schemas/huge.yaml'), 'type: object\nproperties:\n', '  p: {type: string, description: "padding padding padding padding padding"}\n', 21 * 1024 * 1024);
    for (const args of [[], ['--ruleset', 'ruleset.yaml']]) {
      writeFileSync(path.join(cwd, 'ruleset.yaml'), 'extends: [publish-gate:recommended, spectral:oas]\n');
      const { code, findings } = await lintJson(cwd, args);
      expect(code).toBe(1);
      const refs = only(findings, 'structure-ref');
      expect(refs.map((finding) => [finding.file, finding.pointer])).toEqual([['openapi.yaml', '/paths/~1orders/get/responses/200/content/application~1json/schema']]);
      expect(refs[0].message).toMatch(/limits\.maxFileBytes/);
    }
  });

  it('circular $ref chains that never reach a value (self, mutual, a ring of three) are findings; the run ends', async () => {
    const cwd = makeRepo({
      'openapi.yaml': `${HEAD}paths: {}
components:
  schemas:
    Self:
      $ref: '#/components/schemas/Self'
    Ping:
      $ref: '#/components/schemas/Pong'
    Pong:
      $ref: '#/components/schemas/Ping'
    Ring:
      $ref: './ring-b.yaml'
`,
      'ring-b.yaml': "$ref: './ring-c.yaml'\n",
      'ring-c.yaml': "$ref: './openapi.yaml#/components/schemas/Ring'\n",
    });
    for (const args of [[], ['--ruleset', 'ruleset.yaml']]) {
      writeFileSync(path.join(cwd, 'ruleset.yaml'), 'extends: [publish-gate:recommended, spectral:oas]\n');
      const { code, findings } = await lintJson(cwd, args);
      expect(code).toBe(1);
      const refs = only(findings, 'structure-ref');
      expect(refs.map((finding) => finding.pointer).sort()).toEqual(['/components/schemas/Ping', '/components/schemas/Pong', '/components/schemas/Ring', '/components/schemas/Self']);
      for (const finding of refs) expect(finding.message).toMatch(/circular/);
      expect(only(findings, 'structure-rule-crash')).toEqual([]);
    }
  });

  it('recursive schemas (through properties, items, allOf, across files) are legal: no error, no loop', async () => {
    const cwd = makeRepo({
      'openapi.yaml': `${HEAD}  contact:
    email: team@example.com
paths:
  /nodes:
    get:
      operationId: listNodes
      responses:
        '200':
          description: The tree
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Node'
components:
  schemas:
    Node:
      type: object
      properties:
        children:
          type: array
          items:
            $ref: '#/components/schemas/Node'
        parent:
          $ref: '#/components/schemas/Node'
        category:
          $ref: './category.yaml'
    Special:
      allOf:
        - $ref: '#/components/schemas/Node'
        - $ref: '#/components/schemas/Special'
        - type: object
          properties:
            next:
              $ref: '#/components/schemas/Special'
`,
      'category.yaml': "type: object\nproperties:\n  parent:\n    $ref: './category.yaml'\n  node:\n    $ref: './openapi.yaml#/components/schemas/Node'\n",
    });
    for (const args of [[], ['--ruleset', 'ruleset.yaml']]) {
      writeFileSync(path.join(cwd, 'ruleset.yaml'), 'extends: [publish-gate:recommended, spectral:oas]\n');
      const { findings } = await lintJson(cwd, args);
      expect(findings.filter((finding) => finding.control === 'structure' && finding.severity === 'error')).toEqual([]);
    }
  });

  it('a long $ref chain (over limits.maxRefHops) is a finding', async () => {
    const hops = 80;
    let schemas = '';
    for (let index = 0; index < hops; index++) schemas += `    S${index}:\n      $ref: '#/components/schemas/S${index + 1}'\n`;
    schemas += `    S${hops}:\n      type: string\n`;
    const cwd = makeRepo({ 'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n${schemas}` });
    const { findings } = await lintJson(cwd);
    expect(only(findings, 'structure-ref').some((finding) => /limits\.maxRefHops/.test(finding.message))).toBe(true);
  });

  it('3,000 small contracts: the run finishes and reports every file', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 3000; index++) {
      files[`apis/api-${String(index).padStart(4, '0')}/openapi.yaml`] = `${HEAD.replace('Orders API', `API ${index}`)}  contact:\n    email: team@example.com\npaths: {}\n`;
    }
    const cwd = makeRepo(files);
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect([0, 1]).toContain(result.code);
    expect(JSON.parse(result.stdout).summary.files).toBe(3000);
    const limited = await runCli(['lint', '--format', 'json'], makeRepo({ ...Object.fromEntries(Object.entries(files).slice(0, 20)), '.publish-gate.yaml': 'limits:\n  maxFiles: 10\n' }));
    expect(limited.code).toBe(2);
    expect(limited.stderr).toMatch(/over the limit of 10 \(limits\.maxFiles\)/);
  });

  it('a FIFO named .yaml, and a $ref to one, do not block the run (never opened)', async () => {
    const cwd = makeRepo({
      'openapi.yaml': `${HEAD}paths:\n  /orders:\n    get:\n      responses:\n        '200':\n          $ref: './pipe.yaml'\n`,
    });
    const made = spawnSync('mkfifo', [path.join(cwd, 'pipe.yaml')]);
    if (made.status !== 0) {
      console.warn('mkfifo is not available: FIFO case skipped');
      return;
    }
    const { code, findings } = await lintJson(cwd, ['openapi.yaml', 'pipe.yaml']);
    expect(code).toBe(1);
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.ruleId, finding.file])).toEqual([
      ['structure-ref', 'openapi.yaml'],
      ['structure-parse', 'pipe.yaml'],
    ]);
    expect(findings.find((finding) => finding.file === 'pipe.yaml')?.message).toMatch(/not a regular file/);
  });

  it('a $ref diamond (20 levels, each schema referencing the next 30 times) finishes; Spectral, which walks it inlined, is not run on it', async () => {
    const diamond = (levels: number) => {
      let text = `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/L0'}\ncomponents:\n  schemas:\n`;
      for (let level = 0; level < levels; level++) {
        text += `    L${level}:\n      type: object\n      properties:\n`;
        for (let property = 0; property < 30; property++) text += `        p${property}: {$ref: '#/components/schemas/L${level + 1}'}\n`;
      }
      return `${text}    L${levels}: {type: string}\n`;
    };
    const cwd = makeRepo({ 'bomb/openapi.yaml': diamond(20), 'small/openapi.yaml': diamond(2), 'ruleset.yaml': 'extends: [publish-gate:recommended, spectral:oas]\n' });
    const builtIn = await lintJson(cwd);
    expect(builtIn.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const { code, findings } = await lintJson(cwd, ['--ruleset', 'ruleset.yaml']);
    expect(code).toBe(1);
    const crashes = only(findings, 'structure-rule-crash');
    expect(crashes.map((finding) => finding.file)).toEqual(['bomb/openapi.yaml']);
    expect(crashes[0].message).toMatch(/^rule spectral failed on bomb\/openapi\.yaml: not run: with its \$refs inlined the contract has more than 2000000 nodes \(limits\.maxNodes\)$/);
    // Spectral did run on the small one.
    const all = JSON.parse((await runCli(['lint', '--format', 'json', '--now', '2026-11-23', '--ruleset', 'ruleset.yaml'], cwd)).stdout).findings as JsonFinding[];
    expect(all.some((finding) => finding.file === 'small/openapi.yaml' && finding.ruleId === 'oas3-api-servers')).toBe(true);
  });
});
