import { testRule } from '../helpers/rule-tester.js';
import { CONTRACT, edit, LISTING, repo } from './listing-fixtures.js';

const L = 'listing.yaml';
const internal = (text: string) => edit(text, ['  audience: public', '  audience: internal']);

testRule('structure-listing-schema', {
  valid: [
    { name: 'the clean public listing', files: repo(LISTING) },
    { name: 'TODO placeholders are accepted', files: repo(edit(LISTING, ['  audience: public', '  audience: "TODO: internal | partner | public"'], ['        limit: 600', '        limit: TODO'])) },
    { name: 'x- extensions', files: repo(edit(LISTING, ['  owner: team-orders', '  owner: team-orders\n  x-cost-centre: "4711"'])) },
  ],
  invalid: [
    {
      name: 'unknown top-level key, at the key',
      files: repo(`${LISTING}status: published\n`),
      errors: [{ file: L, pointer: '/status', line: 29, column: 1, message: 'unknown key "status" at the top level of the listing' }],
    },
    {
      name: 'a wrong type names the expected type',
      files: repo(edit(LISTING, ['        limit: 600', '        limit: "600"'], ['    scopes: [orders:read, orders:write]', '    scopes: orders:read'])),
      errors: [
        { file: L, pointer: '/spec/auth/scopes', line: 14, column: 5, message: 'spec.auth.scopes must be of type array' },
        { file: L, pointer: '/spec/rateLimit/plans/0/limit', line: 20, column: 9, message: 'spec.rateLimit.plans[0].limit must be of type integer' },
      ],
    },
    {
      name: 'misspelt key, bad enum and bad date',
      files: repo(edit(LISTING, ['  riskClass: high', '  riskClass: severe'], ['    reviewed: 2026-09-01', '    reviewed: last spring'], ['  incidentContacts:\n    - name: Orders on-call', '  incidentContacts:\n    - name: Orders on-call\n      mail: x@example.com'])),
      errors: [
        { file: L, pointer: '/spec/riskClass', line: 10, column: 3, message: 'spec.riskClass must be one of: low, medium, high' },
        { file: L, pointer: '/spec/threatModel/reviewed', line: 25, column: 5, message: 'must be a date as YYYY-MM-DD' },
        { file: L, pointer: '/spec/incidentContacts/0/mail', line: 28, column: 7, message: 'unknown key "mail" in spec.incidentContacts[0]' },
      ],
    },
    {
      name: 'missing name and contract; wrong apiVersion is not a listing, but a wrong kind of name is',
      files: repo(edit(LISTING, ['  name: orders\n', '  name: Orders_API\n'], ['  contract: ./openapi.yaml\n', ''])),
      errors: [
        { file: L, pointer: '/metadata/name', line: 4, column: 3, message: 'metadata.name must be a kebab-case name' },
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'spec is missing the required key "contract"' },
      ],
    },
  ],
});

testRule('ownership-listing', {
  valid: [{ name: 'owner and an on-call email', files: repo(LISTING) }, { name: 'a pager is enough', files: repo(edit(LISTING, ['      email: orders-oncall@example.com', '      pager: https://pager.example.com/orders'])) }],
  invalid: [
    {
      name: 'no owner, contact without email or pager',
      files: repo(edit(LISTING, ['  owner: team-orders\n', ''], ['      email: orders-oncall@example.com', '      slack: "#orders"'])),
      errors: [
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'listing "orders" has no owner' },
        { file: L, pointer: '/spec/incidentContacts/0', line: 26, column: 7, message: 'no incident contact with an email or pager' },
      ],
    },
    {
      name: 'TODO owner and empty contacts',
      files: repo(edit(LISTING, ['  owner: team-orders', '  owner: "TODO: owning team"'], [/  incidentContacts:[\s\S]*$/, '  incidentContacts: []\n'])),
      errors: [
        { file: L, pointer: '/spec/owner', line: 8, column: 3, message: 'TODO placeholder' },
        { file: L, pointer: '/spec/incidentContacts', line: 26, column: 3, message: 'has no incident contact' },
      ],
    },
  ],
});

