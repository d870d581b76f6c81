import { testRule } from '../helpers/rule-tester.js';

testRule('transport-https-only', {
  valid: [
    {
      name: 'https and relative servers, https-only variables (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Shipping API
  version: 1.0.0
servers:
  - url: https://api.example.com/v1
  - url: /v1
  - url: '{scheme}://{region}.api.example.com'
    variables:
      scheme: { default: https, enum: [https, wss] }
      region: { default: eu, enum: [eu, us] }
paths: {}
`,
    },
    {
      name: '2.0 https only',
      contract: `swagger: '2.0'
info:
  title: Shipping API
  version: 1.0.0
host: api.example.com
schemes: [https]
paths: {}
`,
    },
  ],
  invalid: [
    {
      name: 'root, path-item and operation servers over http; localhost is a warning (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Shipping API
  version: 1.0.0
servers:
  - url: https://api.example.com/v1
  - url: http://api.example.com/v1
  - url: http://localhost:8080/v1
  - url: http://[::1]:8080/v1
paths:
  /shipments:
    servers:
      - url: http://uploads.example.com
    get:
      servers:
        - url: ws://stream.example.com
      responses:
        '200':
          description: Shipments.
`,
      errors: [
        { pointer: '/servers/1/url', line: 7, column: 5, severity: 'error', message: 'the API server "http://api.example.com/v1" uses plain HTTP' },
        { pointer: '/servers/2/url', line: 8, column: 5, severity: 'warn', message: 'a local development server' },
        { pointer: '/servers/3/url', line: 9, column: 5, severity: 'warn' },
        { pointer: '/paths/~1shipments/servers/0/url', line: 13, column: 9, severity: 'error', message: '/shipments server "http://uploads.example.com" uses plain HTTP' },
        { pointer: '/paths/~1shipments/get/servers/0/url', line: 16, column: 11, severity: 'error', message: 'GET /shipments server "ws://stream.example.com" uses plain WS' },
      ],
    },
    {
      name: 'a variable whose default or enum makes the URL http: reported at the url, naming the variable (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Shipping API
  version: 1.0.0
servers:
  - url: '{scheme}://api.example.com'
    variables:
      scheme:
        default: http
  - url: '{scheme}://{host}/v1'
    variables:
      scheme:
        default: https
        enum: [https, http]
      host:
        default: api.example.com
paths: {}
`,
      errors: [
        { pointer: '/servers/0/url', line: 6, column: 5, severity: 'error', message: 'when variable "scheme" is "http" (http://api.example.com)' },
        { pointer: '/servers/1/url', line: 10, column: 5, severity: 'error', message: 'when variable "scheme" is "http" (http://api.example.com/v1)' },
      ],
    },
    {
      name: '2.0 schemes at the root and on an operation (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Shipping API", "version": "1.0.0" },
  "host": "api.example.com",
  "schemes": ["https", "http"],
  "paths": {
    "/shipments": {
      "get": {
        "schemes": ["ws"],
        "responses": { "200": { "description": "Shipments." } }
      }
    }
  }
}
`,
      errors: [
        { file: 'swagger.json', pointer: '/schemes/1', line: 5, column: 24, severity: 'error', message: 'the API allows the plain-text scheme "http"' },
        { file: 'swagger.json', pointer: '/paths/~1shipments/get/schemes/0', line: 9, column: 21, severity: 'error', message: 'GET /shipments' },
      ],
    },
    {
      name: '2.0 on localhost is a warning',
      contract: `swagger: '2.0'
info:
  title: Shipping API
  version: 1.0.0
host: localhost:3000
schemes: [http]
paths: {}
`,
      errors: [{ pointer: '/schemes/0', line: 6, column: 11, severity: 'warn' }],
    },
    {
      name: 'servers of a path item in a $ref\'d file (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Shipping API
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /labels:
    $ref: './paths/labels.yaml'
`,
      files: {
        'paths/labels.yaml': `servers:
  - url: http://labels.example.com
get:
  responses:
    '200':
      description: Labels.
`,
      },
      errors: [{ file: 'paths/labels.yaml', pointer: '/servers/0/url', line: 2, column: 5, severity: 'error' }],
    },
  ],
});
