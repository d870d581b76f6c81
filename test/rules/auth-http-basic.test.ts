import { testRule } from '../helpers/rule-tester.js';

const LISTING = (audience: string) => `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: billing
  title: Billing API
spec:
  contract: ./openapi.yaml
  owner: team-billing
  audience: ${audience}
  riskClass: medium
  lifecycle: ga
  auth:
    model: apiKey
  dataClassification:
    pii: false
  incidentContacts:
    - name: Billing on-call
      email: billing-oncall@example.com
`;

const BASIC_30 = `openapi: 3.0.3
info:
  title: Billing API
  version: 1.0.0
components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: Basic
security:
  - basicAuth: []
paths: {}
`;

testRule('auth-http-basic', {
  valid: [
    {
      name: 'bearer scheme (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Billing API
  version: 1.0.0
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
paths: {}
`,
    },
  ],
  invalid: [
    {
      name: 'http basic (3.0, scheme name is case-insensitive)',
      contract: BASIC_30,
      errors: [{ pointer: '/components/securitySchemes/basicAuth', line: 7, column: 5, severity: 'error', message: 'security scheme "basicAuth" is HTTP Basic authentication' }],
    },
    {
      name: '2.0 type basic (JSON)',
      contractFile: 'swagger.json',
      contract: `{
  "swagger": "2.0",
  "info": { "title": "Billing API", "version": "1.0.0" },
  "securityDefinitions": { "basic": { "type": "basic" } },
  "paths": {}
}
`,
      errors: [{ file: 'swagger.json', pointer: '/securityDefinitions/basic', line: 4, column: 28 }],
    },
    {
      name: 'an internal listing relaxes it to warn',
      contract: BASIC_30,
      files: { 'listing.yaml': LISTING('internal') },
      errors: [{ pointer: '/components/securitySchemes/basicAuth', line: 7, column: 5, severity: 'warn' }],
    },
    {
      name: 'a partner listing keeps it an error',
      contract: BASIC_30,
      files: { 'listing.yaml': LISTING('partner').replace('audience: partner', 'audience: partner\n  partners: [acme]') },
      errors: [{ pointer: '/components/securitySchemes/basicAuth', line: 7, column: 5, severity: 'error' }],
    },
  ],
});
