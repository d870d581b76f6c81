import { testRule } from '../helpers/rule-tester.js';

const SECURED_30 = `openapi: 3.0.3
info:
  title: Catalog API
  version: 1.0.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security:
  - bearer: []
`;

testRule('cors-wildcard-authenticated', {
  valid: [
    {
      name: 'wildcard on a public operation, allow-listed origin on an authenticated one (3.0)',
      contract: `${SECURED_30}paths:
  /products:
    get:
      security: []
      x-publish-gate-public: true
      responses:
        '200':
          description: Products.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, example: '*' }
  /carts:
    get:
      responses:
        '200':
          description: Carts.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, example: 'https://shop.example.com' }
`,
    },
    {
      name: 'with credentials true it is cors-credentials-wildcard\'s finding, not this one (3.0)',
      contract: `${SECURED_30}paths:
  /carts:
    get:
      responses:
        '200':
          description: Carts.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, example: '*' }
            Access-Control-Allow-Credentials:
              schema: { type: boolean, example: true }
`,
    },
  ],
  invalid: [
    {
      name: 'wildcard on an operation secured by the root requirement (3.0)',
      contract: `${SECURED_30}paths:
  /carts:
    get:
      responses:
        '200':
          description: Carts.
          headers:
            Access-Control-Allow-Origin:
              schema:
                type: string
                example: '*'
`,
      errors: [
        {
          pointer: '/paths/~1carts/get/responses/200/headers/Access-Control-Allow-Origin',
          line: 17,
          column: 13,
          severity: 'warn',
          message: 'GET /carts requires credentials but response 200 documents Access-Control-Allow-Origin "*"',
        },
      ],
    },
    {
      name: '2.0 header enum, strict raises it to error (JSON)',
      contractFile: 'swagger.json',
      ruleset: 'publish-gate:strict',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Catalog API", "version": "1.0.0" },
  "securityDefinitions": { "key": { "type": "apiKey", "in": "header", "name": "X-API-Key" } },
  "paths": {
    "/carts": {
      "get": {
        "security": [{ "key": [] }],
        "responses": {
          "200": {
            "description": "Carts.",
            "headers": { "Access-Control-Allow-Origin": { "type": "string", "enum": ["*"] } }
          }
        }
      }
    }
  }
}
`,
      errors: [{ file: 'swagger.json', pointer: '/paths/~1carts/get/responses/200/headers/Access-Control-Allow-Origin', line: 12, column: 26, severity: 'error' }],
    },
    {
      name: 'shared response in a $ref\'d file (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Catalog API
  version: 1.0.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security:
  - bearer: []
paths:
  /carts:
    get:
      responses:
        '200':
          $ref: './responses.yaml#/Carts'
`,
      files: {
        'responses.yaml': `Carts:
  description: Carts.
  headers:
    Access-Control-Allow-Origin:
      schema:
        type: string
        examples: ['*']
`,
      },
      errors: [{ file: 'responses.yaml', pointer: '/Carts/headers/Access-Control-Allow-Origin', line: 4, column: 5 }],
    },
  ],
});
