import { testRule } from '../helpers/rule-tester.js';

function contract(tooMany: string): string {
  return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: The orders.
${tooMany}`;
}

const LISTING = (audience: string): string => `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: orders
  title: Orders API
spec:
  contract: ./openapi.yaml
  owner: team-orders
  audience: ${audience}
  riskClass: low
  lifecycle: ga
`;

testRule('rate-limit-429', {
  valid: [
    {
      name: '429 with Retry-After',
      contract: contract(`        '429':
          description: Too many requests.
          headers:
            Retry-After:
              schema:
                type: integer
`),
    },
    {
      name: '429 with RateLimit and RateLimit-Policy through a shared response',
      contract: `${contract(`        '429':
          $ref: '#/components/responses/TooManyRequests'
`)}components:
  responses:
    TooManyRequests:
      description: Too many requests.
      headers:
        RateLimit:
          schema:
            type: string
            example: '"default";r=0;t=30'
        RateLimit-Policy:
          schema:
            type: string
            example: '"default";q=600;w=60'
`,
    },
    {
      name: 'a 4XX range response with Retry-After',
      contract: contract(`        4XX:
          description: Client error.
          headers:
            retry-after:
              schema:
                type: integer
`),
    },
    {
      name: 'older draft RateLimit-Reset on 2.0',
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
        '429':
          description: Slow down.
          headers:
            RateLimit-Reset:
              type: integer
`,
    },
  ],
  invalid: [
    {
      name: 'no 429 on a contract without a listing (public)',
      contract: contract(''),
      errors: [{ pointer: '/paths/~1orders/get/responses', line: 8, column: 7, severity: 'error', message: 'GET /orders documents no 429 (Too Many Requests) response' }],
    },
    {
      name: 'partner audience stays an error',
      contract: contract(''),
      files: { 'listing.yaml': LISTING('partner') },
      errors: [{ pointer: '/paths/~1orders/get/responses', line: 8, column: 7, severity: 'error' }],
    },
    {
      name: 'internal audience is info',
      contract: contract(''),
      files: { 'listing.yaml': LISTING('internal') },
      errors: [{ pointer: '/paths/~1orders/get/responses', line: 8, column: 7, severity: 'info' }],
    },
    {
      name: '429 without headers, in a $ref\'d file shared by two operations (JSON, 3.1)',
      contractFile: 'openapi.json',
      contract: `{
  "openapi": "3.1.0",
  "info": { "title": "Orders API", "version": "1.0.0" },
  "paths": {
    "/orders": {
      "get": { "responses": { "200": { "description": "Orders." }, "429": { "$ref": "errors.json#/TooMany" } } },
      "post": { "responses": { "201": { "description": "Created." }, "429": { "$ref": "errors.json#/TooMany" } } }
    }
  }
}
`,
      files: { 'errors.json': '{\n  "TooMany": { "description": "Too many requests." }\n}\n' },
      errors: [{ file: 'errors.json', pointer: '/TooMany', line: 2, column: 3, message: 'GET /orders (and 1 more operation): 429 response documents none of' }],
    },
    {
      name: 'X-RateLimit-* only is a hint',
      contract: contract(`        '429':
          description: Too many requests.
          headers:
            X-RateLimit-Remaining:
              schema:
                type: integer
`),
      errors: [{ pointer: '/paths/~1orders/get/responses/429/headers/X-RateLimit-Remaining', line: 14, column: 13, severity: 'hint', message: 'pre-standard `X-RateLimit-Remaining`' }],
    },
    {
      name: 'a 4XX range response without rate-limit headers does not stand in for 429',
      contract: contract(`        4XX:
          description: Client error.
`),
      errors: [{ pointer: '/paths/~1orders/get/responses', line: 8, column: 7, message: 'documents no 429' }],
    },
  ],
});