testRule('threat-model-listing', {
  valid: [
    { name: 'public with a fresh https threat model', files: repo(LISTING) },
    { name: 'internal without personal data needs none', files: repo(edit(internal(LISTING), [/  threatModel:\n.*\n.*\n/, ''])) },
    { name: 'reviewed exactly threatModelMaxAgeDays ago', now: '2027-09-01', files: repo(LISTING) },
  ],
  invalid: [
    {
      name: 'public without a threat model',
      files: repo(edit(LISTING, [/  threatModel:\n.*\n.*\n/, ''])),
      errors: [{ file: L, pointer: '/spec', line: 6, column: 1, message: 'required because its audience is public' }],
    },
    {
      name: 'internal with personal data',
      files: repo(edit(internal(LISTING), [/  threatModel:\n.*\n.*\n/, ''], ['    pii: false', '    pii: true\n    categories: [contact]'])),
      errors: [{ file: L, pointer: '/spec', line: 6, column: 1, message: 'personal data' }],
    },
    {
      name: 'plain http url and a stale review',
      now: '2027-09-02',
      files: repo(edit(LISTING, ['url: https://security', 'url: http://security'])),
      errors: [
        { file: L, pointer: '/spec/threatModel/url', line: 24, column: 5, message: 'non-https' },
        { file: L, pointer: '/spec/threatModel/reviewed', line: 25, column: 5, message: '366 days before 2027-09-02' },
      ],
    },
    {
      name: 'TODO url and review date',
      files: repo(edit(LISTING, ['    url: https://security.example.com/threat-models/orders', '    url: "TODO: https link"'], ['    reviewed: 2026-09-01', '    reviewed: TODO'])),
      errors: [
        { file: L, pointer: '/spec/threatModel/url', line: 24, column: 5, message: 'no threat model url' },
        { file: L, pointer: '/spec/threatModel/reviewed', line: 25, column: 5, message: 'last reviewed' },
      ],
    },
  ],
});

testRule('pii-listing-classification', {
  valid: [{ name: 'pii false', files: repo(LISTING) }, { name: 'pii true with categories', files: repo(edit(LISTING, ['    pii: false', '    pii: true\n    categories: [contact, financial]'])) }],
  invalid: [
    { name: 'pii TODO', files: repo(edit(LISTING, ['    pii: false', '    pii: TODO'])), errors: [{ file: L, pointer: '/spec/dataClassification/pii', line: 16, column: 5 }] },
    { name: 'pii true without categories', files: repo(edit(LISTING, ['    pii: false', '    pii: true'])), errors: [{ file: L, pointer: '/spec/dataClassification', line: 15, column: 3, message: 'lists no categories' }] },
    {
      name: 'no dataClassification',
      files: repo(edit(LISTING, ['  dataClassification:\n    pii: false\n', ''])),
      errors: [{ file: L, pointer: '/spec', line: 6, column: 1, message: 'does not state whether it handles personal data' }],
    },
  ],
});

testRule('rate-limit-listing-plans', {
  valid: [
    { name: 'a complete plan', files: repo(LISTING) },
    { name: 'internal needs none', files: repo(edit(internal(LISTING), [/  rateLimit:\n(.*\n){5}/, ''])) },
    { name: 'one complete plan of two is enough', files: repo(edit(LISTING, ['  rateLimit:\n    plans:\n', '  rateLimit:\n    plans:\n      - name: bulk\n        limit: 10\n'])) },
  ],
  invalid: [
    { name: 'public without plans', files: repo(edit(LISTING, [/  rateLimit:\n(.*\n){5}/, ''])), errors: [{ file: L, pointer: '/spec', line: 6, column: 1, message: 'is public but has no rate-limit plan' }] },
    {
      name: 'partner plan with TODO numbers',
      files: repo(edit(LISTING, ['  audience: public', '  audience: partner\n  partners: [acme]'], ['        limit: 600', '        limit: TODO'], ['        window: 1m', '        window: TODO'])),
      errors: [{ file: L, pointer: '/spec/rateLimit/plans/0', line: 20, column: 9, message: 'plan "default" does not state its limit, window' }],
    },
  ],
});

