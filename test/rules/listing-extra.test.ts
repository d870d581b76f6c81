import { testRule } from '../helpers/rule-tester.js';
import { CONTRACT, edit, LISTING, repo } from './listing-fixtures.js';

const L = 'listing.yaml';
const internal = (text: string) => edit(text, ['  audience: public', '  audience: internal']);

testRule('auth-listing-model', {
  valid: [],
  invalid: [
    {
      name: 'internal listing without auth while the contract requires OAuth',
      files: repo(edit(internal(LISTING), ['    model: oauth2', '    model: none'])),
      errors: [{ file: L, pointer: '/spec/auth/model', line: 13, column: 5, message: 'says auth.model none but GET /orders in openapi.yaml requires oauth' }],
    },
  ],
});

testRule('auth-listing-scopes', {
  valid: [
    {
      name: 'OpenID Connect scopes are not checked against the contract',
      files: repo(
        edit(LISTING, ['    model: oauth2', '    model: oidc'], ['    scopes: [orders:read, orders:write]', '    scopes: [orders:read, orders:write, openid]']),
        edit(CONTRACT, ['            orders:write: Create orders\n', '            orders:write: Create orders\n    oidc:\n      type: openIdConnect\n      openIdConnectUrl: https://auth.example.com/.well-known/openid-configuration\n']),
      ),
    },
  ],
  invalid: [],
});

testRule('ownership-listing', {
  valid: [],
  invalid: [
    {
      name: 'an email that is not an address',
      files: repo(edit(LISTING, ['      email: orders-oncall@example.com', '      email: orders on-call'])),
      errors: [{ file: L, pointer: '/spec/incidentContacts/0/email', line: 28, column: 7, message: 'valid email address or a pager' }],
    },
  ],
});

const JSON_LISTING = `{
  "apiVersion": "publish-gate/v1",
  "kind": "ApiListing",
  "metadata": { "name": "orders", "title": "Orders API" },
  "spec": {
    "contract": "./openapi.yaml",
    "owner": "team-orders",
    "audience": "internal",
    "riskClass": "low",
    "lifecycle": "ga",
    "auth": { "model": "oauth2", "scopes": ["orders:read", "orders:write"] },
    "dataClassification": { "pii": "no" },
    "incidentContacts": [{ "name": "Orders on-call", "email": "orders-oncall@example.com" }],
    "notes": "draft"
  }
}
`;

testRule('structure-listing-schema', {
  valid: [],
  invalid: [
    {
      name: 'a JSON listing: wrong type and unknown key at their line and column',
      files: { 'listing.json': JSON_LISTING, 'openapi.yaml': CONTRACT },
      errors: [
        { file: 'listing.json', pointer: '/spec/dataClassification/pii', line: 12, column: 29, message: 'spec.dataClassification.pii must be of type boolean' },
        { file: 'listing.json', pointer: '/spec/notes', line: 14, column: 5, message: 'unknown key "notes" in spec' },
      ],
    },
  ],
});

const COMMON = `openapi: 3.0.3
info:
  title: Shared components
  version: 1.0.0
paths: {}
components:
  responses:
    Orders:
      description: The orders.
`;

testRule('inventory-unlisted-contract', {
  valid: [
    {
      name: 'a shared components document a listed contract references is not a contract of its own',
      files: {
        ...repo(LISTING, edit(CONTRACT, ["        '200':\n          description: The orders.\n", "        '200':\n          $ref: './common.yaml#/components/responses/Orders'\n"])),
        'common.yaml': COMMON,
      },
    },
  ],
  invalid: [
    {
      name: 'the same document unreferenced is unlisted',
      files: { ...repo(LISTING), 'common.yaml': COMMON },
      errors: [{ file: 'common.yaml', pointer: '', line: 1, column: 1, severity: 'warn' }],
    },
  ],
});

const BEARER_CONTRACT = edit(CONTRACT, ['  - oauth: [orders:read]', '  - bearer: []'], ['        - oauth: [orders:write]', '        - bearer: []'], [/    oauth:\n[\s\S]*$/, '    bearer:\n      type: http\n      scheme: bearer\n']);
const BASIC_CONTRACT = edit(BEARER_CONTRACT, ['      scheme: bearer', '      scheme: basic']);
const NO_SCOPES = ['    model: oauth2\n    scopes: [orders:read, orders:write]', '    model: apiKey'] as [string, string];

testRule('auth-listing-model', {
  valid: [
    { name: 'an API key sent as a bearer token', files: repo(edit(LISTING, NO_SCOPES), BEARER_CONTRACT) },
    { name: 'an OAuth access token sent as a bearer token', files: repo(edit(LISTING, ['    scopes: [orders:read, orders:write]\n', '']), BEARER_CONTRACT) },
  ],
  invalid: [
    {
      name: 'oauth2 listing for HTTP basic',
      files: repo(edit(LISTING, ['    scopes: [orders:read, orders:write]\n', '']), BASIC_CONTRACT),
      errors: [{ file: L, pointer: '/spec/auth/model', line: 13, column: 5, message: 'uses only HTTP authentication security schemes (bearer)' }],
    },
  ],
});

testRule('structure-listing-schema', {
  valid: [],
  invalid: [
    {
      name: 'a day that does not exist',
      files: repo(edit(LISTING, ['    reviewed: 2026-09-01', '    reviewed: 2026-02-30'])),
      errors: [{ file: L, pointer: '/spec/threatModel/reviewed', line: 25, column: 5, message: 'must be a date as YYYY-MM-DD (a day that exists)' }],
    },
  ],
});

testRule('structure-listing-schema', {
  valid: [],
  invalid: [
    {
      name: 'every missing required key is named',
      files: repo(edit(LISTING, ['  name: orders\n  title: Orders API\n', '  description: Orders.\n'])),
      errors: [
        { file: L, pointer: '/metadata', line: 3, column: 1, message: 'metadata is missing the required key "name"' },
        { file: L, pointer: '/metadata', line: 3, column: 1, message: 'metadata is missing the required key "title"' },
      ],
    },
  ],
});
