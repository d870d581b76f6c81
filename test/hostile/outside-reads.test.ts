import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

// A file outside every linted tree, holding a unique marker and shaped like a schema and a ruleset,
// so that reading it would succeed and show.
const MARKER = `MARKER-${process.pid}-${Date.now()}-outside`;
const outsideDir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'publish-gate-outside-')));
const secretFile = path.join(outsideDir, 'secret.yaml');
writeFileSync(secretFile, `type: string\ndescription: ${MARKER}\nexample: ${MARKER}\nrules:\n  ${MARKER}:\n    description: ${MARKER}\n    given: $\n    then:\n      function: falsy\n`);
mkdirSync(path.join(outsideDir, 'dir'));
writeFileSync(path.join(outsideDir, 'dir', 'openapi.yaml'), `openapi: 3.0.3\ninfo:\n  title: ${MARKER}\n  version: 1.0.0\npaths: {}\n`);
afterAll(() => rmSync(outsideDir, { recursive: true, force: true }));

function contract(ref: string): string {
  return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: Orders
          content:
            application/json:
              schema:
                $ref: '${ref}'
`;
}

const POINTER = '/paths/~1orders/get/responses/200/content/application~1json/schema';

async function lintBoth(cwd: string, extra: string[] = []): Promise<{ code: number; findings: Array<{ ruleId: string; pointer: string; message: string; file: string; control: string }>; all: string }> {
  const json = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...extra], cwd);
  const stylish = await runCli(['lint', '--format', 'stylish', '--now', '2026-11-23', ...extra], cwd);
  const debug = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...extra], cwd, { DEBUG: 'publish-gate' });
  expect(stylish.code).toBe(json.code);
  return { code: json.code, findings: json.code === 2 ? [] : JSON.parse(json.stdout).findings, all: [json, stylish, debug].map((r) => r.stdout + r.stderr).join('\n') };
}

describe('nothing outside the working directory is read', () => {
  const cases: Array<[string, (cwd: string) => string]> = [
    ['a relative path climbing out (../../../etc/passwd)', () => '../../../../../../../../etc/passwd'],
    ['a relative path climbing out to the marker file', (cwd) => path.relative(path.join(cwd, 'apis'), secretFile)],
    ['an absolute path', () => secretFile],
    ['a file:// URI', () => `file://${secretFile}`],
    ['a file:// URI with a fragment', () => `file://${secretFile}#/type`],
    ['a symlink inside the tree that leads outside', (cwd) => {
      symlinkSync(secretFile, path.join(cwd, 'apis', 'shared.yaml'));
      return './shared.yaml';
    }],
    ['a path through a symlinked directory that leads outside', (cwd) => {
      symlinkSync(outsideDir, path.join(cwd, 'apis', 'vendor'));
      return './vendor/secret.yaml';
    }],
  ];
  for (const [name, refFor] of cases) {
    it(`${name}: a structure-ref finding, and the file's contents never appear`, async () => {
      const cwd = makeRepo({ 'apis/.keep': '' });
      const ref = refFor(cwd);
      writeFileSync(path.join(cwd, 'apis', 'openapi.yaml'), contract(ref));
      for (const extra of [[], ['--ruleset', 'ruleset.yaml']]) {
        writeFileSync(path.join(cwd, 'ruleset.yaml'), 'extends: [publish-gate:recommended, spectral:oas]\n');
        const { code, findings, all } = await lintBoth(cwd, extra);
        expect(code, extra.join(' ')).toBe(1);
        const ref = findings.filter((finding) => finding.ruleId === 'structure-ref');
        expect(ref.map((finding) => [finding.file, finding.pointer, finding.control])).toEqual([['apis/openapi.yaml', POINTER, 'structure']]);
        expect(ref[0].message).toMatch(/outside|absolute path|leaves the working directory|file: scheme/);
        expect(all).not.toContain(MARKER);
        expect(all).not.toContain('root:x:0');
      }
    });
  }

  it('a symlinked file or directory found while walking the tree is not read', async () => {
    const cwd = makeRepo({ 'openapi.yaml': contract('#/components/schemas/Order').replace("'#/", "'#/") + 'components:\n  schemas:\n    Order:\n      type: object\n' });
    symlinkSync(secretFile, path.join(cwd, 'linked.yaml'));
    symlinkSync(path.join(outsideDir, 'dir'), path.join(cwd, 'linked-dir'));
    const { code, all } = await lintBoth(cwd);
    expect([0, 1]).toContain(code);
    expect(all).not.toContain(MARKER);
    // Named explicitly, the link is a finding rather than a read.
    const explicit = await lintBoth(cwd, ['linked.yaml']);
    expect(explicit.code).toBe(1);
    expect(explicit.findings.map((finding) => [finding.ruleId, finding.file])).toEqual([['structure-parse', 'linked.yaml']]);
    expect(explicit.findings[0].message).toMatch(/outside the working directory/);
    expect(explicit.all).not.toContain(MARKER);
  });

  it('a ruleset named in the repository config that lies outside the tree is refused (exit 2), unread', async () => {
    for (const where of [secretFile, path.relative('/', secretFile).replace(/^/, '../../../../../../../../')]) {
      const cwd = makeRepo({ 'openapi.yaml': contract('#/info'), '.publish-gate.yaml': `rulesets: ['${where}']\n` });
      const result = await runCli(['lint', '--format', 'json'], cwd, { DEBUG: 'publish-gate' });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/outside the working directory/);
      expect(result.stdout + result.stderr).not.toContain(MARKER);
    }
    const cwd = makeRepo({ 'openapi.yaml': contract('#/info'), 'ruleset.yaml': `extends: ['${secretFile}']\n` });
    const result = await runCli(['lint', '--ruleset', 'ruleset.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain(MARKER);
  });

  it('a .publish-gate.yaml that is a link leading outside is not read (exit 2)', async () => {
    const cwd = makeRepo({ 'openapi.yaml': contract('#/info') });
    symlinkSync(secretFile, path.join(cwd, '.publish-gate.yaml'));
    const result = await runCli(['lint', '--format', 'json'], cwd, { DEBUG: 'publish-gate' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('publish-gate: config .publish-gate.yaml is not read: it is a link that leads outside the working directory\n');
  });

  it('a $ref into .git (where CI checkouts keep credentials) is a finding, never read', async () => {
    const cwd = makeRepo({
      'openapi.yaml': contract('./.git/config#/http'),
      '.git/config': `http:\n  extraheader: "AUTHORIZATION: basic ${MARKER}"\n`,
    });
    const { code, findings, all } = await lintBoth(cwd);
    expect(code).toBe(1);
    const refs = findings.filter((finding) => finding.ruleId === 'structure-ref');
    expect(refs.map((finding) => finding.pointer)).toEqual([POINTER]);
    expect(refs[0].message).toMatch(/inside \.git/);
    expect(all).not.toContain(MARKER);
  });
});
