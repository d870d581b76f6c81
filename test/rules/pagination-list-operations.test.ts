import { testRule } from '../helpers/rule-tester.js';

const HEAD = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
`;

/** A GET /orders returning `body` with the given query parameters (YAML lines, indented for `parameters:`). */
function orders(parameters: string, body: string, headers = ''): string {
  return `${HEAD}paths:
  /orders:
    get:
      operationId: listOrders
${parameters ? `      parameters:\n${parameters}` : ''}      responses:
        '200':
          description: A page of orders.
${headers}          content:
            application/json:
              schema:
${body}`;
}

const ARRAY = `                type: array
                maxItems: 100
                items:
                  type: object
                  properties:
                    id:
                      type: string
`;

const LIMIT = `        - name: limit
          in: query
          schema:
            type: integer
            minimum: 1
            maximum: 100
`;

const CURSOR = `        - name: cursor
          in: query
          schema:
            type: string
`;

testRule('pagination-list-operations', {
  valid: [
    { name: 'limit with maximum and cursor', contract: orders(LIMIT + CURSOR, ARRAY) },
    {
      name: 'GitHub style: per_page and page',
      contract: orders(
        `        - name: per_page
          in: query
          schema:
            type: integer
            maximum: 100
        - name: page
          in: query
          schema:
            type: integer
`,
        ARRAY,
      ),
    },
    {
      name: 'Stripe style: limit, starting_after, list object with has_more',
      contract: orders(
        `${LIMIT}        - name: starting_after
          in: query
          schema:
            type: string
`,
        `                type: object
                properties:
                  object:
                    type: string
                  data:
                    type: array
                    maxItems: 100
                    items:
                      type: object
                  has_more:
                    type: boolean
                  url:
                    type: string
`,
      ),
    },
    {
      name: 'Link header instead of a cursor parameter',
      contract: orders(
        LIMIT,
        ARRAY,
        `          headers:
            Link:
              description: RFC 8288 links with rel="next".
              schema:
                type: string
`,
      ),
    },
    {
      name: 'nextPageToken in the body is the cursor',
      contract: orders(
        `        - name: pageSize
          in: query
          schema:
            type: integer
            maximum: 50
`,
        `                type: object
                properties:
                  orders:
                    type: array
                    maxItems: 50
                    items:
                      type: string
                  nextPageToken:
                    type: string
`,
      ),
    },
    {
      name: 'a single resource with a line-item array is not a list',
      contract: `${HEAD}paths:
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
                  items:
                    type: array
                    items:
                      type: string
                  total:
                    type: number
`,
    },
    {
      name: 'a time series of tuples is not a list of resources',
      contract: orders('', `                type: array
                items:
                  type: array
                  items:
                    type: integer
`),
    },
    {
      name: 'POST returning an array is not a list operation',
      contract: `${HEAD}paths:
  /orders/batch:
    post:
      responses:
        '200':
          description: Created orders.
          content:
            application/json:
              schema:
                type: array
                items:
                  type: string
`,
    },
    {
      name: 'JSON:API page[size] and page[after], 3.1 JSON',
      contractFile: 'openapi.json',
      contract: JSON.stringify(
        {
          openapi: '3.1.0',
          info: { title: 'Orders API', version: '1.0.0' },
          paths: {
            '/orders': {
              get: {
                parameters: [
                  { name: 'page[size]', in: 'query', schema: { type: 'integer', maximum: 100 } },
                  { name: 'page[after]', in: 'query', schema: { type: 'string' } },
                ],
                responses: {
                  '200': {
                    description: 'Orders.',
                    content: { 'application/vnd.api+json': { schema: { type: 'object', properties: { data: { type: 'array', maxItems: 100, items: { type: 'object' } } } } } },
                  },
                },
              },
            },
          },
        },
        null,
        2,
      ),
    },
    {
      name: 'Azure x-ms-pageable with $top',
      contract: orders(
        `        - name: $top
          in: query
          schema:
            type: integer
            maximum: 1000
