import { locate } from '../model/listing-fields.js';
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
    const others = allListings.filter((other) => other !== listing && other.name === listing.name).map((other) => other.file.relPath).sort();
    if (others.length === 0) return;
    report({
      message: `metadata.name "${listing.name}" is also used by ${others.join(', ')}`,
      at: locate(listing, ['metadata', 'name']),
      hint: 'Give each listing its own metadata.name: the portal identifies the API by it.',
    });
  },
});
