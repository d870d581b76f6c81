import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Where policy files (config, exceptions, rulesets) are read from: the working tree, or a git ref
 * (`--policy-from REF`). `read` returns undefined when the file does not exist there.
 */
export interface PolicySource {
  /** The git ref, or undefined for the working tree. */
  readonly ref: string | undefined;
  /** The commit the ref named when the run started. */
  readonly commit?: string;
  read(absPath: string): Buffer | undefined;
}

export function workingTreeSource(): PolicySource {
  return {
    ref: undefined,
    read(absPath) {
      if (!existsSync(absPath)) return undefined;
      return readFileSync(absPath);
    },
  };
}

const GIT_MAX_BUFFER = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): Buffer {
  // execFile, never a shell: the ref and paths are passed as arguments, not interpreted.
  return execFileSync('git', args, { cwd, maxBuffer: GIT_MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}

/**
 * Reads files as they are at `ref` with `git show REF:./path` (paths relative to `cwd`). A ref that
 * does not name a commit, or a `cwd` outside a git repository, is a `UsageError`.
 */
export function gitRefSource(cwd: string, ref: string): PolicySource {
  // Refs starting with - are refused, so git never reads one as an option.
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) throw new UsageError(`--policy-from: "${ref}" is not a git ref`);
  let commit: string;
  try {
    commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--policy-from needs git, which is not installed');
    throw new UsageError(`--policy-from: git ref "${ref}" does not exist${stderr ? ` (${stderr})` : ''}`);
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`--policy-from: git ref "${ref}" does not name a commit`);
  const cache = new Map<string, Buffer | undefined>();
  return {
    ref,
    commit,
    read(absPath) {
      const relative = path.relative(cwd, absPath).split(path.sep).join('/');
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
      if (cache.has(relative)) return cache.get(relative);
      let bytes: Buffer | undefined;
      try {
        // The resolved commit, not the ref: every file comes from the same commit.
        bytes = git(cwd, ['show', `${commit}:./${relative}`]);
      } catch {
        bytes = undefined;
      }
      cache.set(relative, bytes);
      return bytes;
    },
  };
}

/** Records the files read through a source, for the report of pending policy changes. */
export function recording(source: PolicySource, seen: Set<string>): PolicySource {
  return {
    ref: source.ref,
    commit: source.commit,
    read(absPath) {
      seen.add(path.resolve(absPath));
      return source.read(absPath);
    },
  };
}