`,
        `                type: object
                properties:
                  value:
                    type: array
                    maxItems: 1000
                    items:
                      type: string
`,
      ).replace('operationId: listOrders', 'operationId: Orders_List\n      x-ms-pageable:\n        nextLinkName: null'),
    },
  ],
  invalid: [
    {
      name: 'no parameters at all: size and cursor missing',
      contract: orders('', ARRAY.replace('                maxItems: 100\n', '')),
      errors: [
        { pointer: '/paths/~1orders/get', line: 7, column: 5, severity: 'error', message: 'GET /orders returns a list but accepts no cursor, offset or page parameter' },
        { pointer: '/paths/~1orders/get', line: 7, column: 5, severity: 'error', message: 'GET /orders returns a list but accepts no page-size parameter' },
      ],
    },
    {
      name: 'limit without maximum, no cursor',
      contract: orders(
        `        - name: limit
          in: query
          schema:
            type: integer
`,
        ARRAY,
      ),
      errors: [
        { pointer: '/paths/~1orders/get', line: 7, column: 5, message: 'no cursor' },
        { pointer: '/paths/~1orders/get/parameters/0/schema', line: 12, column: 11, message: 'page-size parameter "limit" has no `maximum`' },
      ],
    },
    {
      name: 'bound only in the description is a hint',
      contract: orders(
        `        - name: limit
          in: query
          description: Number of orders, between 1 and 100.
          schema:
            type: integer
${CURSOR.slice(0, -1)}
`,
        ARRAY,
      ),
      errors: [{ pointer: '/paths/~1orders/get/parameters/0/schema', line: 13, column: 11, severity: 'hint', message: 'only in the description' }],
    },
    {
      name: 'internal listing relaxes to warn',
      contract: orders(CURSOR, ARRAY),
      files: {
        'listing.yaml': `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: orders
  title: Orders API
spec:
  contract: ./openapi.yaml
  owner: team-orders
  audience: internal
  riskClass: low
  lifecycle: ga
`,
      },
      errors: [{ pointer: '/paths/~1orders/get', line: 7, column: 5, severity: 'warn', message: 'no page-size parameter' }],
    },
    {
      name: 'Swagger 2.0 JSON: shared page-size parameter in another file reported where it is written',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Orders API", "version": "1.0.0" },
  "paths": {
    "/orders": {
      "get": {
        "parameters": [
          { "$ref": "params.json#/PageSize" },
          { "name": "offset", "in": "query", "type": "integer" }
        ],
        "responses": {
          "200": { "description": "Orders.", "schema": { "type": "array", "maxItems": 100, "items": { "type": "string" } } }
        }
      }
    }
  }
}
`,
      files: {
        'params.json': `{
  "PageSize": { "name": "page_size", "in": "query", "type": "integer", "minimum": 1 }
}
`,
      },
      errors: [{ file: 'params.json', pointer: '/PageSize', line: 2, column: 3, message: 'page-size parameter "page_size" has no `maximum`' }],
    },
    {
      name: 'OpenAPI 3.1 envelope object with a items-named array and a total',
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
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/OrderPage'
components:
  schemas:
    OrderPage:
      type: object
      properties:
        items:
          type: array
          items:
            type: string
        total:
          type: integer
`,
      errors: [
        { pointer: '/paths/~1orders/get', line: 7, column: 5, message: 'no cursor' },
        { pointer: '/paths/~1orders/get', line: 7, column: 5, message: 'no page-size parameter' },
      ],
    },
    {
      name: 'reference data capped by maxItems without paging parameters is only info',
      contract: orders('', ARRAY),
      errors: [{ pointer: '/paths/~1orders/get', line: 7, column: 5, severity: 'info', message: 'bounded by `maxItems: 100`' }],
    },
  ],
});
