import { findHeader, headerValues, locationKey, parseHeaderDate } from '../model/http.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'deprecation-sunset-past',
  control: 'deprecation',
  severity: 'error',
  target: 'contract',
  description: 'A `Sunset` date documented on an operation must not be in the past (the operation should be gone) nor earlier than its `Deprecation` date.',
  hint: 'Remove the operation from the contract if it has been sunset, or move the `Sunset` date (and the announcement) to the real end-of-life date, after the `Deprecation` date.',
  check({ contract, report, now }) {
    const reported = new Set<string>();
    for (const operation of contract.operations) {
      for (const response of operation.responses) {
        const sunset = findHeader(response, 'sunset');
        if (!sunset) continue;
        const deprecation = findHeader(response, 'deprecation');
        const deprecationDates = deprecation
          ? headerValues(contract, deprecation)
              .map((value) => parseHeaderDate(value.value))
              .filter((date): date is string => date !== undefined)
          : [];
        const latestDeprecation = deprecationDates.sort().at(-1);
        for (const value of headerValues(contract, sunset)) {
          const date = parseHeaderDate(value.value);
          if (!date) continue;
          const key = locationKey(value);
          if (reported.has(key)) continue;
          if (date < now) {
            reported.add(key);
            report({
              message: `${operation.label}: ${response.code} response documents \`Sunset: ${String(value.value)}\` (${date}), before today (${now}), but the operation is still in the contract`,
              at: value,
            });
          } else if (latestDeprecation && date < latestDeprecation) {
            reported.add(key);
            report({
              message: `${operation.label}: ${response.code} response documents \`Sunset\` ${date}, earlier than its \`Deprecation\` date ${latestDeprecation}`,
              at: value,
              hint: 'RFC 9745: the Sunset date must not be earlier than the Deprecation date. Correct one of the two.',
            });
          }
        }
      }
    }
  },
});
