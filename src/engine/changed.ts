import { execFile } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { peekText, type FileGroup } from './scope.js';

/**
 * Files changed since `ref` (committed, staged or not), as absolute paths: `git diff --name-only --relative REF`
 * run in `cwd` without a shell. A ref git does not know, or no git repository, is a usage error.
 */
export async function changedFiles(cwd: string, ref: string): Promise<Set<string>> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--changed-since needs a git ref, got "${ref}"`);
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '--name-only', '--relative', '--no-renames', ref, '--'],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, out, err) => {
        if (error) {
          const detail = String(err || error.message).trim().split('\n')[0];
          reject(new UsageError(`--changed-since ${ref}: git diff failed: ${detail}`));
        } else resolve(out);
      },
    );
  });
  const files = new Set<string>();
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    files.add(path.resolve(cwd, line));
  }
  return files;
}

/**
 * The groups touched by a change: a group is touched when one of its files changed, or when one of its
 * files mentions (transitively) a changed file by its path relative to the mentioning file, as a `$ref`
 * does: how a changed shared schema reaches the contracts that use it. The test is textual (no parsing of
 * unchanged files); a reference written with `..` detours or percent-encoding is not recognised.
 */
export function touchedGroups(groups: readonly FileGroup[], changed: Set<string>, maxBytes: number): FileGroup[] {
  if (changed.size === 0) return [];
  const all = groups.flatMap((group) => group.files);
  const texts = new Map<string, string>();
  const textOf = (absPath: string) => {
    let text = texts.get(absPath);
    if (text === undefined) {
      text = peekText(absPath, maxBytes);
      texts.set(absPath, text);
    }
    return text;
  };
  const affected = new Set<string>(changed);
  let pending = [...changed];
  while (pending.length > 0) {
    const reached = pending;
    pending = [];
    for (const absPath of all) {
      if (affected.has(absPath)) continue;
      const text = textOf(absPath);
      const dir = path.dirname(absPath);
      if (reached.some((target) => mentions(text, path.relative(dir, target)))) {
        affected.add(absPath);
        pending.push(absPath);
      }
    }
  }
  return groups.filter((group) => group.files.some((file) => affected.has(file)));
}

/** Whether `text` mentions the relative path `relative` (with `/`, also URI-encoded). */
function mentions(text: string, relative: string): boolean {
  if (relative === '') return false;
  const slashed = relative.split(path.sep).join('/');
  return text.includes(slashed) || text.includes(encodeURI(slashed));
}
