import { toPointer } from '../load/workspace.js';
import { isObject } from '../model/contract.js';
import { listingLabel, locate } from '../model/listing-fields.js';
import { personalDataProperties } from '../model/personal-data.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'pii-listing-contract',
  control: 'pii',
  severity: 'error',
  target: 'listing',
  description: 'A listing that says `pii: false` must not point at a contract with personal-data properties.',
  hint: 'Set spec.dataClassification.pii: true with its categories, or mark the properties non-personal in the contract (`x-data-classification: public` or `x-pii: false`) if they really are not personal data.',
  check({ listing, contract, report }) {
    if (!contract) return;
    const classification = isObject(listing.spec.dataClassification) ? listing.spec.dataClassification : undefined;
    if (classification?.pii !== false) return;
    // Properties the contract itself declares non-personal do not contradict the listing.
    const personal = personalDataProperties(contract).filter((property) => property.classification?.personal !== false);
    if (personal.length === 0) return;
    const first = personal[0];
    const others = personal.length - 1;
    report({
      message: `${listingLabel(listing)} says pii: false, but its contract ${contract.file.relPath} has personal data: ${first.name} (${first.category}) in ${first.schemaLabel} at ${first.at.file.relPath}#${toPointer(first.at.path)}${others > 0 ? ` and ${others} more propert${others === 1 ? 'y' : 'ies'}` : ''}`,
      at: locate(listing, ['spec', 'dataClassification', 'pii']),
    });
  },
});
