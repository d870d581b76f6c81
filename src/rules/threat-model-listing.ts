import { isObject } from '../model/contract.js';
import { daysBetween, isStated, listingLabel, locate, parseDate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'threat-model-listing',
  control: 'threat-model',
  severity: 'error',
  target: 'listing',
  description: 'Partner and public listings, and any listing with personal data, link an https threat model reviewed within policy.threatModelMaxAgeDays.',
  hint: 'Add spec.threatModel with the https url of the threat model and the date it was last reviewed (YYYY-MM-DD).',
  check({ listing, report, now, policy }) {
    const label = listingLabel(listing);
    const pii = isObject(listing.spec.dataClassification) && listing.spec.dataClassification.pii === true;
    const required = listing.audience !== 'internal' || pii;
    const why = listing.audience !== 'internal' ? `its audience is ${listing.audience}` : 'it carries personal data (dataClassification.pii: true)';
    const model = listing.spec.threatModel;
    if (!isObject(model)) {
      if (required) {
        report({
          message: `${label} has no threat model (spec.threatModel), required because ${why}`,
          at: locate(listing, ['spec', 'threatModel']),
          hint: 'Add spec.threatModel: { url: https://…, reviewed: YYYY-MM-DD } pointing at the reviewed threat model of this API.',
        });
      }
      return;
    }
    if (!isStated(model.url)) {
      report({
        message: `${label} has no threat model url (spec.threatModel.url)`,
        at: locate(listing, ['spec', 'threatModel', 'url']),
        hint: 'Set spec.threatModel.url to the https address of the threat model document.',
      });
    } else if (typeof model.url === 'string' && !/^https:\/\/[^\s/]+/i.test(model.url)) {
      report({
        message: `${label} links its threat model over a non-https url "${model.url}"`,
        at: locate(listing, ['spec', 'threatModel', 'url']),
        hint: 'Link the threat model with an https:// url.',
      });
    }
    if (!isStated(model.reviewed)) {
      report({
        message: `${label} does not say when its threat model was last reviewed (spec.threatModel.reviewed)`,
        at: locate(listing, ['spec', 'threatModel', 'reviewed']),
        hint: 'Set spec.threatModel.reviewed to the date of the last review (YYYY-MM-DD).',
      });
      return;
    }
    if (parseDate(model.reviewed) === undefined) return; // the schema rule reports malformed dates
    const age = daysBetween(model.reviewed, now) as number;
    if (age > policy.threatModelMaxAgeDays) {
      report({
        message: `${label} threat model was last reviewed on ${String(model.reviewed)}, ${age} days before ${now}: older than policy.threatModelMaxAgeDays (${policy.threatModelMaxAgeDays})`,
        at: locate(listing, ['spec', 'threatModel', 'reviewed']),
        hint: 'Review the threat model again and update spec.threatModel.reviewed to the review date.',
      });
    }
  },
});
