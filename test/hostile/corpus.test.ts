import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

// Real public contracts (read-only, never copied into the repository). GitHub's has `$ref`s inside example
// values that Spectral and swagger-parser try to download.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = [path.resolve(root, '../shared/corpus'), path.resolve(root, '../../shared/corpus')].find((candidate) => existsSync(candidate));
if (!corpus) console.warn('test/hostile/corpus.test.ts: ../shared/corpus is absent: the real-contract network checks are skipped');

// Every TCP connection made in this process goes through net.Socket#connect (fetch/undici included).
let attempts: string[] = [];
beforeAll(async () => {
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    attempts.push(JSON.stringify(args[0]));
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  // The spy sees a fetch: without this, "no attempts" below would prove nothing.
  await fetch('http://127.0.0.1:59999/').catch(() => undefined);
  expect(attempts.length).toBeGreaterThan(0);
  attempts = [];
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.skipIf(!corpus)('real contracts: no socket is opened', () => {
  it('GitHub (with $refs inside example values) and Stripe with the built-in rules: exit 0 or 1, no connection attempt', async () => {
    for (const name of ['github.json', 'stripe.yaml']) {
      const result = await runCli(['lint', name, '--format', 'json', '--now', '2026-11-23'], corpus!);
      expect(result.stderr, name).toBe('');
      expect([0, 1], name).toContain(result.code);
      expect(JSON.parse(result.stdout).findings.filter((finding: { ruleId: string }) => finding.ruleId === 'structure-ref'), name).toEqual([]);
    }
    expect(attempts).toEqual([]);
  });

  it('smaller contracts through Spectral (spectral:oas, its own resolver), copied to a temporary repository: no connection attempt', async () => {
    const names = ['petstore-expanded.yaml', 'uber-swagger2.yaml', 'webhook-example-31.yaml'];
    const cwd = makeRepo({
      'ruleset.yaml': 'extends: [publish-gate:recommended, spectral:oas]\n',
      ...Object.fromEntries(names.map((name) => [`apis/${name}`, readFileSync(path.join(corpus!, name))])),
    });
    const result = await runCli(['lint', 'apis', '--ruleset', 'ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout);
    expect(report.summary.files).toBe(names.length);
    expect(report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'structure-rule-crash')).toEqual([]);
    expect(attempts).toEqual([]);
  });
});
