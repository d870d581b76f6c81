import type { Config } from '../config/config.js';
import { discover } from '../load/discover.js';
import type { Workspace } from '../load/workspace.js';
import { isListingData, readListing, type Listing } from '../model/listing.js';
import { mayBeListing } from './scope.js';

/**
 * When only some files are linted, the listings elsewhere in the repository still say which contracts
 * are listed and to which audience. They are read for that (cheaply: only files that mention
 * `ApiListing` are parsed) but not linted or reported.
 */
export async function findContextListingPaths(
  cwd: string,
  workspace: Workspace,
  config: Config,
  discovered: Set<string>,
  readGitignore?: (absPath: string) => Buffer | undefined,
): Promise<string[]> {
  const all = await discover({ cwd, patterns: [], ignore: config.ignore, maxFiles: Number.MAX_SAFE_INTEGER, readGitignore });
  const paths: string[] = [];
  for (const absPath of all.files) {
    if (discovered.has(absPath)) continue;
    if (mayBeListing(absPath, workspace.limits.maxFileBytes)) paths.push(absPath);
  }
  return paths;
}

/** Reads the listings found by `findContextListingPaths` (not linted: context only). */
export function readContextListings(paths: readonly string[], workspace: Workspace): Listing[] {
  const listings: Listing[] = [];
  for (const absPath of paths) {
    const file = workspace.load(absPath);
    if (file.parsed && isListingData(file.data)) listings.push(readListing(file));
  }
  return listings;
}
