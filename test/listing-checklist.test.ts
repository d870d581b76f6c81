import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/workspace.js';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'e2e/cases/listing-checklist/repo');

interface JsonFinding {
  file: string;
  ruleId: string;
  control: string;
  severity: string;
  message: string;
}

describe('listing checklist over a repository of every audience, with the default ruleset', () => {
  it('clean listings of every audience produce no error or warn; each gap has its own control', async () => {
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], repo);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as JsonFinding[];
    for (const clean of ['apis/orders/listing.yaml', 'apis/payments/listing.yaml', 'apis/people/listing.yaml']) {
      expect(findings.filter((finding) => finding.file === clean && ['error', 'warn'].includes(finding.severity)).map((finding) => finding.message), clean).toEqual([]);
    }
    const controlsOf = (file: string) => [...new Set(findings.filter((finding) => finding.file === file).map((finding) => finding.control))].sort();
    expect(controlsOf('apis/search/listing.yaml')).toEqual(['auth', 'inventory', 'rate-limit', 'threat-model']);
    expect(controlsOf('apis/loyalty/listing.yaml')).toEqual(['auth', 'inventory', 'ownership', 'pii', 'rate-limit']);
    expect(controlsOf('apis/legacy/listing.yaml')).toEqual(['deprecation', 'threat-model']);
    expect(controlsOf('apis/tools/listing.yaml')).toEqual(['inventory', 'ownership', 'structure']);
  });
});
