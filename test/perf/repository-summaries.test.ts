import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/load/source-file.js';
import type { ContractSummary } from '../../src/model/contract-summary.js';
import type { Listing } from '../../src/model/listing.js';
import rule from '../../src/rules/inventory-unlisted-contract.js';
import type { RepositoryContext, RuleReport } from '../../src/rules/rule.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

interface JsonReport {
  findings: Array<{ ruleId: string; file: string; pointer: string; range: { start: { line: number; column: number } } }>;
}

const NOW = ['--now', '2026-11-23'];

function contract(name: string, schema: string, padding = 0): string {
  return `openapi: 3.0.3
info:
  title: ${name} API
  version: 1.0.0
  description: ${'The ' + name + ' API. '.repeat(1 + padding)}
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
          content:
            application/json:
              schema:
${schema}
`;
}

function listing(name: string): string {
  return `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: ${name}
spec:
  contract: ./openapi.yaml
  audience: public
`;
}

const inline = '                type: object\n                properties:\n                  id:\n                    type: string';

/**
 * A repository where one listed contract (billing, small: a worker lints it under --jobs 2) `$ref`s a
 * shared components file that has its own `openapi:` header, a large listed contract (the main thread's
 * share) does not, and one contract (legacy) has no listing.
 */
function repository(): Record<string, string> {
  return {
    'shared/components.yaml': `openapi: 3.0.3
info:
  title: Shared components
  version: 1.0.0
paths: {}
components:
  schemas:
    Money:
      type: object
      properties:
        amount:
          type: string
`,
    'apis/catalog/openapi.yaml': contract('catalog', inline, 400),
    'apis/catalog/listing.yaml': listing('catalog'),
    'apis/billing/openapi.yaml': contract('billing', "                $ref: '../../shared/components.yaml#/components/schemas/Money'"),
    'apis/billing/listing.yaml': listing('billing'),
    'apis/orders/openapi.yaml': contract('orders', inline),
    'apis/orders/listing.yaml': listing('orders'),
    'apis/legacy/openapi.yaml': contract('legacy', inline),
  };
}

describe('repository rules on contract summaries', () => {
  it('reports the same unlisted contracts with --jobs 1, --jobs 2 and two shards merged, and not the shared file a listed contract $refs', async () => {
    const cwd = makeRepo(repository());
    const one = await runCli(['lint', '--jobs', '1', '--format', 'json', ...NOW], cwd);
    expect(one.stderr).toBe('');
    const report = JSON.parse(one.stdout) as JsonReport;
    const unlisted = report.findings.filter((finding) => finding.ruleId === 'inventory-unlisted-contract');
    expect(unlisted.map((finding) => [finding.file, finding.pointer, finding.range.start.line, finding.range.start.column])).toEqual([
      ['apis/legacy/openapi.yaml', '', 1, 1],
    ]);

    const two = await runCli(['lint', '--jobs', '2', '--format', 'json', ...NOW], cwd);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);

    const shards: string[] = [];
    for (const index of [1, 2]) {
      const out = `shard-${index}.json`;
      const shard = await runCli(['lint', '--shard', `${index}/2`, '--jobs', '2', '--format', 'json', '--output', out, ...NOW], cwd);
      expect(shard.stderr).toBe('');
      JSON.parse(readFileSync(path.join(cwd, out), 'utf8'));
      shards.push(out);
    }
    const merged = await runCli(['merge', ...shards, '--format', 'json'], cwd);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(one.stdout);
  });

  it('inventory-unlisted-contract asks for no referenced files (no indexing) when every contract is listed', () => {
    const reports: RuleReport[] = [];
    const summary = (absPath: string): ContractSummary => ({
      absPath,
      relPath: path.basename(absPath),
      root: () => {
        throw new Error(`${absPath} was located`);
      },
      referencedFiles: () => {
        throw new Error(`${absPath} was indexed`);
      },
    });
    const listings = [{ contractPath: '/repo/a.yaml' }, { contractPath: '/repo/b.yaml' }] as Listing[];
    const context = { contracts: [summary('/repo/a.yaml'), summary('/repo/b.yaml')], listings, knownListings: listings, report: (report: RuleReport) => reports.push(report) };
    rule.check(context as unknown as RepositoryContext);
    expect(reports).toEqual([]);
  });

  it('inventory-unlisted-contract locates only the unlisted contract it reports on', () => {
    const reports: RuleReport[] = [];
    const loaded: string[] = [];
    const summary = (absPath: string, referenced: string[]): ContractSummary => ({
      absPath,
      relPath: path.basename(absPath),
      root: () => {
        loaded.push(absPath);
        return { file: { absPath, relPath: path.basename(absPath) } as SourceFile, path: [] };
      },
      referencedFiles: () => referenced,
    });
    const listings = [{ contractPath: '/repo/a.yaml' }] as Listing[];
    const contracts = [summary('/repo/a.yaml', ['/repo/shared.yaml']), summary('/repo/shared.yaml', []), summary('/repo/c.yaml', [])];
    rule.check({ contracts, listings, knownListings: listings, report: (report: RuleReport) => reports.push(report) } as unknown as RepositoryContext);
    expect(reports.map((report) => report.message)).toEqual(['c.yaml is not listed: no listing manifest points at it (checked as public)']);
    expect(loaded).toEqual(['/repo/c.yaml']);
  });
});
