import { testRule } from '../helpers/rule-tester.js';

testRule('auth-api-key-in-query', {
  valid: [
    {
      name: 'API key in a header; pagination tokens and sort keys in the query (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Weather API
  version: 3.0.0
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-API-Key }
security:
  - key: []
paths:
  /forecasts:
    get:
      parameters:
        - { name: page_token, in: query, schema: { type: string } }
        - { name: nextToken, in: query, schema: { type: string } }
        - { name: sort_key, in: query, schema: { type: string } }
        - { name: token, in: header, schema: { type: string } }
      responses:
        '200': { description: Forecasts. }
`,
    },
    {
      name: 'one-time tokens and secret names in the path are not credentials (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Vault API
  version: 1.0.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
security:
  - bearer: []
paths:
  /invitations/{token}:
    get:
      parameters:
        - { name: token, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: The invitation. }
  /secrets/{secret}:
    get:
      parameters:
        - { name: secret, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: The secret's metadata. }
`,
    },
  ],
  invalid: [
    {
      name: 'an API key as a path segment (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Weather API
  version: 3.0.0
paths:
  /{apiKey}/forecasts:
    get:
      parameters:
        - { name: apiKey, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: Forecasts. }
`,
      errors: [{ pointer: '/paths/~1{apiKey}~1forecasts/get/parameters/0', line: 9, column: 11, message: 'GET /{apiKey}/forecasts takes the credential-like path parameter "apiKey"' }],
    },
    {
      name: 'apiKey scheme in query (3.1) and an access_token query parameter',
      contract: `openapi: 3.1.0
info:
  title: Weather API
  version: 3.0.0
components:
  securitySchemes:
    key:
      type: apiKey
      in: query
      name: appid
security:
  - key: []
paths:
  /forecasts:
    get:
      parameters:
        - name: access_token
          in: query
          schema:
            type: string
      responses:
        '200':
          description: Forecasts.
`,
      errors: [
        { pointer: '/components/securitySchemes/key', line: 7, column: 5, message: 'security scheme "key" sends its API key in the query string (parameter "appid")' },
        { pointer: '/paths/~1forecasts/get/parameters/0', line: 17, column: 11, message: 'GET /forecasts takes the credential-like query parameter "access_token"' },
      ],
    },
    {
      name: '2.0 securityDefinition in query; the parameter it names is not reported twice',
      contract: `swagger: '2.0'
info:
  title: Weather API
  version: 3.0.0
securityDefinitions:
  key:
    type: apiKey
    in: query
    name: api_key
security:
  - key: []
paths:
  /forecasts:
    get:
      parameters:
        - { name: api_key, in: query, type: string }
      responses:
        '200': { description: Forecasts. }
`,
      errors: [{ pointer: '/securityDefinitions/key', line: 6, column: 3 }],
    },
    {
      name: 'a shared query parameter in a $ref\'d file is reported once, where it is written (JSON)',
      contractFile: 'openapi.json',
      contract: `{
  "openapi": "3.0.3",
  "info": { "title": "Weather API", "version": "3.0.0" },
  "paths": {
    "/forecasts": {
      "get": {
        "parameters": [{ "$ref": "./parameters.json#/ClientSecret" }],
        "responses": { "200": { "description": "Forecasts." } }
      }
    },
    "/alerts": {
      "get": {
        "parameters": [{ "$ref": "./parameters.json#/ClientSecret" }],
        "responses": { "200": { "description": "Alerts." } }
      }
    }
  }
}
`,
      files: {
        'parameters.json': `{
  "ClientSecret": {
    "name": "client_secret",
    "in": "query",
    "schema": { "type": "string" }
  }
}
`,
      },
      errors: [{ file: 'parameters.json', pointer: '/ClientSecret', line: 2, column: 3, message: 'GET /forecasts takes the credential-like query parameter "client_secret"' }],
    },
  ],
});
