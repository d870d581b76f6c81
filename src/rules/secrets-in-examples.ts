import { detectSecret, exampleStrings, maskSecret } from '../model/secrets.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'secrets-in-examples',
  control: 'secrets',
  severity: 'error',
  target: 'contract',
  description: 'Examples, defaults, enum values and x-example extensions must not contain live-looking credentials (API keys, tokens, JWTs, private keys).',
  hint: 'Revoke the credential if it was real, and replace the value with an obvious placeholder such as "YOUR_API_KEY", "sk_test_…" or "<token>".',
  check({ contract, report }) {
    for (const { at, field, source } of exampleStrings(contract)) {
      const match = detectSecret(at.value, field, { patternsOnly: source === 'description' });
      if (!match) continue;
      // An Example Object's `value` (e.g. one in its own file) is an example: not "The value value".
      const what = source === 'value' ? 'example' : source;
      const where = source === 'description' ? `The description${field ? ` of "${field}"` : ''}` : `The ${what} value${field ? ` of "${field}"` : ''}`;
      report({ message: `${where} contains what looks like a live ${match.kind}: ${maskSecret(match.secret)}`, at });
    }
  },
});
