import { testRule } from '../helpers/rule-tester.js';

const HEAD_30 = `openapi: 3.0.3
info:
  title: Catalog API
  version: 1.0.0
`;

testRule('cors-credentials-wildcard', {
  valid: [
    {
      name: 'wildcard without credentials, credentials with a named origin (3.0)',
      contract: `${HEAD_30}paths:
  /products:
    get:
      x-publish-gate-public: true
      responses:
        '200':
          description: Products.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, example: '*' }
    post:
      responses:
        '201':
          description: Created.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, example: 'https://shop.example.com' }
            Access-Control-Allow-Credentials:
              schema: { type: boolean, example: true }
`,
    },
    {
      name: 'credentials documented as false (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Catalog API
  version: 1.0.0
paths:
  /products:
    get:
      responses:
        '200':
          description: Products.
          headers:
            Access-Control-Allow-Origin:
              schema: { type: string, const: '*' }
            Access-Control-Allow-Credentials:
              schema: { type: boolean, const: false }
`,
    },
  ],
  invalid: [
    {
      name: 'example * with credentials enum true (3.0)',
      contract: `${HEAD_30}paths:
  /products:
    get:
      responses:
        '200':
          description: Products.
          headers:
            Access-Control-Allow-Origin:
              example: '*'
              schema:
                type: string
            Access-Control-Allow-Credentials:
              schema:
                type: string
                enum: ['true']
`,
      errors: [
        {
          pointer: '/paths/~1products/get/responses/200/headers/Access-Control-Allow-Origin',
          line: 12,
          column: 13,
          message: 'GET /products response 200 documents Access-Control-Allow-Origin "*" together with Access-Control-Allow-Credentials true',
        },
      ],
    },
    {
      name: 'named examples in 3.1 and a schema const; shared headers in a $ref\'d file are reported once',
      contract: `openapi: 3.1.0
info:
  title: Catalog API
  version: 1.0.0
paths:
  /products:
    get:
      responses:
        '200':
          description: Products.
          headers:
            Access-Control-Allow-Origin:
              $ref: './headers.yaml#/AllowOrigin'
            Access-Control-Allow-Credentials:
              $ref: './headers.yaml#/AllowCredentials'
  /categories:
    get:
      responses:
        '200':
          description: Categories.
          headers:
            Access-Control-Allow-Origin:
              $ref: './headers.yaml#/AllowOrigin'
            Access-Control-Allow-Credentials:
              $ref: './headers.yaml#/AllowCredentials'
`,
      files: {
        'headers.yaml': `AllowOrigin:
  schema:
    type: string
  examples:
    any:
      value: '*'
AllowCredentials:
  schema:
    type: boolean
    const: true
`,
      },
      errors: [{ file: 'headers.yaml', pointer: '/AllowOrigin', line: 1, column: 1, message: 'GET /products response 200' }],
    },
    {
      name: '2.0 header default and enum (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Catalog API", "version": "1.0.0" },
  "paths": {
    "/products": {
      "get": {
        "responses": {
          "200": {
            "description": "Products.",
            "headers": {
              "Access-Control-Allow-Origin": { "type": "string", "default": "*" },
              "Access-Control-Allow-Credentials": { "type": "boolean", "enum": [true] }
            }
          }
        }
      }
    }
  }
}
`,
      errors: [{ file: 'swagger.json', pointer: '/paths/~1products/get/responses/200/headers/Access-Control-Allow-Origin', line: 11, column: 15 }],
    },
  ],
});
