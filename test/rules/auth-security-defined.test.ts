import { testRule } from '../helpers/rule-tester.js';

const ORDERS_30 = `openapi: 3.0.3
info:
  title: Orders API
  version: 2.1.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: https://auth.example.com/token
          scopes:
            orders:read: Read orders
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes:
            orders:write: Change orders
    oidc:
      type: openIdConnect
      openIdConnectUrl: https://auth.example.com/.well-known/openid-configuration
`;

testRule('auth-security-defined', {
  valid: [
    {
      name: '3.1 with scopes on a bearer scheme (roles) and a defined OAuth scope',
      contract: `openapi: 3.1.0
info:
  title: Orders API
  version: 2.1.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes:
            orders:read: Read orders
paths:
  /orders:
    get:
      security:
        - bearer: [admin]
        - oauth: [orders:read]
      responses:
        '200': { description: The orders. }
`,
    },
    {
      name: 'scopes from any flow, OpenID Connect scopes, no requirement at all (3.0)',
      contract: `${ORDERS_30}security:
  - oauth: [orders:read]
paths:
  /orders:
    post:
      security:
        - oauth: [orders:write]
        - oidc: [openid, orders]
      responses:
        '201': { description: Created. }
`,
    },
    {
      name: '2.0 securityDefinitions with scopes',
      contract: `swagger: '2.0'
info:
  title: Orders API
  version: 2.1.0
securityDefinitions:
  oauth:
    type: oauth2
    flow: application
    tokenUrl: https://auth.example.com/token
    scopes:
      orders:read: Read orders
security:
  - oauth: [orders:read]
paths:
  /orders:
    get:
      responses:
        '200': { description: The orders. }
`,
    },
  ],
  invalid: [
    {
      name: 'undefined scheme at the root and an undefined scope on an operation (3.0)',
      contract: `${ORDERS_30}security:
  - apiKey: []
paths:
  /orders:
    post:
      security:
        - oauth: [orders:write, orders:admin]
      responses:
        '201': { description: Created. }
`,
      errors: [
        { pointer: '/security/0/apiKey', line: 23, column: 5, message: 'the root security requirement requires security scheme "apiKey", which is not defined in components.securitySchemes' },
        { pointer: '/paths/~1orders/post/security/0/oauth', line: 28, column: 11, message: 'POST /orders asks for scope "orders:admin" of "oauth", not defined in its flows' },
      ],
    },
    {
      name: '2.0 scope missing from the securityDefinition (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Orders API", "version": "2.1.0" },
  "securityDefinitions": {
    "oauth": {
      "type": "oauth2",
      "flow": "application",
      "tokenUrl": "https://auth.example.com/token",
      "scopes": { "orders:read": "Read orders" }
    }
  },
  "paths": {
    "/orders": {
      "get": {
        "security": [{ "oauth": ["orders:list"] }],
        "responses": { "200": { "description": "The orders." } }
      }
    }
  }
}
`,
      errors: [{ file: 'swagger.json', pointer: '/paths/~1orders/get/security/0/oauth', line: 15, column: 24, message: 'scope "orders:list"' }],
    },
    {
      name: 'requirement written in a $ref\'d path item; schemes defined in a $ref\'d file (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Orders API
  version: 2.1.0
components:
  securitySchemes:
    oauth:
      $ref: './security.yaml#/oauth'
paths:
  /orders:
    $ref: './paths/orders.yaml'
`,
      files: {
        'security.yaml': `oauth:
  type: oauth2
  flows:
    clientCredentials:
      tokenUrl: https://auth.example.com/token
      scopes:
        orders:read: Read orders
`,
        'paths/orders.yaml': `get:
  security:
    - oauth: [orders:read]
    - bearer: []
  responses:
    '200':
      description: The orders.
`,
      },
      errors: [{ file: 'paths/orders.yaml', pointer: '/get/security/1/bearer', line: 4, column: 7, message: 'GET /orders requires security scheme "bearer"' }],
    },
  ],
});
