import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateListing } from '../src/model/listing-schema.js';
import { makeRepo, runCli } from './helpers/workspace.js';
import { CONTRACT as LISTING_FIXTURE_CONTRACT, edit } from './rules/listing-fixtures.js';

/** The listing tests' contract, made clean for every contract rule: rate-limited responses documented. */
const CONTRACT = edit(
  LISTING_FIXTURE_CONTRACT,
  [
    `        '200':
          description: The orders.`,
    `        '200':
          description: The orders.
        '429':
          $ref: '#/components/responses/TooManyRequests'`,
  ],
  [
    `        '201':
          description: Created.`,
    `        '201':
          description: Created.
        '429':
          $ref: '#/components/responses/TooManyRequests'`,
  ],
  [
    `components:
`,
    `components:
  responses:
    TooManyRequests:
      description: Too many requests.
      headers:
        Retry-After:
          schema:
            type: integer
        RateLimit-Policy:
          schema:
            type: string
`,
  ],
);

const NOW = '2026-11-23';

interface JsonFinding {
  ruleId: string;
  control: string;
  severity: string;
  file: string;
  pointer: string;
  message: string;
}

function valueAtPointer(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of pointer.split('/').slice(1)) current = (current as Record<string, unknown>)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return current;
}

function containsTodo(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('TODO');
  if (Array.isArray(value)) return value.some(containsTodo);
  if (value && typeof value === 'object') return Object.values(value).some(containsTodo);
  return false;
}

