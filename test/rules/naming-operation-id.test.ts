import { testRule } from '../helpers/rule-tester.js';

testRule('naming-operation-id', {
  valid: [
    {
      name: 'unique operationIds',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: Orders.
    post:
      operationId: createOrder
      responses:
        '201':
          description: Created.
`,
    },
  ],
  invalid: [
    {
      name: 'a 3.1 webhook reusing an operationId of a path',
      contract: `openapi: 3.1.0
info:
  title: Pets
  version: 1.0.0
paths:
  /pets:
    post:
      operationId: addPet
      responses:
        '201':
          description: Created.
webhooks:
  newPet:
    post:
      operationId: addPet
      responses:
        '200':
          description: Received.
  petDeleted:
    post:
      responses:
        '200':
          description: Received.
`,
      errors: [{ pointer: '/webhooks/newPet/post/operationId', line: 15, column: 7, message: 'webhook newPet (POST) reuses operationId "addPet" of POST /pets' }],
    },
    {
      name: 'missing and duplicate (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: Orders.
    post:
      responses:
        '201':
          description: Created.
  /orders/{orderId}:
    get:
      operationId: listOrders
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: One order.
`,
      errors: [
        { pointer: '/paths/~1orders/post', line: 12, column: 5, severity: 'warn', message: 'POST /orders has no operationId' },
        { pointer: '/paths/~1orders~1{orderId}/get/operationId', line: 18, column: 7, message: 'GET /orders/{orderId} reuses operationId "listOrders" of GET /orders' },
      ],
    },
    {
      name: 'duplicate in a $ref\'d path item (2.0)',
      contractFile: 'swagger.yaml',
      contract: `swagger: '2.0'
info:
  title: Uber API
  version: 1.0.0
paths:
  /products:
    get:
      operationId: getProducts
      responses:
        '200':
          description: Products.
  /estimates/price:
    $ref: './paths/price.yaml'
`,
      files: {
        'paths/price.yaml': `get:
  operationId: getProducts
  responses:
    '200':
      description: Price estimates.
`,
      },
      errors: [{ file: 'paths/price.yaml', pointer: '/get/operationId', line: 2, column: 3, message: 'GET /estimates/price reuses operationId "getProducts"' }],
    },
  ],
});
