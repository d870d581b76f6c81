import { testRule } from '../helpers/rule-tester.js';

function contract(deprecation: string, sunset: string): string {
  return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      deprecated: true
      responses:
        '200':
          description: The orders.
          headers:
            Deprecation:
              schema:
                type: string
                example: '${deprecation}'
            Sunset:
              schema:
                type: string
                example: '${sunset}'
`;
}

testRule('deprecation-sunset-past', {
  valid: [
    { name: 'sunset in the future, after deprecation', contract: contract('@1767225600', 'Sat, 31 Dec 2027 23:59:59 GMT') },
    { name: 'ISO dates', contract: contract('2026-01-01', '2027-06-30') },
    { name: 'not a date (a template) is not judged', contract: contract('@1767225600', '<sunset date>') },
    { name: 'sunset today is not yet past', now: '2027-06-30', contract: contract('2026-01-01', 'Wed, 30 Jun 2027 23:59:59 GMT') },
  ],
  invalid: [
    {
      name: 'HTTP-date in the past relative to --now',
      now: '2026-11-23',
      contract: contract('@1700000000', 'Sat, 31 Dec 2025 23:59:59 GMT'),
      errors: [{ pointer: '/paths/~1orders/get/responses/200/headers/Sunset/schema/example', line: 20, column: 17, message: '(2025-12-31), before today (2026-11-23)' }],
    },
    {
      name: 'Sunset earlier than Deprecation',
      contract: contract('2027-06-01', '2027-03-01'),
      errors: [{ pointer: '/paths/~1orders/get/responses/200/headers/Sunset/schema/example', line: 20, column: 17, message: 'earlier than its `Deprecation` date 2027-06-01' }],
    },
    {
      name: 'Swagger 2.0 header default in a shared response file, reported once there',
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/Listed'
  /invoices:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/Listed'
`,
      files: { 'responses.yaml': `Listed:\n  description: A list.\n  headers:\n    Sunset:\n      type: string\n      default: Mon, 01 Jun 2026 00:00:00 GMT\n` },
      errors: [{ file: 'responses.yaml', pointer: '/Listed/headers/Sunset/default', line: 6, column: 7, message: 'GET /orders: 200 response documents `Sunset: Mon, 01 Jun 2026 00:00:00 GMT`' }],
    },
    {
      name: 'named examples on the header and enum values, 3.1',
      contract: `openapi: 3.1.0
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: The orders.
          headers:
            Sunset:
              schema:
                type: string
                enum:
                  - Fri, 01 Jan 2027 00:00:00 GMT
                  - Sun, 01 Mar 2026 00:00:00 GMT
              examples:
                planned:
                  value: 2026-02-01T00:00:00Z
`,
      errors: [
        { pointer: '/paths/~1orders/get/responses/200/headers/Sunset/schema/enum/1', line: 17, column: 21, message: '(2026-03-01)' },
        { pointer: '/paths/~1orders/get/responses/200/headers/Sunset/examples/planned/value', line: 20, column: 19, message: '(2026-02-01)' },
      ],
    },
  ],
});
