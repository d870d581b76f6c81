import { isStated, listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'inventory-listing-profile',
  control: 'inventory',
  severity: 'error',
  target: 'listing',
  description: 'A listing states its audience, risk class and lifecycle; partner listings name their partners; previews are never public.',
  hint: 'State spec.audience (internal, partner, public), spec.riskClass (low, medium, high) and spec.lifecycle (preview, ga, deprecated, retired).',
  check({ listing, report }) {
    const label = listingLabel(listing);
    const spec = listing.spec;
    if (!isStated(spec.audience)) {
      report({
        message: `${label} does not state its audience (spec.audience): it is checked as public until it does`,
        at: locate(listing, ['spec', 'audience']),
        hint: 'Set spec.audience to internal, partner or public: who may discover and call the API.',
      });
    }
    if (!isStated(spec.riskClass)) {
      report({
        message: `${label} does not state its risk class (spec.riskClass)`,
        at: locate(listing, ['spec', 'riskClass']),
        hint: 'Set spec.riskClass to low, medium or high after assessing what a breach of this API would cost.',
      });
    }
    if (!isStated(spec.lifecycle)) {
      report({
        message: `${label} does not state its lifecycle (spec.lifecycle)`,
        at: locate(listing, ['spec', 'lifecycle']),
        hint: 'Set spec.lifecycle to preview, ga, deprecated or retired.',
      });
    }
    if (spec.audience === 'partner' && !(Array.isArray(spec.partners) && spec.partners.length > 0)) {
      report({
        message: `${label} is for partners but names none (spec.partners)`,
        at: locate(listing, ['spec', 'partners']),
        hint: 'Add spec.partners with the partners allowed to use the API, e.g. `partners: [acme]`.',
      });
    }
    if (spec.lifecycle === 'preview' && spec.audience === 'public') {
      report({
        message: `${label} is a preview published to the public audience: keep previews private`,
        at: locate(listing, ['spec', 'audience']),
        hint: 'Keep previews private: set spec.audience to internal or partner until the API is ga.',
      });
    }
  },
});
