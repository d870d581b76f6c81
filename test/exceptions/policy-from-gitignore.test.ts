import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, ORDERS } from './fixtures.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('SKIPPED: --policy-from .gitignore tests need git on PATH');

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

describe.skipIf(!hasGit)('--policy-from: a PR cannot hide its contracts with a .gitignore', () => {
  it('a .gitignore added by the PR is not applied (it is pending review); the base one is', async () => {
    const cwd = makeRepo({ ...baseFiles(), 'apis/orders/openapi.yaml': ORDERS, 'apis/old/openapi.yaml': ORDERS, '.gitignore': 'apis/old/\n' });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '-A', '-f');
    git(cwd, 'commit', '-q', '-m', 'base');
    git(cwd, 'checkout', '-q', '-b', 'pr');
    write(cwd, { '.gitignore': 'apis/\n', 'apis/orders/.gitignore': '*\n' });
    git(cwd, 'add', '-A', '-f');
    git(cwd, 'commit', '-q', '-m', 'hide everything');

    const unguarded = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect((JSON.parse(unguarded.stdout) as Report).summary.files).toBe(0);

    const guarded = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', '--policy-from', 'main'], cwd);
    expect(guarded.stderr).toBe('');
    expect(guarded.code).toBe(1);
    const report = JSON.parse(guarded.stdout) as Report;
    const files = new Set(report.findings.map((finding) => finding.file));
    expect(files.has('apis/orders/openapi.yaml')).toBe(true);
    expect(files.has('apis/old/openapi.yaml')).toBe(false);
    expect(report.policy).toMatchObject({
      pendingChanges: [
        { file: '.gitignore', change: 'modified' },
        { file: 'apis/orders/.gitignore', change: 'added' },
      ],
    });
  });
});
