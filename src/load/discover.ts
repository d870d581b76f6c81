import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { outsideReason } from './contain.js';

export interface DiscoverOptions {
  cwd: string;
  /** Paths, directories or globs; none: the whole working directory. */
  patterns: string[];
  /** Extra globs to skip, relative to the working directory. */
  ignore: string[];
  maxFiles: number;
  /**
   * Reads a `.gitignore` found in the working tree; undefined: as it is on disk. Under `--policy-from`
   * this reads it from the policy ref, so a pull request cannot hide its contracts by ignoring them.
   */
  readGitignore?: (absPath: string) => Buffer | undefined;
}

export interface Discovered {
  /** Absolute paths, sorted. */
  files: string[];
  /** Files named on the command line (not found by walking): reported even when they are not recognised. */
  explicit: Set<string>;
}

const DOCUMENT_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** Finds candidate YAML and JSON files; the caller recognises contracts and listings by content. */
export async function discover(options: DiscoverOptions): Promise<Discovered> {
  const { cwd } = options;
  const explicit = new Set<string>();
  const found = new Set<string>();
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const globs: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const relativeDir = path.relative(cwd, absolute).split(path.sep).join('/');
        globs.push(relativeDir === '' ? DOCUMENT_GLOB : `${escapeGlob(relativeDir)}/${DOCUMENT_GLOB}`);
      } else {
        explicit.add(absolute);
        found.add(absolute);
      }
    } else if (isDynamicPattern(pattern)) globs.push(pattern);
    else throw new UsageError(`no such file or directory: ${pattern}`);
  }
  if (globs.length > 0) {
    const matches = await glob(globs, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: [...ALWAYS_SKIPPED, ...options.ignore],
      expandDirectories: false,
    });
    const gitignored = await gitignoreFilter(cwd, options.readGitignore);
    for (const match of matches) {
      const absolute = path.resolve(match);
      if (!gitignored(absolute)) found.add(absolute);
    }
  }
  const files = [...found].sort();
  if (files.length > options.maxFiles) {
    throw new UsageError(`${files.length} files found, over the limit of ${options.maxFiles} (limits.maxFiles): name fewer paths`);
  }
  return { files, explicit };
}

function escapeGlob(value: string): string {
  return value.replace(/[*?[\]{}()!@+]/g, '\\$&');
}

/** A predicate telling whether a path is ignored by a `.gitignore` at or above it (up to `cwd`). */
async function gitignoreFilter(cwd: string, read?: (absPath: string) => Buffer | undefined): Promise<(absPath: string) => boolean> {
  const gitignores = await glob(['**/.gitignore'], { cwd, absolute: true, dot: true, followSymbolicLinks: false, ignore: ALWAYS_SKIPPED });
  if (gitignores.length === 0) return () => false;
  const scopes: Array<{ dir: string; rules: Ignore }> = [];
  for (const file of gitignores.sort()) {
    // A .gitignore that is a link leading out of the tree, or absurdly large, is not read.
    if (outsideReason(cwd, file) || statSync(file).size > 1024 * 1024) continue;
    try {
      const text = read ? read(path.resolve(file))?.toString('utf8') : readFileSync(file, 'utf8');
      if (text !== undefined) scopes.push({ dir: path.dirname(path.resolve(file)), rules: ignore().add(text) });
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return (absPath) =>
    scopes.some(({ dir, rules }) => {
      const relative = path.relative(dir, absPath);
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
      return rules.ignores(relative.split(path.sep).join('/'));
    });
}

/** Cheap text test: could this file be a contract, a listing or an exception list? */
export function looksLikeDocument(text: string): boolean {
  return /(^|[\s{,"'])(openapi|swagger)["']?\s*:/m.test(text) || text.includes('publish-gate/v1') || /kind["']?\s*:\s*["']?(ApiListing|ExceptionList)/.test(text);
}
