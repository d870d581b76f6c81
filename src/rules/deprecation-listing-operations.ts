import { lifecycleOf, listingLabel } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'deprecation-listing-operations',
  control: 'deprecation',
  severity: 'warn',
  target: 'listing',
  description: "When a listing is deprecated, its contract's operations say so (deprecated: true).",
  hint: 'Mark every operation of a deprecated API with `deprecated: true` so generated clients and docs warn their users.',
  check({ listing, contract, report }) {
    if (!contract || lifecycleOf(listing) !== 'deprecated') return;
    const label = listingLabel(listing);
    for (const operation of contract.operations) {
      if (operation.deprecated) continue;
      report({
        message: `${operation.label} is not marked deprecated: true although ${label} is deprecated`,
        at: operation.node,
      });
    }
  },
});