const API_KEY_CONTRACT = edit(CONTRACT, ['  - oauth: [orders:read]', '  - key: []'], ['        - oauth: [orders:write]', '        - key: []'], [/    oauth:\n[\s\S]*$/, '    key:\n      type: apiKey\n      in: header\n      name: X-API-Key\n']);

testRule('auth-listing-model', {
  valid: [
    { name: 'oauth2 listing, oauth2 contract', files: repo(LISTING) },
    { name: 'oidc listing documented with oauth2 flows', files: repo(edit(LISTING, ['    model: oauth2', '    model: oidc'])) },
    { name: 'internal listing without auth, contract without security', files: repo(edit(internal(LISTING), ['    model: oauth2\n    scopes: [orders:read, orders:write]', '    model: none']), 'openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: 1.0.0\npaths:\n  /orders:\n    get:\n      responses:\n        \'200\':\n          description: The orders.\n') },
    { name: 'apiKey listing, apiKey contract', files: repo(edit(LISTING, ['    model: oauth2\n    scopes: [orders:read, orders:write]', '    model: apiKey']), API_KEY_CONTRACT) },
  ],
  invalid: [
    {
      name: 'apiKey listing with only OAuth schemes',
      files: repo(edit(LISTING, ['    model: oauth2', '    model: apiKey'])),
      errors: [{ file: L, pointer: '/spec/auth/model', line: 13, column: 5, message: 'says auth.model apiKey but its contract openapi.yaml uses only OAuth 2.0 security schemes (oauth)' }],
    },
    { name: 'public without auth', files: repo(edit(LISTING, ['    model: oauth2', '    model: none'])), errors: [{ file: L, pointer: '/spec/auth/model', line: 13, column: 5, message: 'is public with auth.model none' }] },
    { name: 'model TODO', files: repo(edit(LISTING, ['    model: oauth2', '    model: TODO'])), errors: [{ file: L, pointer: '/spec/auth/model', line: 13, column: 5, message: 'does not state its auth model' }] },
  ],
});

testRule('auth-listing-scopes', {
  valid: [{ name: 'scopes match', files: repo(LISTING) }, { name: 'apiKey contract without scopes', files: repo(edit(LISTING, ['    model: oauth2\n    scopes: [orders:read, orders:write]', '    model: apiKey']), API_KEY_CONTRACT) }],
  invalid: [
    {
      name: 'a required scope missing and an unknown scope listed',
      files: repo(edit(LISTING, ['    scopes: [orders:read, orders:write]', '    scopes: [orders:read, orders:admin]'])),
      errors: [
        { file: L, pointer: '/spec/auth/scopes', line: 14, column: 5, message: 'does not grant scope "orders:write" that POST /orders requires' },
        { file: L, pointer: '/spec/auth/scopes/1', line: 14, column: 27, message: 'grants scope "orders:admin" that no security scheme' },
      ],
    },
    {
      name: 'no scopes at all',
      files: repo(edit(LISTING, ['\n    scopes: [orders:read, orders:write]', ''])),
      errors: [
        { file: L, pointer: '/spec/auth', line: 12, column: 3, message: '"orders:read" that GET /orders requires' },
        { file: L, pointer: '/spec/auth', line: 12, column: 3, message: '"orders:write" that POST /orders requires' },
      ],
    },
  ],
});

