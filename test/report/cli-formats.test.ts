import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSarifSchema, sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

const BROKEN = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order'
`;

/** Only the structure rules: this test is about the formats, not about which rules exist. */
const STRUCTURE_ONLY = `extends: [[publish-gate:recommended, 'off']]
rules:
  structure-ref: error
`;

describe('publish-gate lint --format sarif|junit|markdown|github', () => {
  it('writes each format, to stdout or paired --output files, with the gate exit code', async () => {
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': BROKEN, 'structure-only.yaml': STRUCTURE_ONLY });
    const result = await runCli(
      ['lint', '--ruleset', 'structure-only.yaml', '--format', 'sarif', '--output', 'out/gate.sarif', '--format', 'junit', '--output', 'out/junit.xml', '--format', 'markdown', '--output', 'out/summary.md', '--format', 'github'],
      cwd,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');

    expect(result.stdout).toMatch(/^::error file=apis\/orders\/openapi\.yaml,line=19,col=\d+,.*title=structure-ref \[structure\]::\$ref "#\/components\/schemas\/Order"/);
    expect(result.stdout).toMatch(/\npublish-gate failed: 1 error\(s\), 0 warning\(s\), 0 info, 0 hint\(s\), 0 waived in 1 file\(s\)\n$/);

    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out/gate.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'structure-ref',
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: { uri: 'apis/orders/openapi.yaml', uriBaseId: '%SRCROOT%' } }) })],
      }),
    ]);
    if (hasSarifSchema) expect(sarifSchemaErrors(sarif)).toEqual([]);

    const junit = readFileSync(path.join(cwd, 'out/junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="apis/orders/openapi.yaml" tests="1" failures="1" errors="0" skipped="0">');

    const markdown = readFileSync(path.join(cwd, 'out/summary.md'), 'utf8');
    expect(markdown).toContain('## ❌ publish-gate failed');
    expect(markdown).toContain('[apis/orders/openapi.yaml:19:');
  });

  it('is byte-stable for the same input', async () => {
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': BROKEN });
    for (const format of ['sarif', 'junit', 'markdown', 'github']) {
      const a = await runCli(['lint', '--format', format, '--now', '2026-11-20'], cwd);
      const b = await runCli(['lint', '--format', format, '--now', '2026-11-20'], cwd);
      expect(a.stdout, format).toBe(b.stdout);
      expect(a.stdout.length, format).toBeGreaterThan(50);
    }
  });

  it('junit reports findings as passing test cases with --fail-on none', async () => {
    const cwd = makeRepo({ 'apis/orders/openapi.yaml': BROKEN });
    const result = await runCli(['lint', '--format', 'junit', '--fail-on', 'none'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('failures="0"');
    expect(result.stdout).toContain('<system-out>');
  });
});
