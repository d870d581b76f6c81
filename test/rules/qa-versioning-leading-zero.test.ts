import { testRule } from '../helpers/rule-tester.js';

const contract = (version: string) => `openapi: 3.0.3
info:
  title: Catalogue API
  version: '${version}'
paths: {}
`;

testRule('versioning-info-version', {
  valid: [{ name: 'calendar-like semver without leading zeros', contract: contract('2026.3.1') }],
  invalid: [
    {
      // Nothing follows the patch number: the message must name the leading zero, not an "invalid suffix".
      name: 'a leading zero (calendar style 2026.03.1)',
      contract: contract('2026.03.1'),
      errors: [{ pointer: '/info/version', line: 4, column: 3, severity: 'warn', message: 'leading zero in a number (semver forbids them: "2026.3.1"' }],
    },
    { name: 'a real suffix is still called one', contract: contract('1.2.3.4'), errors: [{ pointer: '/info/version', line: 4, column: 3, message: 'starts like semver but has an invalid suffix' }] },
  ],
});