testRule('inventory-listing-profile', {
  valid: [
    { name: 'clean', files: repo(LISTING) },
    { name: 'partner preview with partners', files: repo(edit(LISTING, ['  audience: public', '  audience: partner\n  partners: [acme]'], ['  lifecycle: ga', '  lifecycle: preview'])) },
  ],
  invalid: [
    {
      name: 'public preview',
      files: repo(edit(LISTING, ['  lifecycle: ga', '  lifecycle: preview'])),
      errors: [{ file: L, pointer: '/spec/audience', line: 9, column: 3, message: 'keep previews private' }],
    },
    {
      name: 'partner without partners; TODO risk class and missing lifecycle',
      files: repo(edit(LISTING, ['  audience: public', '  audience: partner'], ['  riskClass: high', '  riskClass: TODO'], ['  lifecycle: ga\n', ''])),
      errors: [
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'does not state its lifecycle' },
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'is for partners but names none' },
        { file: L, pointer: '/spec/riskClass', line: 10, column: 3, message: 'does not state its risk class' },
      ],
    },
    { name: 'audience TODO', files: repo(edit(LISTING, ['  audience: public', '  audience: TODO'])), errors: [{ file: L, pointer: '/spec/audience', line: 9, column: 3, message: 'checked as public' }] },
  ],
});

const V2 = edit(LISTING, ['  contract: ./openapi.yaml', '  contract: ./v2.yaml']);

testRule('inventory-listing-name-unique', {
  valid: [{ name: 'distinct names', files: { ...repo(LISTING), 'v2/listing.yaml': edit(V2, ['  name: orders', '  name: orders-v2']), 'v2/v2.yaml': CONTRACT } }],
  invalid: [
    {
      name: 'two listings named orders',
      files: { ...repo(LISTING), 'v2/listing.yaml': V2, 'v2/v2.yaml': CONTRACT },
      errors: [
        { file: L, pointer: '/metadata/name', line: 4, column: 3, message: 'metadata.name "orders" is also used by v2/listing.yaml' },
        { file: 'v2/listing.yaml', pointer: '/metadata/name', line: 4, column: 3, message: 'also used by listing.yaml' },
      ],
    },
  ],
});

testRule('inventory-listing-contract', {
  valid: [{ name: 'contract exists', files: repo(LISTING) }],
  invalid: [
    { name: 'missing file', files: { [L]: edit(LISTING, ['./openapi.yaml', './openapi.yml']) }, errors: [{ file: L, pointer: '/spec/contract', line: 7, column: 3, message: 'points at contract ./openapi.yml, which does not exist' }] },
    { name: 'not OpenAPI', files: { [L]: LISTING, 'openapi.yaml': 'asyncapi: 2.6.0\ninfo:\n  title: Orders events\n  version: 1.0.0\nchannels: {}\n' }, errors: [{ file: L, pointer: '/spec/contract', line: 7, column: 3, message: 'is not an OpenAPI document' }] },
    { name: 'outside the working directory', files: { [L]: edit(LISTING, ['./openapi.yaml', '../../etc/openapi.yaml']) }, errors: [{ file: L, pointer: '/spec/contract', line: 7, column: 3, message: 'outside the working directory' }] },
  ],
});

testRule('inventory-unlisted-contract', {
  valid: [{ name: 'every contract listed', files: repo(LISTING) }],
  invalid: [
    {
      name: 'a repository without listings: each contract is unlisted',
      files: { 'openapi.yaml': CONTRACT },
      errors: [{ file: 'openapi.yaml', pointer: '', line: 1, column: 1, severity: 'warn', message: 'openapi.yaml is not listed' }],
    },
    { name: 'an unlisted contract warns in recommended', files: { ...repo(LISTING), 'billing/openapi.yaml': CONTRACT }, errors: [{ file: 'billing/openapi.yaml', pointer: '', line: 1, column: 1, severity: 'warn', message: 'billing/openapi.yaml is not listed' }] },
    { name: 'and fails in strict', ruleset: 'publish-gate:strict', files: { ...repo(LISTING), 'billing/openapi.yaml': CONTRACT }, errors: [{ file: 'billing/openapi.yaml', pointer: '', line: 1, column: 1, severity: 'error' }] },
  ],
});

