import { describe, expect, it } from 'vitest';
import { isReadOnlyScope } from '../../src/model/security.js';
import { testRule } from '../helpers/rule-tester.js';

const SCHEMES_30 = `openapi: 3.0.3
info:
  title: Droplets API
  version: 2.0.0
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes:
            droplet:read: Read droplets
            droplet:create: Create droplets
            droplet:write: Change droplets
`;

describe('read-like scopes', () => {
  it('recognises read-only scope spellings', () => {
    for (const scope of ['read', 'droplet:read', 'read:org', 'https://www.googleapis.com/auth/drive.readonly', 'User.Read', 'User.Read.All', 'view', 'orders.view', 'readOnly']) {
      expect(isReadOnlyScope(scope), scope).toBe(true);
    }
  });
  it('does not take write scopes for read-only ones', () => {
    for (const scope of ['write', 'droplet:write', 'Files.ReadWrite', 'read_write', 'admin:read', 'repo', 'orders', 'readwrite:orders', 'thread', 'spreadsheet', 'mailing_list', 'preview', 'reviews:manage', 'readings']) {
      expect(isReadOnlyScope(scope), scope).toBe(false);
    }
  });
});

testRule('auth-write-scopes', {
  valid: [
    {
      name: 'writes require a write scope; reads and query-like POSTs may use read scopes (3.0)',
      contract: `${SCHEMES_30}paths:
  /droplets:
    get:
      security:
        - oauth: [droplet:read]
      responses:
        '200': { description: Droplets. }
    post:
      security:
        - oauth: [droplet:create]
      responses:
        '201': { description: Created. }
  /droplets/search:
    post:
      security:
        - oauth: [droplet:read]
      responses:
        '200': { description: Matching droplets. }
  /droplets/validate:
    post:
      operationId: droplets_validate_spec
      security:
        - oauth: [droplet:read]
      responses:
        '200': { description: The spec is valid. }
`,
    },
    {
      name: 'no scopes at all (API key) is not judged',
      contract: `openapi: 3.1.0
info:
  title: Droplets API
  version: 2.0.0
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-API-Key }
security:
  - key: []
paths:
  /droplets/{id}:
    delete:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: Deleted. }
`,
    },
  ],
  invalid: [
    {
      name: 'DELETE and PATCH with only read scopes, from the operation and from the root (3.0)',
      contract: `${SCHEMES_30}security:
  - oauth: [droplet:read]
paths:
  /droplets/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    delete:
      security:
        - oauth: [droplet:read]
      responses:
        '204': { description: Deleted. }
    patch:
      responses:
        '200': { description: Changed. }
    put:
      security:
        - oauth: [droplet:read, droplet:write]
      responses:
        '200': { description: Replaced. }
`,
      errors: [
        { pointer: '/paths/~1droplets~1{id}/delete', line: 22, column: 5, severity: 'warn', message: 'DELETE /droplets/{id} changes data but accepts only read-like scope "droplet:read"' },
        { pointer: '/paths/~1droplets~1{id}/patch', line: 27, column: 5, severity: 'warn', message: 'PATCH /droplets/{id}' },
      ],
    },
    {
      name: '2.0 POST with a read scope; strict makes it an error (JSON)',
      contractFile: 'swagger.json',
      ruleset: 'publish-gate:strict',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Droplets API", "version": "2.0.0" },
  "securityDefinitions": {
    "oauth": { "type": "oauth2", "flow": "application", "tokenUrl": "https://auth.example.com/token", "scopes": { "droplets.readonly": "Read droplets" } }
  },
  "paths": {
    "/droplets": {
      "post": {
        "security": [{ "oauth": ["droplets.readonly"] }],
        "responses": { "201": { "description": "Created." } }
      }
    }
  }
}
`,
      errors: [{ file: 'swagger.json', pointer: '/paths/~1droplets/post', line: 9, column: 7, severity: 'error' }],
    },
  ],
});
