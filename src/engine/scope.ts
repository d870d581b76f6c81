import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../load/workspace.js';
import { detectVersion } from '../model/contract.js';
import { isListingData, readListing } from '../model/listing.js';

/**
 * Which discovered files one run lints. A full run lints all of them; `--shard`, `--changed-since` and
 * the workers of `--jobs` each lint a subset. The unit of splitting is a group: a contract together
 * with the listings that point at it (a listing whose contract is not discovered is a group of its own),
 * so contract and listing rules always see each other. Listings are small and are always all read: listing
 * rules compare a listing with every other one.
 */
export interface LintScope {
  /** False when every discovered file is linted. */
  partial: boolean;
  /** Whether a discovered file is linted by this run. */
  isTarget(absPath: string): boolean;
  /** Whether repository-wide rules run in this run (their findings are kept for owned files only). */
  runRepository: boolean;
  /** Whether a finding of a repository rule on `absPath` belongs to this run (`undefined`: no file). */
  ownsRepositoryFinding(absPath: string | undefined): boolean;
}

export const FULL_SCOPE: LintScope = {
  partial: false,
  isTarget: () => true,
  runRepository: true,
  ownsRepositoryFinding: () => true,
};

export interface FileGroup {
  /** The contract's path (or the lone file's): names the group and decides its shard. */
  key: string;
  files: string[];
  /** Total bytes: the work queue hands out the largest groups first. */
  bytes: number;
}

export interface Shard {
  index: number;
  count: number;
}

/** Parses `I/N` (1-based). */
export function parseShard(text: string): Shard | undefined {
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index > count || count > 10_000) return undefined;
  return { index, count };
}

/** FNV-1a, 32 bits: stable across machines, Node versions and runs. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function shardOf(relKey: string, count: number): number {
  return (stableHash(relKey) % count) + 1;
}

/** Reads a file's bytes without parsing them (for cheap content tests); empty when it cannot be read. */
function peekBytes(absPath: string, maxBytes: number): Buffer | undefined {
  try {
    const stat = statSync(absPath);
    // Never open what is not a regular file: reading a FIFO would block the run.
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return readFileSync(absPath);
  } catch {
    return undefined;
  }
}

/** Reads a file's text without parsing it (for cheap content tests); empty when it cannot be read. */
export function peekText(absPath: string, maxBytes: number): string {
  return peekBytes(absPath, maxBytes)?.toString('utf8') ?? '';
}

/** Whether a file mentions `ApiListing` (only such files can be listings), tested on its bytes without decoding them. */
export function mayBeListing(absPath: string, maxBytes: number): boolean {
  return peekBytes(absPath, maxBytes)?.includes('ApiListing') ?? false;
}

export function fileBytes(absPath: string): number {
  try {
    return statSync(absPath).size;
  } catch {
    return 0;
  }
}

/**
 * Groups discovered files: each listing joins the contract it names when that contract is discovered.
 * Only files whose text mentions `ApiListing` are parsed here (through the workspace, which caches them).
 */
export function groupFiles(files: readonly string[], workspace: Workspace): { groups: FileGroup[]; listings: Set<string> } {
  const discovered = new Set(files);
  const keyOf = new Map<string, string>();
  const listings = new Set<string>();
  for (const absPath of files) {
    if (!mayBeListing(absPath, workspace.limits.maxFileBytes)) continue;
    const file = workspace.load(absPath);
    if (!file.parsed || detectVersion(file.data) || !isListingData(file.data)) continue;
    listings.add(absPath);
    const contract = readListing(file).contractPath;
    if (contract && discovered.has(contract)) keyOf.set(absPath, contract);
  }
  const groups = new Map<string, FileGroup>();
  for (const absPath of files) {
    const key = keyOf.get(absPath) ?? absPath;
    let group = groups.get(key);
    if (!group) {
      group = { key, files: [], bytes: 0 };
      groups.set(key, group);
    }
    group.files.push(absPath);
    group.bytes += fileBytes(absPath);
  }
  return { groups: [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), listings };
}

/** A scope linting exactly the files of `groups`; repository findings are kept for files `owns` accepts. */
export function scopeOf(groups: readonly FileGroup[], runRepository: boolean, owns: (absPath: string | undefined) => boolean): LintScope {
  const targets = new Set(groups.flatMap((group) => group.files));
  return { partial: true, isTarget: (absPath) => targets.has(absPath), runRepository, ownsRepositoryFinding: owns };
}

/**
 * The owner of a repository finding among shards: the shard of the file's group, or of the file itself
 * when it is not a discovered file; a finding on no file belongs to shard 1.
 */
export function repositoryOwner(groups: readonly FileGroup[], root: string, count: number): (absPath: string | undefined) => number {
  const groupKey = new Map<string, string>();
  for (const group of groups) for (const file of group.files) groupKey.set(file, group.key);
  return (absPath) => {
    if (absPath === undefined) return 1;
    return shardOf(relativeKey(root, groupKey.get(absPath) ?? absPath), count);
  };
}

export function relativeKey(root: string, absPath: string): string {
  return path.relative(root, absPath).split(path.sep).join('/');
}

/** The groups of shard `shard` (by a stable hash of the group key's path relative to the working directory). */
export function shardGroups(groups: readonly FileGroup[], root: string, shard: Shard): FileGroup[] {
  return groups.filter((group) => shardOf(relativeKey(root, group.key), shard.count) === shard.index);
}
