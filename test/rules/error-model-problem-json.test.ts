import { testRule } from '../helpers/rule-tester.js';

const HEAD = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
`;

testRule('error-model-problem-json', {
  valid: [
    {
      name: 'every error is application/problem+json',
      contract: `${HEAD}paths:
  /orders:
    post:
      responses:
        '201':
          description: Created.
        '400':
          $ref: '#/components/responses/Problem'
        '409':
          $ref: '#/components/responses/Problem'
        default:
          $ref: '#/components/responses/Problem'
components:
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            type: object
            properties:
              type:
                type: string
              title:
                type: string
              status:
                type: integer
              detail:
                type: string
`,
    },
    {
      name: 'one consistent error schema, extended by a validation variant',
      contract: `${HEAD}paths:
  /orders:
    post:
      responses:
        '201':
          description: Created.
        '404':
          description: Not found.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
        '422':
          description: Invalid.
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/Error'
                  - type: object
                    properties:
                      errors:
                        type: array
                        items:
                          type: string
components:
  schemas:
    Error:
      type: object
      properties:
        message:
          type: string
        documentation_url:
          type: string
`,
    },
    {
      name: 'OAuth token endpoint errors (RFC 6749) do not count as a second model',
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 1.0.0
paths:
  /oauth/token:
    post:
      responses:
        '200':
          description: Token.
        '400':
          description: OAuth error.
          schema:
            type: object
            properties:
              error:
                type: string
              error_description:
                type: string
  /orders:
    get:
      responses:
        '200':
          description: Orders.
        '404':
          description: Not found.
          schema:
            $ref: '#/definitions/Error'
        '500':
          description: Failure.
          schema:
            $ref: '#/definitions/Error'
definitions:
  Error:
    type: object
    properties:
      code:
        type: string
      message:
        type: string
`,
    },
    {
      name: 'an HTML authorize page answering errors in HTML is not a second model',
      contract: `${HEAD}paths:
  /authorize:
    get:
      responses:
        '200':
          description: The consent page.
          content:
            text/html:
              schema:
                type: string
        default:
          description: An error page.
          content:
            text/html:
              schema:
                type: string
  /orders:
    get:
      responses:
        '200':
          description: Orders.
        '404':
          description: Not found.
          content:
            application/problem+json:
              schema:
                type: object
`,
    },
  ],
  invalid: [
    {
      name: 'a default response with another shape than the problem documents',
      contract: `${HEAD}paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
        '400':
          $ref: '#/components/responses/Problem'
        '404':
          $ref: '#/components/responses/Problem'
        default:
          description: Unexpected error.
          content:
            application/json:
              schema:
                type: object
                properties:
                  error:
                    type: string
components:
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            type: object
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/default/content/application~1json/schema', line: 19, column: 15, severity: 'warn', message: 'GET /orders: default response uses an object with {error}' }],
    },
    {
      name: 'mixed shapes across files: the deviating one is reported in its own file (3.1)',
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
        '404':
          description: Not found.
          content:
            application/json:
              schema:
                $ref: './schemas/error.yaml'
        '500':
          description: Failure.
          content:
            application/json:
              schema:
                $ref: './schemas/error.yaml'
  /invoices:
    get:
      responses:
        '200':
          description: Invoices.
        '404':
          description: Not found.
          content:
            application/json:
              schema:
                $ref: './schemas/legacy-fault.yaml#/Fault'
`,
      files: {
        'schemas/error.yaml': `type: object
properties:
  code:
    type: string
  message:
    type: string
`,
        'schemas/legacy-fault.yaml': `Fault:
  type: object
  properties:
    faultString:
      type: string
    faultCode:
      type: integer
`,
      },
      errors: [{ file: 'schemas/legacy-fault.yaml', pointer: '/Fault', line: 1, column: 1, message: 'GET /invoices: 404 response uses an object with {faultCode, faultString}' }],
    },
    {
      name: 'a text/plain error on a JSON operation is a second model',
      contract: `${HEAD}paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders.
          content:
            application/json:
              schema:
                type: array
                items:
                  type: string
        '400':
          $ref: '#/components/responses/Problem'
        '404':
          $ref: '#/components/responses/Problem'
        '502':
          description: Bad gateway.
          content:
            text/plain:
              schema:
                type: string
components:
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            type: object
`,
      errors: [{ pointer: '/paths/~1orders/get/responses/502/content/text~1plain', line: 24, column: 13, message: 'GET /orders: 502 response uses a text/plain body' }],
    },
  ],
});
