import { testRule } from '../helpers/rule-tester.js';

testRule('auth-oauth-https-urls', {
  valid: [
    {
      name: 'https URLs and a relative token URL (3.1)',
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
          tokenUrl: /oauth2/token
          refreshUrl: https://auth.example.com/refresh
          scopes: {}
    oidc:
      type: openIdConnect
      openIdConnectUrl: https://auth.example.com/.well-known/openid-configuration
paths: {}
`,
    },
  ],
  invalid: [
    {
      name: 'http token, refresh and OpenID Connect URLs; localhost is a warning (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Photos API
  version: 1.0.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: http://auth.example.com/token
          refreshUrl: http://localhost:8080/refresh
          scopes: {}
    oidc:
      type: openIdConnect
      openIdConnectUrl: http://auth.example.com/.well-known/openid-configuration
paths: {}
`,
      errors: [
        { pointer: '/components/securitySchemes/oauth/flows/clientCredentials/tokenUrl', line: 11, column: 11, severity: 'error', message: 'security scheme "oauth" has tokenUrl "http://auth.example.com/token", which is not https' },
        { pointer: '/components/securitySchemes/oauth/flows/clientCredentials/refreshUrl', line: 12, column: 11, severity: 'warn' },
        { pointer: '/components/securitySchemes/oidc/openIdConnectUrl', line: 16, column: 7, severity: 'error', message: 'openIdConnectUrl' },
      ],
    },
    {
      name: '2.0 authorizationUrl (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Photos API", "version": "1.0.0" },
  "securityDefinitions": {
    "oauth": {
      "type": "oauth2",
      "flow": "accessCode",
      "authorizationUrl": "http://auth.example.com/authorize",
      "tokenUrl": "https://auth.example.com/token",
      "scopes": {}
    }
  },
  "paths": {}
}
`,
      errors: [{ file: 'swagger.json', pointer: '/securityDefinitions/oauth/authorizationUrl', line: 8, column: 7, message: 'authorizationUrl' }],
    },
    {
      name: 'flow in a $ref\'d file (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Photos API
  version: 1.0.0
components:
  securitySchemes:
    oauth:
      $ref: './security/oauth.yaml'
paths: {}
`,
      files: {
        'security/oauth.yaml': `type: oauth2
flows:
  clientCredentials:
    tokenUrl: http://auth.example.com/token
    scopes: {}
`,
      },
      errors: [{ file: 'security/oauth.yaml', pointer: '/flows/clientCredentials/tokenUrl', line: 4, column: 5 }],
    },
  ],
});
