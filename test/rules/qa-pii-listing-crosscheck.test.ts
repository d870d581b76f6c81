import { testRule } from '../helpers/rule-tester.js';
import { CONTRACT, edit, LISTING, repo } from './listing-fixtures.js';

const L = 'listing.yaml';
// The clean contract with a response schema holding a customer's email.
const WITH_EMAIL = edit(CONTRACT, [
  "          description: The orders.\n",
  "          description: The orders.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Order'\n",
], [
  'components:\n',
  'components:\n  schemas:\n    Order:\n      type: object\n      properties:\n        id:\n          type: string\n        customerEmail:\n          type: string\n          x-data-classification: confidential\n',
]);

testRule('pii-listing-contract', {
  valid: [
    { name: 'pii false and the contract holds no personal data', files: repo(LISTING) },
    { name: 'pii true with categories and a classified email', files: repo(edit(LISTING, ['    pii: false', '    pii: true\n    categories: [contact]']), WITH_EMAIL) },
    {
      name: 'pii false and the email-like property is declared non-personal',
      files: repo(LISTING, edit(WITH_EMAIL, ['x-data-classification: confidential', 'x-data-classification: public'])),
    },
  ],
  invalid: [
    {
      name: 'pii false while the contract has a (classified) email property',
      files: repo(LISTING, WITH_EMAIL),
      errors: [{ file: L, pointer: '/spec/dataClassification/pii', line: 16, column: 5, severity: 'error', message: 'says pii: false, but its contract openapi.yaml has personal data: customerEmail (email)' }],
    },
  ],
});