testRule('inventory-contract-listed-once', {
  valid: [{ name: 'one listing', files: repo(LISTING) }],
  invalid: [
    {
      name: 'two listings of one contract',
      files: { ...repo(LISTING), 'partner.yaml': edit(LISTING, ['  name: orders', '  name: orders-partner']) },
      errors: [
        { file: L, pointer: '/spec/contract', line: 7, column: 3, message: 'contract openapi.yaml is also listed by partner.yaml' },
        { file: 'partner.yaml', pointer: '/spec/contract', line: 7, column: 3, message: 'also listed by listing.yaml' },
      ],
    },
  ],
});

const deprecated = (announced: string, sunset: string, lifecycle = 'deprecated') =>
  edit(LISTING, ['  lifecycle: ga', `  lifecycle: ${lifecycle}\n  deprecation:\n    announced: ${announced}\n    sunset: ${sunset}`]);
const DEPRECATED_CONTRACT = edit(CONTRACT, ['      operationId: listOrders', '      operationId: listOrders\n      deprecated: true'], ['      operationId: createOrder', '      operationId: createOrder\n      deprecated: true']);

testRule('deprecation-listing-dates', {
  valid: [
    { name: '180 days of public notice', files: repo(deprecated('2026-06-01', '2026-11-28'), DEPRECATED_CONTRACT) },
    { name: 'retired without operations', files: repo(deprecated('2025-01-01', '2025-12-31', 'retired'), 'openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: 1.0.0\npaths: {}\n') },
  ],
  invalid: [
    {
      name: 'deprecated without dates',
      files: repo(edit(LISTING, ['  lifecycle: ga', '  lifecycle: deprecated']), DEPRECATED_CONTRACT),
      errors: [
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'is deprecated but does not say when the deprecation was announced' },
        { file: L, pointer: '/spec', line: 6, column: 1, message: 'spec.deprecation.sunset' },
      ],
    },
    {
      name: 'sunset before announced',
      files: repo(deprecated('2026-12-01', '2026-11-30'), DEPRECATED_CONTRACT),
      errors: [{ file: L, pointer: '/spec/deprecation/sunset', line: 14, column: 5, message: 'sunset 2026-11-30 is before its announcement 2026-12-01' }],
    },
    {
      name: 'notice shorter than the partner policy',
      files: repo(edit(deprecated('2026-11-01', '2027-01-15'), ['  audience: public', '  audience: partner\n  partners: [acme]']), DEPRECATED_CONTRACT),
      errors: [{ file: L, pointer: '/spec/deprecation/sunset', line: 15, column: 5, message: 'gives 75 days of notice (2026-11-01 to 2027-01-15), less than the 90 days policy.deprecationNoticeDays.partner requires' }],
    },
    {
      name: 'sunset passed while still deprecated',
      files: repo(deprecated('2026-01-01', '2026-11-01'), DEPRECATED_CONTRACT),
      errors: [{ file: L, pointer: '/spec/lifecycle', line: 11, column: 3, message: 'retire it or move the date' }],
    },
    {
      name: 'retired with operations left',
      files: repo(deprecated('2025-01-01', '2025-12-31', 'retired')),
      errors: [{ file: L, pointer: '/spec/lifecycle', line: 11, column: 3, severity: 'warn', message: 'is retired but its contract openapi.yaml still has 2 operations' }],
    },
  ],
});

testRule('deprecation-listing-operations', {
  valid: [{ name: 'operations marked deprecated', files: repo(deprecated('2026-06-01', '2026-12-28'), DEPRECATED_CONTRACT) }, { name: 'ga listing', files: repo(LISTING) }],
  invalid: [
    {
      name: 'one operation not marked',
      files: repo(deprecated('2026-06-01', '2026-12-28'), edit(CONTRACT, ['      operationId: listOrders', '      operationId: listOrders\n      deprecated: true'])),
      errors: [{ file: 'openapi.yaml', pointer: '/paths/~1orders/post', line: 17, column: 5, severity: 'warn', message: 'POST /orders is not marked deprecated: true although listing "orders" is deprecated' }],
    },
  ],
});
