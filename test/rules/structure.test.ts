import { testRule } from '../helpers/rule-tester.js';

const ORDERS_HEADER = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
`;

testRule('structure-parse', {
  valid: [{ name: 'well-formed YAML', contract: `${ORDERS_HEADER}paths: {}\n` }],
  invalid: [
    {
      name: 'unclosed flow sequence',
      contract: `${ORDERS_HEADER}tags: [orders, billing\npaths: {}\n`,
      errors: [{ pointer: '', line: 6, column: 1, message: 'missed comma' }],
    },
    {
      name: 'duplicate key',
      contract: `${ORDERS_HEADER}paths: {}\npaths: {}\n`,
      errors: [{ pointer: '', line: 6, column: 1, message: 'duplicate key "paths"' }],
    },
    {
      name: 'comment in JSON',
      contractFile: 'openapi.json',
      contract: '{\n  "openapi": "3.0.3",\n  // the title\n  "info": {"title": "Orders API", "version": "1.0.0"},\n  "paths": {}\n}\n',
      errors: [{ pointer: '', line: 3, column: 3, message: 'comments are not allowed in JSON' }],
    },
  ],
});

testRule('structure-openapi-schema', {
  valid: [
    { name: '3.0 document', contract: `${ORDERS_HEADER}paths: {}\n` },
    {
      name: '3.1 document with schemas',
      contract: `openapi: 3.1.0
info:
  title: Pets
  version: 2.0.0
paths:
  /pets:
    get:
      responses:
        '200':
          description: Pets.
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Pet'
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: [string, 'null']
`,
    },
    {
      name: '2.0 document',
      contract: `swagger: '2.0'
info:
  title: Uber API
  version: 1.0.0
paths:
  /products:
    get:
      responses:
        '200':
          description: Products.
`,
    },
  ],
  invalid: [
    {
      name: 'missing info.version',
      contract: `openapi: 3.0.3
info:
  title: Orders API
paths: {}
`,
      errors: [{ pointer: '/info', line: 2, column: 1, message: 'info is missing the required property "version"' }],
    },
    {
      name: 'misspelt field',
      contract: `${ORDERS_HEADER}paths:
  /orders:
    get:
      securty: []
      responses:
        '200':
          description: Orders.
`,
      errors: [{ pointer: '/paths/~1orders/get/securty', line: 8, column: 7, message: '"securty"' }],
    },
  ],
});

testRule('structure-ref', {
  valid: [
    {
      name: 'relative file and local refs',
      contract: `${ORDERS_HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/OrderList'
`,
      files: {
        'responses.yaml': `OrderList:
  description: Orders.
  content:
    application/json:
      schema:
        $ref: '#/Order'
Order:
  type: object
`,
      },
    },
    {
      name: 'a $ref inside an example is data, not followed',
      contract: `${ORDERS_HEADER}paths:
  /scim:
    get:
      responses:
        '200':
          description: A SCIM user.
          content:
            application/json:
              example:
                $ref: 'https://api.example.com/scim/v2/Users/1'
`,
    },
  ],
  invalid: [
    {
      name: 'remote ref',
      contract: `${ORDERS_HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          $ref: 'https://example.com/responses.yaml#/Ok'
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200', line: 9, column: 9, message: 'not fetched' }],
    },
    {
      name: 'ref leaving the working directory',
      contract: `${ORDERS_HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          $ref: '../../../etc/passwd'
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/200', line: 9, column: 9, message: 'leaves the working directory' }],
    },
    {
      name: 'broken pointer reported in the referenced file',
      contract: `${ORDERS_HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/OrderList'
`,
      files: {
        'responses.yaml': `OrderList:
  description: Orders.
  content:
    application/json:
      schema:
        $ref: '#/Ordr'
Order:
  type: object
`,
      },
      errors: [{ file: 'responses.yaml', pointer: '/OrderList/content/application~1json/schema', line: 5, column: 7, message: '#/Ordr' }],
    },
    {
      name: 'circular chain',
      contract: `${ORDERS_HEADER}paths: {}
components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
    B:
      $ref: '#/components/schemas/A'
`,
      errors: [
        { pointer: '/components/schemas/A', line: 8, column: 5, message: 'circular' },
        { pointer: '/components/schemas/B', line: 10, column: 5, message: 'circular' },
      ],
    },
  ],
});
