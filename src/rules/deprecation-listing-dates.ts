import { isObject } from '../model/contract.js';
import { daysBetween, isStated, lifecycleOf, listingLabel, locate, parseDate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'deprecation-listing-dates',
  control: 'deprecation',
  severity: 'error',
  target: 'listing',
  description: 'Deprecated and retired listings state when the deprecation was announced and the sunset date, with the notice window the audience is owed.',
  hint: 'Add spec.deprecation with announced and sunset dates at least policy.deprecationNoticeDays apart for the audience.',
  check({ listing, contract, now, policy, report }) {
    const lifecycle = lifecycleOf(listing);
    if (lifecycle !== 'deprecated' && lifecycle !== 'retired') return;
    const label = listingLabel(listing);
    const deprecation = isObject(listing.spec.deprecation) ? listing.spec.deprecation : {};
    const notice = policy.deprecationNoticeDays[listing.audience];
    for (const key of ['announced', 'sunset'] as const) {
      if (isStated(deprecation[key])) continue;
      report({
        message: `${label} is ${lifecycle} but does not say when the deprecation was ${key === 'announced' ? 'announced' : 'to end (sunset)'} (spec.deprecation.${key})`,
        at: locate(listing, ['spec', 'deprecation', key]),
        hint:
          key === 'announced'
            ? 'Set spec.deprecation.announced to the date consumers were told (YYYY-MM-DD).'
            : `Set spec.deprecation.sunset to the date the API stops answering, at least ${notice} days after the announcement for a ${listing.audience} API.`,
      });
    }
    const announced = deprecation.announced;
    const sunset = deprecation.sunset;
    const window = daysBetween(announced, sunset);
    if (window !== undefined) {
      if (window < 0) {
        report({
          message: `${label} sunset ${String(sunset)} is before its announcement ${String(announced)}`,
          at: locate(listing, ['spec', 'deprecation', 'sunset']),
          hint: 'Correct the dates: the sunset comes after the deprecation was announced.',
        });
      } else if (window < notice) {
        report({
          message: `${label} gives ${window} days of notice (${String(announced)} to ${String(sunset)}), less than the ${notice} days policy.deprecationNoticeDays.${listing.audience} requires`,
          at: locate(listing, ['spec', 'deprecation', 'sunset']),
          hint: `Move spec.deprecation.sunset to at least ${notice} days after the announcement.`,
        });
      }
    }
    if (lifecycle === 'deprecated' && parseDate(sunset) !== undefined && (daysBetween(sunset, now) as number) > 0) {
      report({
        message: `${label} is still deprecated although its sunset ${String(sunset)} has passed (${now}): retire it or move the date`,
        at: locate(listing, ['spec', 'lifecycle']),
        hint: 'Retire it or move the date: set spec.lifecycle to retired once the API is switched off, or move spec.deprecation.sunset (with a new notice).',
      });
    }
    if (lifecycle === 'retired' && contract && contract.operations.length > 0) {
      report({
        message: `${label} is retired but its contract ${contract.file.relPath} still has ${contract.operations.length} operation${contract.operations.length === 1 ? '' : 's'}`,
        at: locate(listing, ['spec', 'lifecycle']),
        severity: 'warn',
        hint: 'Remove the retired operations from the contract (or the contract and its listing altogether) so nothing keeps serving them.',
      });
    }
  },
});
