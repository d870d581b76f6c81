import { isObject } from '../model/contract.js';
import { isStated, listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'ownership-listing',
  control: 'ownership',
  severity: 'error',
  target: 'listing',
  description: 'A listing names its owning team and at least one incident contact reachable by email or pager.',
  hint: 'Add spec.owner (the accountable team) and spec.incidentContacts with at least one entry that has an email or a pager.',
  check({ listing, report }) {
    const label = listingLabel(listing);
    if (!isStated(listing.spec.owner)) {
      report({
        message: `${label} has no owner (spec.owner${listing.spec.owner === undefined ? ' is missing' : ' is a TODO placeholder'})`,
        at: locate(listing, ['spec', 'owner']),
        hint: 'Add spec.owner: the team accountable for the API, e.g. `owner: team-orders`.',
      });
    }
    const contacts = listing.spec.incidentContacts;
    const reachable = Array.isArray(contacts) && contacts.some((contact) => isObject(contact) && (isEmail(contact.email) || isStated(contact.pager)));
    if (!reachable) {
      const malformed = Array.isArray(contacts) && contacts.some((contact) => isObject(contact) && isStated(contact.email));
      const why = !Array.isArray(contacts) || contacts.length === 0 ? 'has no incident contact' : malformed ? 'has no incident contact with a valid email address or a pager' : 'has no incident contact with an email or pager';
      report({
        message: `${label} ${why} (spec.incidentContacts)`,
        at: Array.isArray(contacts) && contacts.length > 0 ? locate(listing, ['spec', 'incidentContacts', 0, isObject(contacts[0]) && 'pager' in contacts[0] ? 'pager' : 'email']) : locate(listing, ['spec', 'incidentContacts']),
        hint: 'Add an spec.incidentContacts entry with the on-call email or pager, e.g. `- name: Orders on-call` / `email: orders-oncall@example.com`.',
      });
    }
  },
});

function isEmail(value: unknown): boolean {
  return isStated(value) && typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());
}