describe('publish-gate init', () => {
  it('scaffolds config, exceptions and a schema-valid listing whose only findings are its TODO items', async () => {
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': CONTRACT });
    const result = await runCli(['init', 'apis/orders/openapi.yaml'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created .publish-gate.yaml\ncreated .publish-gate.exceptions.yaml\ncreated apis/orders/listing.yaml\n');

    expect(parse(readFileSync(path.join(cwd, '.publish-gate.exceptions.yaml'), 'utf8'))).toEqual({ apiVersion: 'publish-gate/v1', kind: 'ExceptionList', exceptions: [] });
    const listingText = readFileSync(path.join(cwd, 'apis/orders/listing.yaml'), 'utf8');
    const listing = parse(listingText);
    expect(validateListing(listing)).toEqual([]);
    // Filled from the contract: info, servers, security schemes and scopes.
    expect(listing.metadata).toMatchObject({ name: 'orders-api', title: 'Orders API', version: '1.0.0' });
    expect(listing.spec).toMatchObject({ contract: './openapi.yaml', servers: ['https://api.example.com/orders'], auth: { model: 'oauth2', scopes: ['orders:read', 'orders:write'] } });
    // Never invented: audience, threat model, contacts, rate-limit numbers.
    for (const key of ['owner', 'audience', 'riskClass', 'lifecycle']) expect(listing.spec[key], key).toMatch(/^TODO/);
    expect(containsTodo(listing.spec.threatModel) && containsTodo(listing.spec.incidentContacts) && containsTodo(listing.spec.rateLimit)).toBe(true);

    const lint = await runCli(['lint', '--format', 'json', '--now', NOW], cwd);
    expect(lint.code).toBe(1);
    const findings = JSON.parse(lint.stdout).findings as JsonFinding[];
    expect(findings.filter((finding) => finding.control === 'structure')).toEqual([]);
    for (const finding of findings) {
      expect(finding.file, finding.message).toBe('apis/orders/listing.yaml');
      expect(containsTodo(valueAtPointer(listing, finding.pointer)), `${finding.ruleId} at ${finding.pointer}: ${finding.message}`).toBe(true);
    }
    expect([...new Set(findings.map((finding) => finding.control))].sort()).toEqual(['inventory', 'ownership', 'pii', 'rate-limit', 'threat-model']);

    // Filling in the TODOs is all it takes to pass.
    const filled = listingText
      .replace(/owner: "TODO[^"]*"/, 'owner: team-orders')
      .replace(/audience: "TODO[^"]*"/, 'audience: partner\n  partners: [acme]')
      .replace(/riskClass: "TODO[^"]*"/, 'riskClass: medium')
      .replace(/lifecycle: "TODO[^"]*"/, 'lifecycle: ga')
      .replace(/pii: "TODO[^"]*"/, 'pii: false')
      .replace(/limit: "TODO[^"]*"/, 'limit: 100')
      .replace(/window: "TODO[^"]*"/, 'window: 1m')
      .replace(/scope: "TODO[^"]*"/, 'scope: app')
      .replace(/url: "TODO[^"]*"/, 'url: https://security.example.com/tm/orders')
      .replace(/reviewed: "TODO[^"]*"/, 'reviewed: 2026-10-01')
      .replace(/name: "TODO: on-call[^"]*"/, 'name: Orders on-call')
      .replace(/email: "TODO[^"]*"/, 'email: orders-oncall@example.com');
    expect(filled).not.toContain('TODO:');
    writeFileSync(path.join(cwd, 'apis/orders/listing.yaml'), filled);
    const after = await runCli(['lint', '--format', 'json', '--now', NOW], cwd);
    expect(JSON.parse(after.stdout).findings).toEqual([]);
    expect(after.code).toBe(0);
  });

  it('never overwrites an existing file, and says so', async () => {
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, '.publish-gate.yaml': 'failOn: warn\n', 'listing.yaml': '# mine\n' });
    const result = await runCli(['init'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created .publish-gate.exceptions.yaml\n');
    expect(result.stdout).toContain('kept .publish-gate.yaml: it already exists and was not overwritten\n');
    expect(result.stdout).toContain('kept listing.yaml: it already exists and was not overwritten\n');
    expect(readFileSync(path.join(cwd, '.publish-gate.yaml'), 'utf8')).toBe('failOn: warn\n');
    expect(readFileSync(path.join(cwd, 'listing.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('fills an apiKey model from a Swagger 2.0 contract and leaves the model TODO when the contract has no scheme', async () => {
    const swagger = 'swagger: "2.0"\ninfo:\n  title: Ledger\n  version: "2"\nhost: ledger.example.com\nbasePath: /v2\nschemes: [https]\nsecurityDefinitions:\n  key:\n    type: apiKey\n    in: header\n    name: X-Key\nsecurity:\n  - key: []\npaths: {}\n';
    const cwd = makeRepo({ 'ledger/swagger.yaml': swagger, 'open/openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: Open Data\n  version: 1.0.0\npaths: {}\n' });
    expect((await runCli(['init', 'ledger/swagger.yaml'], cwd)).code).toBe(0);
    const ledger = parse(readFileSync(path.join(cwd, 'ledger/listing.yaml'), 'utf8'));
    expect(ledger.spec).toMatchObject({ contract: './swagger.yaml', servers: ['https://ledger.example.com/v2'], auth: { model: 'apiKey' } });
    expect((await runCli(['init', 'open/openapi.yaml'], cwd)).code).toBe(0);
    const open = parse(readFileSync(path.join(cwd, 'open/listing.yaml'), 'utf8'));
    expect(open.spec.auth.model).toMatch(/^TODO/);
    expect(validateListing(open)).toEqual([]);
  });

  it('exit 2 for a missing contract, a file that is not OpenAPI, several candidates or a path outside', async () => {
    const cwd = makeRepo({ 'a/openapi.yaml': CONTRACT, 'b/openapi.yaml': CONTRACT, 'notes.yaml': 'title: notes\n' });
    expect((await runCli(['init', '--help'], cwd)).stdout).toContain('publish-gate init [CONTRACT]');
    for (const args of [['init', 'nope.yaml'], ['init', 'notes.yaml'], ['init'], ['init', '../outside.yaml'], ['init', 'a/openapi.yaml', 'b/openapi.yaml'], ['init', '--force']]) {
      const result = await runCli(args, cwd);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
    }
  });
});
