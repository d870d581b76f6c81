import { testRule } from '../helpers/rule-tester.js';

testRule('auth-oauth-flows', {
  valid: [
    {
      name: 'authorization code and client credentials (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Photos API
  version: 1.0.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: https://auth.example.com/token
          scopes: {}
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: {}
paths: {}
`,
    },
    {
      name: '2.0 accessCode flow',
      contract: `swagger: '2.0'
info:
  title: Photos API
  version: 1.0.0
securityDefinitions:
  oauth:
    type: oauth2
    flow: accessCode
    authorizationUrl: https://auth.example.com/authorize
    tokenUrl: https://auth.example.com/token
    scopes: {}
paths: {}
`,
    },
  ],
  invalid: [
    {
      name: 'implicit and password flows (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Photos API
  version: 1.0.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        implicit:
          authorizationUrl: https://auth.example.com/authorize
          scopes: {}
        password:
          tokenUrl: https://auth.example.com/token
          scopes: {}
        authorizationCode:
          authorizationUrl: https://auth.example.com/authorize
          tokenUrl: https://auth.example.com/token
          scopes: {}
paths: {}
`,
      errors: [
        { pointer: '/components/securitySchemes/oauth/flows/implicit', line: 10, column: 9, message: 'security scheme "oauth" offers the OAuth 2 implicit flow' },
        { pointer: '/components/securitySchemes/oauth/flows/password', line: 13, column: 9, message: /password flow: .*RFC 9700/ },
      ],
    },
    {
      name: '2.0 implicit flow (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Photos API", "version": "1.0.0" },
  "securityDefinitions": {
    "oauth": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://auth.example.com/authorize", "scopes": {} }
  },
  "paths": {}
}
`,
      errors: [{ file: 'swagger.json', pointer: '/securityDefinitions/oauth', line: 5, column: 5, message: /implicit flow: .*RFC 9700/ }],
    },
    {
      name: 'scheme in a $ref\'d file (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Photos API
  version: 1.0.0
components:
  securitySchemes:
    legacy:
      $ref: './schemes.yaml#/legacy'
paths: {}
`,
      files: {
        'schemes.yaml': `legacy:
  type: oauth2
  flows:
    password:
      tokenUrl: https://auth.example.com/token
      scopes: {}
`,
      },
      errors: [{ file: 'schemes.yaml', pointer: '/legacy/flows/password', line: 4, column: 5 }],
    },
  ],
});
