import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from './helpers/workspace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const GOOD = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths: {}
`;

describe('publish-gate CLI', () => {
  it('the installed binary runs and reports its version', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'bin/publish-gate.js'), '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('exit 1 from the binary when a contract does not parse, and the good file is still linted', () => {
    const cwd = makeRepo({ 'a/openapi.yaml': GOOD, 'b/openapi.yaml': 'openapi: 3.0.3\ninfo: [\n' });
    const result = spawnSync(process.execPath, [path.join(root, 'bin/publish-gate.js'), 'lint', '--format', 'json'], { cwd, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary.files).toBe(2);
    const errors = report.findings.filter((finding: { severity: string }) => finding.severity === 'error');
    expect(errors.map((finding: { file: string; ruleId: string; control: string }) => [finding.file, finding.ruleId, finding.control])).toEqual([
      ['b/openapi.yaml', 'structure-parse', 'structure'],
    ]);
  });

  it('exit 2 with a one-line message for an unknown config key, naming its line', async () => {
    const cwd = makeRepo({ 'openapi.yaml': GOOD, '.publish-gate.yaml': 'failOn: error\npolicy:\n  exceptionMaxDays: 30\n  maxDays: 3\n' });
    const result = await runCli(['lint'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('publish-gate: config .publish-gate.yaml:4:3: unknown key "policy.maxDays"\n');
    expect(result.stdout).toBe('');
  });

  it('exit 2 for a missing --config file, a bad --fail-on, a bad --now and an unknown option', async () => {
    const cwd = makeRepo({ 'openapi.yaml': GOOD });
    for (const args of [
      ['lint', '--config', 'nope.yaml'],
      ['lint', '--fail-on', 'critical'],
      ['lint', '--now', '2026-13-01'],
      ['lint', '--frobnicate'],
      ['lint', '--format', 'xml'],
      ['lint', 'missing-dir/'],
      ['explode'],
    ]) {
      const result = await runCli(args, cwd);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exit 2 naming the file when a user ruleset does not load', async () => {
    const cwd = makeRepo({
      'openapi.yaml': GOOD,
      'governance/ruleset.yaml': 'extends: [publish-gate:recommended]\nrules:\n  my-rule:\n    given: $.info\n    then:\n      function: notAFunction\n',
    });
    const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^publish-gate: ruleset governance\/ruleset.yaml:6:7 does not load: unknown function "notAFunction"/);
  });

  it('--fail-on decides which severities fail, and none never fails', async () => {
    const cwd = makeRepo({ 'openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: Orders API\npaths: {}\n' });
    expect((await runCli(['lint', '--fail-on', 'none'], cwd)).code).toBe(0);
    expect((await runCli(['lint', '--fail-on', 'error'], cwd)).code).toBe(1);
  });

  it('writes each --format to its --output, and stdout gets the unpaired one', async () => {
    const cwd = makeRepo({ 'openapi.yaml': GOOD });
    const result = await runCli(['lint', '--format', 'json', '--output', 'out/report.json', '--format', 'stylish', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('publish-gate passed');
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'));
    expect(report.result).toBe('pass');
    expect(report.tool.name).toBe('publish-gate');
  });

  it('output is byte-stable across runs', async () => {
    const cwd = makeRepo({ 'b.yaml': 'openapi: 3.0.3\ninfo: {title: B}\npaths: {}\n', 'a.json': '{"openapi": "3.0.3", "info": {"title": "A"}, "paths": {}}' });
    const first = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    const second = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(first.stdout).toBe(second.stdout);
    const files = JSON.parse(first.stdout).findings.map((finding: { file: string }) => finding.file);
    expect([...new Set(files)]).toEqual(['a.json', 'b.yaml']);
  });

  it('linting one contract still finds the listing that points at it (audience, catalogue)', async () => {
    const contract = 'openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: 1.0.0\nsecurity:\n  - key: []\npaths:\n  /orders:\n    get:\n      responses:\n        \'200\':\n          description: Orders.\ncomponents:\n  securitySchemes:\n    key:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n';
    const listing = 'apiVersion: publish-gate/v1\nkind: ApiListing\nmetadata:\n  name: orders\n  title: Orders API\nspec:\n  contract: ./openapi.yaml\n  owner: team-orders\n  audience: internal\n';
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': contract, 'apis/orders/listing.yaml': listing });
    const alone = JSON.parse((await runCli(['lint', 'apis/orders/openapi.yaml', '--format', 'json', '--now', '2026-11-23'], cwd)).stdout);
    expect(alone.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'inventory-unlisted-contract')).toEqual([]);
    const rateLimit = alone.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'rate-limit-429');
    for (const finding of rateLimit) expect(finding.severity).toBe('info');
    expect(alone.findings.every((finding: { file: string }) => finding.file === 'apis/orders/openapi.yaml')).toBe(true);
  });

  it('rules lists every rule with id, control, severity and description, also as JSON', async () => {
    const cwd = makeRepo({});
    const text = await runCli(['rules'], cwd);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/structure-ref\s+structure\s+error\s+error\s+Every `\$ref` must resolve/);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'], cwd)).stdout);
    expect(json.find((rule: { id: string }) => rule.id === 'structure-parse')).toMatchObject({ control: 'structure', severity: 'error', docs: 'docs/rules/structure-parse.md' });
  });
});

describe('paths that match nothing', () => {
  it('exit 2 when the named paths reach no contract or listing (a typo is not a pass)', async () => {
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': GOOD, 'docs/notes.yaml': 'title: notes\n' });
    const typo = await runCli(['lint', 'apis/**/openapi.yml'], cwd);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('publish-gate: nothing to lint: apis/**/openapi.yml matched no OpenAPI contract or listing (node_modules, .git and .gitignored files are skipped)\n');
    expect((await runCli(['lint', 'docs/'], cwd)).code).toBe(2);
    expect((await runCli(['lint', 'apis/**/openapi.yaml', '--format', 'json'], cwd)).code).toBe(0);
  });
});

describe('documents that declare themselves but cannot be read', () => {
  it('an unsupported openapi version, or a listing with the wrong apiVersion, is a structure finding, not a silent skip', async () => {
    const cwd = makeRepo({
      'apis/a/openapi.yaml': GOOD.replace('openapi: 3.0.3', 'openapi: 3.9.0'),
      'apis/b/swagger.json': '{"swagger": "1.2", "info": {"title": "B", "version": "1"}, "paths": {}}',
      'apis/c/listing.yaml': 'apiVersion: publish-gate/v2\nkind: ApiListing\nmetadata:\n  name: c\n',
    });
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{ ruleId: string; file: string; pointer: string; message: string; range: { start: { line: number } } }>;
    expect(findings.map((finding) => [finding.ruleId, finding.file, finding.pointer, finding.range.start.line])).toEqual([
      ['structure-parse', 'apis/a/openapi.yaml', '/openapi', 1],
      ['structure-parse', 'apis/b/swagger.json', '/swagger', 1],
      ['structure-parse', 'apis/c/listing.yaml', '/apiVersion', 1],
    ]);
    expect(findings[0].message).toBe('apis/a/openapi.yaml declares openapi: "3.9.0", which is not a version publish-gate checks (swagger: "2.0", openapi: 3.0.x or 3.1.x): the contract cannot be checked');
  });
});
