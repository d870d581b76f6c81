import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

// One built-in rule is replaced by a copy whose check throws, on demand, an error quoting a contract value.
const state = vi.hoisted(() => ({ crash: false }));
vi.mock('../../src/rules/structure-openapi-schema.js', async (importOriginal) => {
  const original = ((await importOriginal()) as { default: { check: (context: unknown) => void } }).default;
  return {
    default: {
      ...original,
      check(context: { contract: { root: { value: { info?: { 'x-token'?: string } } } } }) {
        if (state.crash) throw new TypeError(`cannot read token ${context.contract.root.value.info?.['x-token']}\n    at secondLine`);
        original.check(context);
      },
    },
  };
});
vi.mock('../../src/engine/spectral-runner.js', async (importOriginal) => {
  const original = (await importOriginal()) as Record<string, unknown>;
  return {
    ...original,
    runForeignRules: async (...args: unknown[]) => {
      if (state.crash) throw new Error('spectral exploded');
      return (original.runForeignRules as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  };
});

afterEach(() => {
  state.crash = false;
  delete process.env.DEBUG;
  vi.restoreAllMocks();
});

const TOKEN = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const CONTRACT = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  x-token: ${TOKEN}
paths:
  /orders:
    get:
      responses:
        '200':
          $ref: '#/components/responses/Missing'
`;

interface JsonFinding {
  ruleId: string;
  control: string;
  severity: string;
  file: string;
  message: string;
}

describe('crash safety', () => {
  it('a rule that throws becomes an error finding (structure-rule-crash) naming the rule and the file; the other rules still run; the gate fails', async () => {
    const cwd = makeRepo({ 'apis/openapi.yaml': CONTRACT, 'apis/b.yaml': CONTRACT.replace('Orders API', 'B API') });
    const clean = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', '--fail-on', 'none'], cwd);
    expect(clean.code).toBe(0);
    state.crash = true;
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.result).toBe('fail');
    const findings: JsonFinding[] = report.findings;
    const crashes = findings.filter((finding) => finding.ruleId === 'structure-rule-crash');
    expect(crashes.map((finding) => [finding.file, finding.control, finding.severity])).toEqual([
      ['apis/b.yaml', 'structure', 'error'],
      ['apis/openapi.yaml', 'structure', 'error'],
    ]);
    expect(crashes[0].message).toMatch(/^rule structure-openapi-schema failed on apis\/b\.yaml: cannot read token sk_l…\(32 chars\)$/);
    // The other rules ran on both files.
    expect(findings.filter((finding) => finding.ruleId === 'structure-ref').map((finding) => finding.file)).toEqual(['apis/b.yaml', 'apis/openapi.yaml']);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('the crash cannot be turned into a pass by the other rules passing: one clean contract, one crash, still exit 1', async () => {
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT.replace(/paths:[\s\S]*$/, 'paths: {}\n') });
    state.crash = true;
    const result = await runCli(['lint', '--format', 'stylish', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/rule structure-openapi-schema failed on openapi\.yaml/);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('Spectral (user rulesets) throwing becomes a crash finding too, and DEBUG stack traces mask contract values', async () => {
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, 'ruleset.yaml': 'extends: [publish-gate:recommended, spectral:oas]\n' });
    state.crash = true;
    process.env.DEBUG = 'publish-gate';
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    const result = await runCli(['lint', '--ruleset', 'ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], cwd, { DEBUG: 'publish-gate' });
    expect(result.code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(result.stdout).findings;
    expect(findings.filter((finding) => finding.ruleId === 'structure-rule-crash').map((finding) => finding.message).sort()).toEqual([
      'rule spectral failed on openapi.yaml: spectral exploded',
      'rule structure-openapi-schema failed on openapi.yaml: cannot read token sk_l…(32 chars)',
    ]);
    expect(stderr).toMatch(/TypeError: cannot read token sk_l…\(32 chars\)/);
    expect(stderr).toMatch(/spectral exploded/);
    expect(stderr + result.stdout + result.stderr).not.toContain(TOKEN);
  });
});
