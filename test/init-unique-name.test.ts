import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from './helpers/workspace.js';
import { CONTRACT } from './rules/listing-fixtures.js';

describe('init in a repository that already lists an API of the same title', () => {
  it('gives the new listing a name no other listing uses, so the only findings are its TODO items', async () => {
    const cwd = makeRepo({ 'v1/openapi.yaml': CONTRACT, 'v2/openapi.yaml': CONTRACT });
    expect((await runCli(['init', 'v1/openapi.yaml'], cwd)).code).toBe(0);
    expect((await runCli(['init', 'v2/openapi.yaml'], cwd)).code).toBe(0);
    const names = ['v1', 'v2'].map((dir) => parse(readFileSync(path.join(cwd, dir, 'listing.yaml'), 'utf8')).metadata.name);
    expect(names).toEqual(['orders-api', 'orders-api-2']);
    const lint = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    const findings = JSON.parse(lint.stdout).findings as Array<{ ruleId: string; file: string }>;
    expect(findings.filter((finding) => finding.ruleId === 'inventory-listing-name-unique')).toEqual([]);
  });
});
