import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, entry, exceptionList, ORDERS, STRUCTURE_AND_EXCEPTIONS } from './fixtures.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('SKIPPED: --policy-from tests need git on PATH');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
}

function write(cwd: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
    writeFileSync(path.join(cwd, name), text);
  }
}

/** A repository whose base branch `main` has the contract with one finding and no exceptions; `pr` is checked out. */
function baseRepo(extra: Record<string, string> = {}): string {
  const cwd = makeRepo({ ...baseFiles(), 'apis/orders/openapi.yaml': ORDERS, ...extra });
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'checkout', '-q', '-b', 'pr');
  return cwd;
}

const SELF_WAIVER = exceptionList(entry({ id: 'EXC-PR', files: ['apis/orders/**'] }));

async function lintJson(cwd: string, args: string[]) {
  const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...args], cwd);
  return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as Report) : undefined };
}

describe.skipIf(!hasGit)('--policy-from REF (a PR cannot waive its own findings or weaken the policy)', () => {
  it('a PR that adds an exception waiving its own finding still fails, and the change is reported as pending', async () => {
    const cwd = baseRepo();
    write(cwd, { '.publish-gate.exceptions.yaml': SELF_WAIVER });
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'waive it');

    const without = await lintJson(cwd, []);
    expect(without.code).toBe(0);
    expect(without.report?.summary.waived).toBe(1);

    const guarded = await lintJson(cwd, ['--policy-from', 'main']);
    expect(guarded.stderr).toBe('');
    expect(guarded.code).toBe(1);
    expect(guarded.report?.result).toBe('fail');
    expect(guarded.report?.findings.find((finding) => finding.ruleId === 'structure-ref')?.waivedBy).toBeNull();
    expect(guarded.report?.exceptions).toEqual([]);
    expect(guarded.report?.policy).toEqual({ from: 'main', commit: expect.stringMatching(/^[0-9a-f]{40}$/), pendingChanges: [{ file: '.publish-gate.exceptions.yaml', change: 'added' }] });

    const stylish = await runCli(['lint', '--now', '2026-11-23', '--policy-from', 'main', '--no-color'], cwd);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/\nPolicy \(config, rulesets, exceptions\) read from git ref main \([0-9a-f]{12}\)\n/);
    expect(stylish.stdout).toContain('Policy changes pending review (not applied in this run): 1\n  added     .publish-gate.exceptions.yaml\n');
  });

  it('uncommitted working-tree edits are pending too; --exceptions FILE is read from the ref as well', async () => {
    const cwd = baseRepo();
    write(cwd, { 'governance/waivers.yaml': SELF_WAIVER });
    const guarded = await lintJson(cwd, ['--policy-from', 'main', '--exceptions', 'governance/waivers.yaml']);
    expect(guarded.code).toBe(2);
    expect(guarded.stderr).toBe('publish-gate: exceptions file not found at git ref main: governance/waivers.yaml\n');
  });

  it('the exceptions of the base apply; a PR that extends them is pending review', async () => {
    const cwd = baseRepo({ '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-BASE', files: ['apis/orders/**'], expires: '2026-11-22', created: '2026-09-01' })) });
    // The PR "renews" the expired exception by moving its date.
    write(cwd, { '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-BASE', files: ['apis/orders/**'], expires: '2027-01-15', created: '2026-11-20' })) });
    const guarded = await lintJson(cwd, ['--policy-from', 'main']);
    expect(guarded.code).toBe(1);
    expect(guarded.report?.exceptions.map((item) => [item.id, item.status])).toEqual([['EXC-BASE', 'expired']]);
    expect(guarded.report?.policy).toEqual({ from: 'main', commit: expect.stringMatching(/^[0-9a-f]{40}$/), pendingChanges: [{ file: '.publish-gate.exceptions.yaml', change: 'modified' }] });
    // Without the guard the renewal applies.
    expect((await lintJson(cwd, [])).code).toBe(0);
  });

  it('config and rulesets come from the ref: turning a rule off in the PR does not pass the gate', async () => {
    const cwd = baseRepo();
    write(cwd, { 'governance/ruleset.yaml': STRUCTURE_AND_EXCEPTIONS.replace('structure-ref: error', 'structure-ref: off') });
    expect((await lintJson(cwd, [])).code).toBe(0);
    const guarded = await lintJson(cwd, ['--policy-from', 'main']);
    expect(guarded.code).toBe(1);
    expect(guarded.report?.policy).toEqual({ from: 'main', commit: expect.stringMatching(/^[0-9a-f]{40}$/), pendingChanges: [{ file: 'governance/ruleset.yaml', change: 'modified' }] });

    // A PR that points the config at another ruleset, and adds failOn: none.
    write(cwd, {
      'governance/ruleset.yaml': STRUCTURE_AND_EXCEPTIONS,
      'governance/lenient.yaml': 'extends: [[publish-gate:recommended, off]]\n',
      '.publish-gate.yaml': 'rulesets: [./governance/lenient.yaml]\nfailOn: none\n',
    });
    expect((await lintJson(cwd, [])).code).toBe(0);
    const again = await lintJson(cwd, ['--policy-from', 'main']);
    expect(again.code).toBe(1);
    expect(again.report?.policy).toEqual({
      from: 'main',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      pendingChanges: [
        { file: '.publish-gate.yaml', change: 'modified' },
        { file: 'governance/lenient.yaml', change: 'added' },
      ],
    });
  });

  it('a deleted policy file is pending; nothing changed: no pending changes', async () => {
    const cwd = baseRepo({ '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-BASE', files: ['apis/orders/**'] })) });
    const same = await lintJson(cwd, ['--policy-from', 'main']);
    expect(same.code).toBe(0);
    expect(same.report?.policy).toEqual({ from: 'main', commit: expect.stringMatching(/^[0-9a-f]{40}$/), pendingChanges: [] });
    rmSync(path.join(cwd, '.publish-gate.exceptions.yaml'));
    const deleted = await lintJson(cwd, ['--policy-from', 'main']);
    expect(deleted.code).toBe(0);
    expect(deleted.report?.summary.waived).toBe(1);
    expect(deleted.report?.policy).toEqual({ from: 'main', commit: expect.stringMatching(/^[0-9a-f]{40}$/), pendingChanges: [{ file: '.publish-gate.exceptions.yaml', change: 'deleted' }] });
  });

  it('a ref that does not exist, or an option-like ref: exit 2', async () => {
    const cwd = baseRepo();
    for (const ref of ['no-such-branch', '--output=x', 'main~5']) {
      const result = await runCli(['lint', '--now', '2026-11-23', `--policy-from=${ref}`], cwd);
      expect(result.code, ref).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), ref).toHaveLength(1);
    }
  });

  it('outside a git repository: exit 2', async () => {
    const cwd = makeRepo({ 'openapi.yaml': ORDERS });
    const result = await runCli(['lint', '--policy-from', 'main'], cwd);
    expect(result.code).toBe(2);
  });

  it('publish-gate exceptions --policy-from lists the exceptions of the ref', async () => {
    const cwd = baseRepo({ '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-BASE', files: ['apis/orders/**'] })) });
    write(cwd, { '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-BASE', files: ['apis/orders/**'] }), entry({ id: 'EXC-NEW' })) });
    const result = await runCli(['exceptions', '--format', 'json', '--now', '2026-11-23', '--policy-from', 'main'], cwd);
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout);
    expect(listing.exceptions.map((item: { id: string }) => item.id)).toEqual(['EXC-BASE']);
    expect(listing.policy).toEqual({ from: 'main' });
  });
});
