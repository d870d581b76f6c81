import { execFileSync } from 'node:child_process';
import * as core from '@actions/core';

/**
 * The revision to read the policy from. An explicit `policy-from` is passed as given (the library fails
 * when it cannot read it). The default, the pull request's base commit, must be in the clone: when it is
 * not (a shallow checkout), it is fetched; when that fails too, a warning says the checked-out policy
 * applies and how to fix it, and the gate still runs.
 */
export function resolvePolicyFrom(workspace: string, revision: string | undefined, explicit: boolean): string | undefined {
  if (!revision || explicit) return revision;
  if (!/^[0-9a-f]{40}$/i.test(revision) || !git(workspace, ['rev-parse', '--git-dir'])) {
    core.warning(`publish-gate: policy-from: ${revision} cannot be read here (the workspace is not a git clone); the checked-out policy applies.`);
    return undefined;
  }
  if (hasCommit(workspace, revision)) return revision;
  git(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', revision]);
  if (hasCommit(workspace, revision)) return revision;
  core.warning(
    `publish-gate: policy-from: the base commit ${revision} is not in the clone and could not be fetched; the checked-out policy applies, so this pull request's own policy changes take effect. Use actions/checkout with fetch-depth: 0.`,
  );
  return undefined;
}

function hasCommit(workspace: string, revision: string): boolean {
  return git(workspace, ['cat-file', '-e', `${revision}^{commit}`]);
}

function git(cwd: string, args: string[]): boolean {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore', timeout: 120_000 });
    return true;
  } catch {
    return false;
  }
}
