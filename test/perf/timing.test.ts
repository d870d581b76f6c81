import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

function contract(name: string): string {
  return `openapi: 3.0.3
info:
  title: ${name} API
  version: 1.0.0
servers:
  - url: https://api.example.com/${name}
paths:
  /${name}:
    get:
      operationId: list-${name}
      summary: List ${name}
      responses:
        '200':
          description: The ${name}.
`;
}

describe('--timing', () => {
  it('prints per-rule and per-stage times on stderr, over all threads, and leaves the report as it was', async () => {
    const cwd = makeRepo({
      'apis/orders/openapi.yaml': contract('orders'),
      'apis/orders/listing.yaml': 'apiVersion: publish-gate/v1\nkind: ApiListing\nmetadata:\n  name: orders\nspec:\n  contract: ./openapi.yaml\n  audience: public\n',
      'apis/invoices/openapi.yaml': contract('invoices'),
    });
    const plain = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    for (const jobs of ['1', '2']) {
      const timed = await runCli(['lint', '--timing', '--jobs', jobs, '--format', 'json', '--now', '2026-11-23'], cwd);
      expect(timed.code).toBe(plain.code);
      expect(timed.stdout).toBe(plain.stdout);
      const lines = timed.stderr.trim().split('\n');
      expect(lines[0]).toBe('publish-gate timing (milliseconds, added up over all threads):');
      expect(lines[1]).toMatch(/^rule or stage +time \(ms\) +share$/);
      const names = lines.slice(2).map((line) => line.split(/ +/)[0]);
      for (const name of ['auth-operation-security', 'structure-listing-schema', 'inventory-unlisted-contract', '(read', '(write', 'total']) expect(names).toContain(name);
      const times = lines.slice(2, -1).map((line) => Number(line.trim().split(/ +/).at(-2)));
      expect(times.every((time) => Number.isFinite(time) && time >= 0)).toBe(true);
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    }
    expect(plain.stderr).toBe('');
  });
});
