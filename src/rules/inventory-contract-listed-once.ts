import { locate } from '../model/listing-fields.js';
import type { Listing } from '../model/listing.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'inventory-contract-listed-once',
  control: 'inventory',
  severity: 'error',
  target: 'repository',
  description: 'A contract is published by exactly one listing: two listings of one contract contradict each other.',
  hint: 'Keep one listing per contract: merge the listings, or give each its own contract.',
  check({ listings, workspace, report }) {
    const byContract = new Map<string, Listing[]>();
    for (const listing of listings) {
      if (!listing.contractPath) continue;
      byContract.set(listing.contractPath, [...(byContract.get(listing.contractPath) ?? []), listing]);
    }
    for (const [contractPath, group] of byContract) {
      if (group.length < 2) continue;
      for (const listing of group) {
        const others = group.filter((other) => other !== listing).map((other) => other.file.relPath).sort();
        report({
          message: `contract ${workspace.relative(contractPath)} is also listed by ${others.join(', ')}: one contract, one listing`,
          at: locate(listing, ['spec', 'contract']),
        });
      }
    }
  },
});
