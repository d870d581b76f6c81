// Precision cases found by reviewing the public corpus (docs/corpus-report.md, "Reviewed findings"):
// minimised contracts written for this test.
import { testRule } from '../helpers/rule-tester.js';

const contract = (...paths: string[]) => `openapi: 3.0.3
info:
  title: Identity API
  version: 1.0.0
paths:
${paths.map((p) => `  ${p}:\n    get:\n      responses:\n        '200':\n          description: OK.\n`).join('')}`;

testRule('naming-path-casing', {
  valid: [
    {
      name: 'SCIM endpoint names (RFC 7644: /Users, /Groups) under a scim segment are fixed by the standard',
      contract: contract('/orgs/{org}/member-invitations', '/orgs/{org}/audit-log', '/scim/v2/organizations/{org}/Users', '/scim/v2/organizations/{org}/Users/{userId}', '/scim/v2/Groups', '/scim/v2/ServiceProviderConfig'),
    },
  ],
  invalid: [
    {
      name: 'the same names outside a SCIM path are judged like any other segment',
      contract: contract('/orgs/{org}/member-invitations', '/orgs/{org}/audit-log', '/admin/Users'),
      errors: [{ pointer: '/paths/~1admin~1Users', line: 16, column: 3, message: 'segment "Users" (PascalCase)' }],
    },
  ],
});
