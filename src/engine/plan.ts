import type { Workspace } from '../load/workspace.js';
import { changedFiles, touchedGroups } from './changed.js';
import { FULL_SCOPE, groupFiles, parseShard, repositoryOwner, scopeOf, shardGroups, type FileGroup, type LintScope } from './scope.js';
import { UsageError } from '../errors.js';

/** What `lint` needs from the options to decide which files it lints. */
export interface ScopeOptions {
  /** `I/N`: lint shard I of N (1-based). */
  shard?: string;
  /** A git ref: lint only what changed since it. */
  changedSince?: string;
}

export interface Plan {
  scope: LintScope;
  /** The groups this run lints, in a fixed order: a contract with its listings, or a lone file. */
  groups: FileGroup[];
  /** Discovered files that are listings (read for context even when not linted). */
  listings: Set<string>;
}

export async function planScope(cwd: string, files: readonly string[], workspace: Workspace, options: ScopeOptions): Promise<Plan> {
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.shard !== undefined && !shard) throw new UsageError(`--shard must be I/N with 1 <= I <= N (got "${options.shard}")`);
  const changed = options.changedSince === undefined ? undefined : await changedFiles(cwd, options.changedSince);
  const grouped = groupFiles(files, workspace);
  const listings = grouped.listings;
  if (!shard && !changed) return { scope: FULL_SCOPE, groups: grouped.groups, listings };
  let selected = grouped.groups;
  if (changed) selected = touchedGroups(selected, changed, workspace.limits.maxFileBytes);
  if (shard) selected = shardGroups(selected, cwd, shard);
  const owner = shard ? repositoryOwner(grouped.groups, cwd, shard.count) : undefined;
  const selectedFiles = new Set(selected.flatMap((group) => group.files));
  const owns = (absPath: string | undefined): boolean => {
    if (changed && (absPath === undefined || !selectedFiles.has(absPath))) return false;
    if (owner && shard && owner(absPath) !== shard.index) return false;
    return true;
  };
  return { scope: scopeOf(selected, true, owns), groups: selected, listings };
}
