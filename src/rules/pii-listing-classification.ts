import { isObject } from '../model/contract.js';
import { listingLabel, locate } from '../model/listing-fields.js';
import { personalDataProperties } from '../model/personal-data.js';
import { toPointer } from '../load/workspace.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'pii-listing-classification',
  control: 'pii',
  severity: 'error',
  target: 'listing',
  description: 'A listing states whether the API handles personal data, and which categories when it does.',
  hint: 'Set spec.dataClassification.pii to true or false; with true, list the categories (contact, identity, financial, health, location, credentials, other).',
  check({ listing, contract, report }) {
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
    if (pii === false && contract) {
      // Cross-check: a property that looks like personal data and is not declared non-personal (`x-data-classification: public`, `x-pii: false`).
      const personal = personalDataProperties(contract).filter((property) => property.classification?.personal !== false);
      if (personal.length > 0) {
        const first = personal[0];
        const more = personal.length > 1 ? ` (and ${personal.length - 1} more)` : '';
        report({
          message: `${label} states pii: false, but its contract has personal-data property "${first.name}" (${first.category}) at ${first.at.file.relPath}#${toPointer(first.at.path)}${more}`,
          at: locate(listing, ['spec', 'dataClassification', 'pii']),
          hint: 'Set spec.dataClassification.pii: true and list the categories, or mark the property non-personal in the contract (`x-data-classification: public` or `x-pii: false`) if it is not personal data.',
        });
      }
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
