import { describe, expect, it } from 'vitest';
import { lintCase } from '../helpers/rule-tester.js';

/** Two contracts of one repository that `$ref` the same shared schema file. */
function contract(title: string): string {
  return `openapi: 3.0.3
info:
  title: ${title}
  version: 1.0.0
servers:
  - url: https://api.example.com
paths: {}
components:
  schemas:
    Customer:
      $ref: '../shared/customer.yaml'
`;
}

const SHARED = `type: object
properties:
  id:
    type: string
  phoneNumber:
    type: string
`;

const internalListing = (name: string) => `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: ${name}
  title: ${name}
spec:
  contract: ./openapi.yaml
  owner: team-a
  audience: internal
  riskClass: low
  lifecycle: ga
  auth:
    model: none
  dataClassification:
    pii: true
    categories: [contact]
  threatModel:
    url: https://security.example.com/tm/${name}
    reviewed: 2026-09-01
  incidentContacts:
    - name: on-call
      email: oncall@example.com
`;

describe('a finding in a file shared by several contracts', () => {
  it('is reported once, not once per contract that $refs it', async () => {
    const findings = await lintCase({ name: 'two public contracts', files: { 'shared/customer.yaml': SHARED, 'billing/openapi.yaml': contract('Billing'), 'crm/openapi.yaml': contract('CRM') } });
    const pii = findings.filter((finding) => finding.ruleId === 'pii-classification');
    expect(pii.map((finding) => `${finding.file}#${finding.pointer} @${finding.range.start.line} ${finding.severity}`)).toEqual(['shared/customer.yaml#/properties/phoneNumber @5 error']);
  });

  it('keeps the strictest severity when the contracts have different audiences', async () => {
    const findings = await lintCase({
      name: 'a public and an internal contract',
      files: { 'shared/customer.yaml': SHARED, 'billing/openapi.yaml': contract('Billing'), 'crm/openapi.yaml': contract('CRM'), 'crm/listing.yaml': internalListing('crm') },
    });
    const pii = findings.filter((finding) => finding.ruleId === 'pii-classification');
    expect(pii.map((finding) => `${finding.file}#${finding.pointer} ${finding.severity}`)).toEqual(['shared/customer.yaml#/properties/phoneNumber error']);
  });
});
