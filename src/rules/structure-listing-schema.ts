import { validateListing } from '../model/listing-schema.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'structure-listing-schema',
  control: 'structure',
  severity: 'error',
  target: 'listing',
  description: 'A portal listing manifest must match the ApiListing schema (schemas/listing.schema.json): known keys, right types and values.',
  hint: 'Correct the key against docs/listing.md: the message names the field and what is expected (extensions start with "x-").',
  check({ listing, report }) {
    for (const problem of validateListing(listing.root.value)) {
      report({ message: problem.message, at: { file: listing.file, path: problem.path } });
    }
  },
});
