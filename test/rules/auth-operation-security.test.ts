import { testRule } from '../helpers/rule-tester.js';

const LEDGER_30 = `openapi: 3.0.3
info:
  title: Ledger API
  version: 1.4.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes:
            accounts:read: Read accounts
`;

testRule('auth-operation-security', {
  valid: [
    {
      name: 'root security covers every operation (3.0)',
      contract: `${LEDGER_30}security:
  - oauth: [accounts:read]
paths:
  /accounts/{accountId}:
    get:
      parameters:
        - { name: accountId, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: The account. }
`,
    },
    {
      name: 'operation security of its own, and a public health check marked with x-publish-gate-public (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Ledger API
  version: 1.4.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer, bearerFormat: JWT }
paths:
  /accounts:
    get:
      security:
        - bearer: []
      responses:
        '200': { description: The accounts. }
  /health:
    get:
      x-publish-gate-public: true
      security: []
      responses:
        '200': { description: Up. }
  /status:
    x-publish-gate-public: true
    get:
      responses:
        '200': { description: Up. }
  /accounts/{accountId}:
    options:
      security: []
      parameters:
        - { name: accountId, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: CORS preflight. }
`,
    },
    {
      name: '2.0 with root security',
      contract: `swagger: '2.0'
info:
  title: Ledger API
  version: 1.4.0
securityDefinitions:
  key:
    type: apiKey
    in: header
    name: X-API-Key
security:
  - key: []
paths:
  /accounts:
    get:
      responses:
        '200': { description: The accounts. }
`,
    },
  ],
  invalid: [
    {
      name: 'no security anywhere (3.0)',
      contract: `${LEDGER_30}paths:
  /accounts/{accountId}:
    get:
      parameters:
        - { name: accountId, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: The account. }
`,
      errors: [{ pointer: '/paths/~1accounts~1{accountId}/get', line: 16, column: 5, severity: 'error', message: 'GET /accounts/{accountId} has no security requirement' }],
    },
    {
      name: 'explicit empty list and an anonymous {} alternative override root security (3.0)',
      contract: `${LEDGER_30}security:
  - oauth: [accounts:read]
paths:
  /accounts:
    get:
      security: []
      responses:
        '200': { description: The accounts. }
    post:
      security:
        - oauth: [accounts:read]
        - {}
      responses:
        '201': { description: Created. }
`,
      errors: [
        { pointer: '/paths/~1accounts/get', line: 18, column: 5, message: 'GET /accounts has no security requirement: its `security` is an empty list' },
        { pointer: '/paths/~1accounts/post', line: 22, column: 5, message: 'POST /accounts allows anonymous access' },
      ],
    },
    {
      name: 'root security: [] applies to operations without their own (2.0, JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Ledger API", "version": "1.4.0" },
  "security": [],
  "paths": {
    "/accounts": {
      "delete": {
        "responses": { "204": { "description": "Deleted." } }
      }
    }
  }
}
`,
      errors: [{ file: 'swagger.json', pointer: '/paths/~1accounts/delete', line: 7, column: 7, message: 'DELETE /accounts has no security requirement: the root `security` is an empty list' }],
    },
    {
      name: 'an operation in a $ref\'d path item is reported in that file',
      contract: `${LEDGER_30}security:
  - oauth: [accounts:read]
paths:
  /accounts:
    $ref: './paths/accounts.yaml'
`,
      files: {
        'paths/accounts.yaml': `get:
  security: []
  responses:
    '200':
      description: The accounts.
`,
      },
      errors: [{ file: 'paths/accounts.yaml', pointer: '/get', line: 1, column: 1, message: 'GET /accounts has no security requirement' }],
    },
  ],
});
