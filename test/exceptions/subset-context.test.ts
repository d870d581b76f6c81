import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, CLEAN, entry, exceptionList, ORDERS } from './fixtures.js';

const LISTING = `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: billing
  title: Billing API
spec:
  contract: ./openapi.yaml
  owner: team-billing
  audience: internal
  riskClass: low
  lifecycle: ga
  auth:
    model: oauth2
  dataClassification:
    pii: false
  incidentContacts:
    - name: Billing on-call
      email: billing-oncall@example.com
`;

describe('unused exceptions when linting a subset', () => {
  it('a listing read only as context (outside the linted paths) does not make its exceptions unused', async () => {
    const cwd = makeRepo({
      ...baseFiles(),
      'apis/orders/openapi.yaml': ORDERS,
      'apis/billing/openapi.yaml': CLEAN,
      'apis/billing/listing.yaml': LISTING,
      '.publish-gate.exceptions.yaml': exceptionList(
        entry({ id: 'EXC-ORDERS', files: ['apis/orders/**'] }),
        entry({ id: 'EXC-BILLING', files: ['apis/billing/**'] }),
      ),
    });
    const result = await runCli(['lint', 'apis/orders', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.exceptions.map((item) => [item.id, item.status, item.matched])).toEqual([
      ['EXC-ORDERS', 'active', 1],
      ['EXC-BILLING', 'active', 0],
    ]);
    expect(report.findings.filter((finding) => finding.ruleId === 'exception-unused')).toEqual([]);

    // Linting the billing directory itself does flag it.
    const billing = JSON.parse((await runCli(['lint', 'apis/billing', '--format', 'json', '--now', '2026-11-23'], cwd)).stdout) as Report;
    expect(billing.exceptions.find((item) => item.id === 'EXC-BILLING')?.status).toBe('unused');
  });
});
