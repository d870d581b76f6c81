import { isObject } from '../model/contract.js';
import { isStated, listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

const FIELDS = ['limit', 'window', 'scope'] as const;

export default defineRule({
  id: 'rate-limit-listing-plans',
  control: 'rate-limit',
  severity: 'error',
  target: 'listing',
  description: 'Partner and public listings publish at least one rate-limit plan with a limit, a window and a scope.',
  hint: 'Add spec.rateLimit.plans with at least one plan stating limit (requests), window (e.g. 1m) and scope (app, org or user).',
  check({ listing, report }) {
    if (listing.audience === 'internal') return;
    const label = listingLabel(listing);
    const rateLimit = listing.spec.rateLimit;
    const plans = isObject(rateLimit) && Array.isArray(rateLimit.plans) ? rateLimit.plans : [];
    if (plans.length === 0) {
      report({
        message: `${label} is ${listing.audience} but has no rate-limit plan (spec.rateLimit.plans)`,
        at: locate(listing, ['spec', 'rateLimit', 'plans']),
        hint: 'Add spec.rateLimit.plans, e.g. `- name: default` / `limit: 600` / `window: 1m` / `scope: app`.',
      });
      return;
    }
    const gaps = plans.map((plan) => FIELDS.filter((field) => !(isObject(plan) && isStated(plan[field]))));
    if (gaps.some((missing) => missing.length === 0)) return;
    gaps.forEach((missing, index) => {
      const plan = plans[index];
      const name = isObject(plan) && typeof plan.name === 'string' ? `plan "${plan.name}"` : `plan ${index + 1}`;
      report({
        message: `${label} rate-limit ${name} does not state its ${missing.join(', ')}`,
        at: locate(listing, ['spec', 'rateLimit', 'plans', index]),
        hint: `Fill in ${missing.map((field) => `${field}`).join(', ')} of the plan: limit is a number of requests, window like 1m or 1h, scope app, org or user.`,
      });
    });
  },
});
