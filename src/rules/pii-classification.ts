import { isObject } from '../model/contract.js';
import { personalDataProperties } from '../model/personal-data.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'pii-classification',
  control: 'pii',
  severity: 'error',
  relaxFor: { internal: 'warn' },
  target: 'contract',
  description: 'Schema properties that look like personal data (email, phone, names, birth date, address, national id, account numbers, IP address, geolocation) carry a data classification.',
  hint: 'Add `x-data-classification: pii` (or confidential/restricted/internal; `public` if it is not personal) to the property or an enclosing object schema, or `x-pii: true|false`.',
  check({ contract, report }) {
    for (const property of personalDataProperties(contract)) {
      if (property.classification) continue;
      const written = [property.at.value, property.schema.value].map((node) => (isObject(node) ? node['x-data-classification'] : undefined)).find((value) => value !== undefined);
      const unknown = written === undefined ? '' : ` (x-data-classification ${JSON.stringify(written)} is not one of public, internal, confidential, restricted, pii)`;
      report({
        message: `Property "${property.name}" of ${property.schemaLabel} looks like personal data (${property.category}; ${property.evidence}) but has no data classification${unknown}`,
        at: property.at,
      });
    }
  },
});
