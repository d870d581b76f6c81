import { testRule } from '../helpers/rule-tester.js';

const STRICT = 'publish-gate:strict';

testRule('rate-limit-success-headers', {
  valid: [
    {
      name: 'off in recommended',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
`,
    },
    {
      name: 'strict: RateLimit on the 2xx response',
      ruleset: STRICT,
      contract: `openapi: 3.1.0
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
          headers:
            RateLimit:
              schema:
                type: string
`,
    },
  ],
  invalid: [
    {
      name: 'strict: 2.0 response without RateLimit headers',
      ruleset: STRICT,
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
          headers:
            X-Request-Id:
              type: string
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200', line: 9, column: 9, severity: 'error', message: 'GET /orders: 200 response documents no `RateLimit` or `RateLimit-Policy` header' }],
    },
    {
      name: 'strict: X-RateLimit-Limit is a hint',
      ruleset: STRICT,
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
          headers:
            X-RateLimit-Limit:
              schema:
                type: integer
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200/headers/X-RateLimit-Limit', line: 12, column: 13, severity: 'hint' }],
    },
  ],
});
