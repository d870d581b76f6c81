import { readFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { discover } from '../load/discover.js';
import type { Workspace } from '../load/workspace.js';
import { isListingData, readListing, type Listing } from '../model/listing.js';

/**
 * When only some files are linted, the listings elsewhere in the repository still say which contracts
 * are listed and to which audience. They are read for that (cheaply: only files that mention
 * `ApiListing` are parsed) but not linted or reported.
 */
export async function findContextListings(cwd: string, workspace: Workspace, config: Config, linted: Set<string>): Promise<Listing[]> {
  const all = await discover({ cwd, patterns: [], ignore: config.ignore, maxFiles: Number.MAX_SAFE_INTEGER });
  const listings: Listing[] = [];
  for (const absPath of all.files) {
    if (linted.has(absPath)) continue;
    let text: string;
    try {
      text = readFileSync(absPath, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('ApiListing') || Buffer.byteLength(text) > workspace.limits.maxFileBytes) continue;
    const file = workspace.load(absPath);
    if (file.parsed && isListingData(file.data)) listings.push(readListing(file));
  }
  return listings;
}
