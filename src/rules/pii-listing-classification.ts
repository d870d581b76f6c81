import { isObject } from '../model/contract.js';
import { listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'pii-listing-classification',
  control: 'pii',
  severity: 'error',
  target: 'listing',
  description: 'A listing states whether the API handles personal data, and which categories when it does.',
  hint: 'Set spec.dataClassification.pii to true or false; with true, list the categories (contact, identity, financial, health, location, credentials, other).',
  check({ listing, report }) {
    const label = listingLabel(listing);
    const classification = isObject(listing.spec.dataClassification) ? listing.spec.dataClassification : undefined;
    const pii = classification?.pii;
    if (pii !== true && pii !== false) {
      report({
        message: `${label} does not state whether it handles personal data (spec.dataClassification.pii)`,
        at: locate(listing, ['spec', 'dataClassification', 'pii']),
        hint: 'Set spec.dataClassification.pii: true when any request or response carries personal data, false otherwise.',
      });
      return;
    }
    if (pii && !(Array.isArray(classification?.categories) && classification.categories.length > 0)) {
      report({
        message: `${label} handles personal data but lists no categories (spec.dataClassification.categories)`,
        at: locate(listing, ['spec', 'dataClassification', 'categories']),
        hint: 'Add spec.dataClassification.categories, e.g. [contact, identity]: the kinds of personal data the API handles.',
      });
    }
  },
});
