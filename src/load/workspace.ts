import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { SourceFile, type PathSegment } from './source-file.js';
import { displayRef } from './redact.js';

export type RefFailure = 'remote' | 'outside' | 'missing-file' | 'missing-target' | 'unparseable' | 'invalid';

export type RefResult =
  | { ok: true; file: SourceFile; path: PathSegment[]; value: unknown }
  | { ok: false; code: RefFailure; message: string };

export interface WorkspaceOptions {
  /** The directory the command runs in: nothing outside it is read. */
  root: string;
  limits?: Partial<Limits>;
}

/** Reads and caches files under one root, and resolves `$ref`s without leaving it or the machine. */
export class Workspace {
  readonly root: string;
  readonly limits: Limits;
  private readonly realRoot: string;
  private readonly files = new Map<string, SourceFile>();
  /** Resolutions by the file a `$ref` is written in and its text: the index, the ref walk and the example scan resolve the same refs many times. */
  private readonly refs = new Map<SourceFile, Map<string, RefResult>>();
  /** How many finished contracts reached each file (see `release`). */
  private readonly released = new Map<string, number>();

  constructor(options: WorkspaceOptions) {
    this.root = path.resolve(options.root);
    this.realRoot = realpathSync(this.root);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  relative(absPath: string): string {
    return path.relative(this.root, absPath).split(path.sep).join('/');
  }

  isInside(absPath: string): boolean {
    const relative = path.relative(this.root, absPath);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  }

  /** Loads a file (once). A file outside the root, or a symlink leading out of it, is not read. */
  load(absPath: string): SourceFile {
    const resolved = path.resolve(absPath);
    const cached = this.files.get(resolved);
    if (cached) return cached;
    const relPath = this.relative(resolved);
    let file: SourceFile;
    const containment = this.checkContainment(resolved);
    if (containment) file = SourceFile.unreadable(resolved, relPath, containment);
    else {
      try {
        const stat = statSync(resolved);
        if (!stat.isFile()) file = SourceFile.unreadable(resolved, relPath, 'not a regular file');
        else if (stat.size > this.limits.maxFileBytes) {
          file = SourceFile.fromBytes(resolved, relPath, Buffer.alloc(0), this.limits);
          file.problems.length = 0;
          file.addProblem('too-large', `file is ${stat.size} bytes, over the limit of ${this.limits.maxFileBytes} bytes (limits.maxFileBytes)`, 0, 0, true);
        } else file = SourceFile.fromBytes(resolved, relPath, readFileSync(resolved), this.limits);
      } catch (error) {
        file = SourceFile.unreadable(resolved, relPath, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
    }
    this.files.set(resolved, file);
    return file;
  }

  /** Every file loaded so far (relative to the root, with `/`): linted files and the files their `$ref`s reached. */
  loadedPaths(): string[] {
    return [...this.files.values()].map((file) => file.relPath);
  }

  /**
   * Forgets the files a contract reached once its rules have run, so a repository of many contracts is
   * not held in memory all at once. A file an earlier contract reached too (shared components) stays
   * cached: it is likely to be reached again. A forgotten file is read again if anything asks for it.
   */
  release(files: Iterable<SourceFile>): void {
    for (const file of files) {
      const seen = (this.released.get(file.absPath) ?? 0) + 1;
      this.released.set(file.absPath, seen);
      if (seen > 1 || this.files.get(file.absPath) !== file) continue;
      this.files.delete(file.absPath);
      this.refs.delete(file);
    }
  }

  /** Registers an in-memory file (used by tests and by `--policy-from`). */
  add(file: SourceFile): void {
    this.files.set(file.absPath, file);
    this.refs.clear();
  }

  private checkContainment(absPath: string): string | undefined {
    if (!this.isInside(absPath)) return 'file is outside the working directory';
    // Git's own files (e.g. .git/config, where CI checkouts keep credentials) are never contract material.
    if (this.relative(absPath).split('/').includes('.git')) return 'file is inside .git, which is never read';
    try {
      const real = realpathSync(absPath);
      const relative = path.relative(this.realRoot, real);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return 'file is a link that leads outside the working directory';
    } catch {
      return undefined;
    }
    return undefined;
  }

  /**
   * Resolves `ref` as written in `from`. Never reads outside the root, never opens a socket. Results are
   * remembered and shared: callers must not modify the returned `path`.
   */
  resolveRef(from: SourceFile, ref: string): RefResult {
    let known = this.refs.get(from);
    if (known === undefined) {
      known = new Map();
      this.refs.set(from, known);
    }
    let result = known.get(ref);
    if (result === undefined) {
      result = this.resolveRefUncached(from, ref);
      known.set(ref, result);
    }
    return result;
  }

  private resolveRefUncached(from: SourceFile, ref: string): RefResult {
    if (typeof ref !== 'string') return { ok: false, code: 'invalid', message: '$ref must be a string' };
    const hashIndex = ref.indexOf('#');
    const target = hashIndex === -1 ? ref : ref.slice(0, hashIndex);
    const fragment = hashIndex === -1 ? '' : ref.slice(hashIndex + 1);
    let file = from;
    if (target !== '') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)) {
        const scheme = target.slice(0, target.indexOf(':')).toLowerCase();
        if (scheme === 'http' || scheme === 'https') {
          return { ok: false, code: 'remote', message: `remote $ref "${displayRef(ref)}" is not fetched: publish-gate never uses the network for references` };
        }
        return { ok: false, code: 'outside', message: `$ref "${displayRef(ref)}" uses the ${scheme}: scheme; only relative file references are followed` };
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(target);
      } catch {
        return { ok: false, code: 'invalid', message: `$ref "${displayRef(ref)}" is not a valid URI reference` };
      }
      if (path.isAbsolute(decoded) || /^[a-z]:[\\/]/i.test(decoded) || decoded.startsWith('\\\\')) {
        return { ok: false, code: 'outside', message: `$ref "${displayRef(ref)}" is an absolute path; only paths relative to the file are followed` };
      }
      const absolute = path.resolve(path.dirname(from.absPath), decoded);
      if (!this.isInside(absolute)) {
        return { ok: false, code: 'outside', message: `$ref "${displayRef(ref)}" leaves the working directory and is not read` };
      }
      file = this.load(absolute);
      const problem = file.problems.find((candidate) => candidate.fatal);
      if (problem) {
        if (problem.code === 'unreadable') {
          const code: RefFailure = /outside|inside \.git/.test(problem.message) ? 'outside' : 'missing-file';
          return { ok: false, code, message: `$ref "${displayRef(ref)}": ${problem.message.replace(/^cannot read file: ENOENT$/, 'file does not exist')}` };
        }
        return { ok: false, code: 'unparseable', message: `$ref "${displayRef(ref)}" points at a file that cannot be parsed (${problem.message})` };
      }
    }
    const pointer = parseFragment(fragment);
    if (!pointer) return { ok: false, code: 'invalid', message: `$ref "${displayRef(ref)}" has a fragment that is not a JSON Pointer` };
    const value = getAtPath(file.data, pointer);
    if (value === undefined) {
      return { ok: false, code: 'missing-target', message: `$ref "${displayRef(ref)}" points at ${fragment || '/'}, which does not exist${target ? ` in ${file.relPath}` : ''}` };
    }
    return { ok: true, file, path: pointer, value };
  }
}

export function parseFragment(fragment: string): PathSegment[] | undefined {
  if (fragment === '' || fragment === '/') return fragment === '/' ? [''] : [];
  if (!fragment.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  return decoded
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Own-property lookup along a path: `constructor` or `__proto__` never reach a prototype. */
export function getAtPath(data: unknown, segments: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) {
      const index = typeof segment === 'number' ? segment : /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : NaN;
      if (!(index >= 0 && index < current.length)) return undefined;
      current = current[index];
    } else {
      const key = String(segment);
      if (!Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
  }
  return current;
}

export function toPointer(segments: readonly PathSegment[]): string {
  // Called for every key of the shared index: escape only segments that need it, concatenate without arrays.
  let pointer = '';
  for (const segment of segments) {
    const text = typeof segment === 'string' ? segment : String(segment);
    pointer += text.includes('~') || text.includes('/') ? '/' + text.replace(/~/g, '~0').replace(/\//g, '~1') : '/' + text;
  }
  return pointer;
}
