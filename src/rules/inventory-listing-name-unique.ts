import { locate } from '../model/listing-fields.js';
import type { Listing } from '../model/listing.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'inventory-listing-name-unique',
  control: 'inventory',
  severity: 'error',
  target: 'listing',
  description: 'metadata.name identifies a listing in the portal: it is unique across the repository.',
  hint: 'Rename one of the listings: metadata.name must be unique across the repository.',
  check({ listing, allListings, report }) {
    if (!listing.name) return;
    const others = (byName(allListings).get(listing.name) ?? []).filter((other) => other !== listing).map((other) => other.file.relPath).sort();
    if (others.length === 0) return;
    report({
      message: `metadata.name "${listing.name}" is also used by ${others.join(', ')}`,
      at: locate(listing, ['metadata', 'name']),
      hint: 'Give each listing its own metadata.name: the portal identifies the API by it.',
    });
  },
});

const groups = new WeakMap<Listing[], Map<string, Listing[]>>();

/** Listings by metadata.name, built once per run (the engine passes the same array to every listing). */
function byName(listings: Listing[]): Map<string, Listing[]> {
  let map = groups.get(listings);
  if (!map) {
    map = new Map();
    for (const listing of listings) if (listing.name) map.set(listing.name, [...(map.get(listing.name) ?? []), listing]);
    groups.set(listings, map);
  }
  return map;
}
