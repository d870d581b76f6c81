import { testRule } from '../helpers/rule-tester.js';

const PARAMS = `      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
        - name: cursor
          in: query
          schema:
            type: string
`;

testRule('pagination-max-items', {
  valid: [
    {
      name: 'array with maxItems',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
${PARAMS}      responses:
        '200':
          description: Orders.
          content:
            application/json:
              schema:
                type: array
                maxItems: 100
                items:
                  type: string
`,
    },
    {
      name: 'a single resource with an unbounded property array is not a list response',
      contract: `openapi: 3.1.0
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The order.
          content:
            application/json:
              schema:
                type: object
                properties:
                  id:
                    type: string
                  tags:
                    type: array
                    items:
                      type: string
                  status:
                    type: string
`,
    },
  ],
  invalid: [
    {
      name: 'unbounded envelope array in a $ref\'d file, shared by two operations, reported once there',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
${PARAMS}      responses:
        '200':
          description: Orders.
          content:
            application/json:
              schema:
                $ref: './schemas/page.yaml'
  /archived-orders:
    get:
${PARAMS}      responses:
        '200':
          description: Archived orders.
          content:
            application/json:
              schema:
                $ref: './schemas/page.yaml'
`,
      files: {
        'schemas/page.yaml': `type: object
properties:
  data:
    type: array
    items:
      type: string
  next_cursor:
    type: string
`,
      },
      errors: [{ file: 'schemas/page.yaml', pointer: '/properties/data', line: 3, column: 3, severity: 'warn', message: 'GET /orders: 200 response property "data" has no `maxItems`' }],
    },
    {
      name: 'Swagger 2.0: strict makes it an error',
      ruleset: 'publish-gate:strict',
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      parameters:
        - name: limit
          in: query
          type: integer
          maximum: 100
        - name: page
          in: query
          type: integer
      responses:
        '200':
          description: Orders.
          schema:
            type: array
            items:
              type: string
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200/schema', line: 19, column: 11, severity: 'error' }],
    },
  ],
});
