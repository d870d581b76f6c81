import { testRule } from '../helpers/rule-tester.js';

testRule('deprecation-headers', {
  valid: [
    {
      name: 'deprecated operation with Deprecation and Sunset (shared header components)',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders/{orderId}:
    get:
      deprecated: true
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The order.
          headers:
            Deprecation:
              $ref: '#/components/headers/Deprecation'
            sunset:
              $ref: '#/components/headers/Sunset'
components:
  headers:
    Deprecation:
      schema:
        type: string
        example: '@1767225600'
    Sunset:
      schema:
        type: string
        example: Thu, 31 Dec 2026 23:59:59 GMT
`,
    },
    {
      name: 'operation not deprecated',
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    post:
      responses:
        '201':
          description: Created.
`,
    },
  ],
  invalid: [
    {
      name: 'deprecated, Sunset only, 3.1',
      contract: `openapi: 3.1.0
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
            Sunset:
              schema:
                type: string
        '404':
          description: Not found.
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200', line: 10, column: 9, message: 'GET /orders is deprecated but its 200 response documents no `Deprecation` header' }],
    },
    {
      name: 'deprecated 2.0 JSON, shared response in another file: reported at the operation\'s $ref',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Orders API", "version": "1.0.0" },
  "paths": {
    "/orders": {
      "delete": {
        "deprecated": true,
        "responses": { "204": { "$ref": "responses.json#/Deleted" } }
      }
    }
  }
}
`,
      files: { 'responses.json': '{\n  "Deleted": { "description": "Deleted." }\n}\n' },
      errors: [{ pointer: '/paths/~1orders/delete/responses/204', line: 8, column: 24, message: 'no `Deprecation` or `Sunset` header' }],
    },
    {
      name: 'operation in a $ref\'d path item file is reported there',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    $ref: './paths/orders.yaml'
`,
      files: {
        'paths/orders.yaml': `get:
  deprecated: true
  responses:
    '200':
      description: The orders.
      headers:
        Deprecation:
          schema:
            type: string
`,
      },
      errors: [{ file: 'paths/orders.yaml', pointer: '/get/responses/200', line: 4, column: 5, message: 'GET /orders is deprecated but its 200 response documents no `Sunset` header' }],
    },
  ],
});
