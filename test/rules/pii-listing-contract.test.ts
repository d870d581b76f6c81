import { testRule } from '../helpers/rule-tester.js';
import { CONTRACT, LISTING, edit, repo } from './listing-fixtures.js';

const WITH_CUSTOMER = edit(CONTRACT, [
  `components:
`,
  `components:
  schemas:
    Customer:
      type: object
      properties:
        id:
          type: string
        email:
          type: string
`,
]);

const REFERENCING = edit(CONTRACT, [
  `        '200':
          description: The orders.`,
  `        '200':
          description: The orders.
          content:
            application/json:
              schema:
                $ref: './schemas/customer.yaml'`,
]);

testRule('pii-listing-contract', {
  valid: [
    { name: 'pii: false and no personal data', files: repo(LISTING) },
    { name: 'pii: true with personal data', files: repo(edit(LISTING, ['    pii: false', '    pii: true\n    categories: [contact]']), WITH_CUSTOMER) },
    {
      name: 'pii: false and the only personal-looking property is declared non-personal',
      files: repo(LISTING, edit(WITH_CUSTOMER, ['        email:\n          type: string\n', '        email:\n          type: string\n          x-pii: false\n'])),
    },
  ],
  invalid: [
    {
      name: 'pii: false while a component schema has an email',
      files: repo(LISTING, WITH_CUSTOMER),
      errors: [{ file: 'listing.yaml', pointer: '/spec/dataClassification/pii', line: 16, column: 5, severity: 'error', message: /says pii: false, but its contract openapi.yaml has personal data: email \(email\) in Customer at openapi.yaml#\/components\/schemas\/Customer\/properties\/email/ }],
    },
    {
      name: 'the personal property is in a $ref\'d file',
      files: {
        ...repo(LISTING, REFERENCING),
        'schemas/customer.yaml': 'type: object\nproperties:\n  name:\n    type: string\n  dateOfBirth:\n    type: string\n    format: date\n',
      },
      errors: [{ file: 'listing.yaml', pointer: '/spec/dataClassification/pii', line: 16, column: 5, message: /name \(name\) in customer at schemas\/customer.yaml#\/properties\/name and 1 more property$/ }],
    },
  ],
});
