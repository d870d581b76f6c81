import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/engine/parallel.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

describe('the shared work queue of --jobs', () => {
  it('hands out every group exactly once, largest first, across views of one queue', () => {
    const groups = [
      { key: '/r/a.yaml', files: ['/r/a.yaml'], bytes: 10 },
      { key: '/r/b.yaml', files: ['/r/b.yaml', '/r/b-listing.yaml'], bytes: 300 },
      { key: '/r/c.yaml', files: ['/r/c.yaml'], bytes: 10 },
      { key: '/r/d.yaml', files: ['/r/d.yaml'], bytes: 50 },
    ];
    const main = WorkQueue.of(groups);
    const worker = WorkQueue.attach(main.shared());
    const taken = [main.take(), worker.take(), worker.take(), main.take(), main.take(), worker.take()];
    expect(taken).toEqual([['/r/b.yaml', '/r/b-listing.yaml'], ['/r/d.yaml'], ['/r/a.yaml'], ['/r/c.yaml'], undefined, undefined]);
  });
});

/** Contracts that all reach one shared file with a defect in it: it is released after the first contract and read again. */
function repository(): Record<string, string> {
  const files: Record<string, string> = {
    'shared/customer.yaml': `Customer:
  type: object
  properties:
    id:
      type: string
    email:
      type: string
      format: email
`,
  };
  for (const name of ['accounts', 'billing', 'orders', 'shipping', 'support']) {
    files[`apis/${name}/openapi.yaml`] = `openapi: 3.0.3
info:
  title: ${name} API
  version: 1.0.0
servers:
  - url: https://api.example.com/${name}
paths:
  /customers/{id}:
    get:
      operationId: get-${name}-customer
      summary: One customer
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The customer.
          content:
            application/json:
              schema:
                $ref: '../../shared/customer.yaml#/Customer'
`;
  }
  return files;
}

describe('one contract at a time', () => {
  it('reports a defect in a file every contract reaches once, at its line, whatever the number of threads', async () => {
    const cwd = makeRepo(repository());
    const runs = await Promise.all(['1', '2', '3'].map((jobs) => runCli(['lint', '--jobs', jobs, '--format', 'json', '--now', '2026-11-23'], cwd)));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(runs[0].stdout);
    }
    const report = JSON.parse(runs[0].stdout) as { summary: { files: number }; findings: Array<{ ruleId: string; file: string; pointer: string; range: { start: { line: number; column: number } } }> };
    expect(report.summary.files).toBe(5);
    const shared = report.findings.filter((finding) => finding.file === 'shared/customer.yaml');
    expect(shared.map((finding) => [finding.ruleId, finding.pointer, finding.range.start.line, finding.range.start.column])).toEqual([
      ['pii-classification', '/Customer/properties/email', 6, 5],
    ]);
    expect(report.findings.filter((finding) => finding.ruleId === 'auth-operation-security').map((finding) => finding.file)).toEqual([
      'apis/accounts/openapi.yaml',
      'apis/billing/openapi.yaml',
      'apis/orders/openapi.yaml',
      'apis/shipping/openapi.yaml',
      'apis/support/openapi.yaml',
    ]);
  });
});
