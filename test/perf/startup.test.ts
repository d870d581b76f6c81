import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/workspace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Every process (and every --jobs worker) pays for what the CLI imports: the JSON Schema validators are
// precompiled (no ajv compiler), and the yaml package (tab-indentation check, init) loads only when needed.
const probe = `
import { createRequire } from 'node:module';
const { run } = await import(${JSON.stringify(path.join(root, 'lib/cli/main.js'))});
const out = [];
const code = await run(process.argv.slice(1), { cwd: process.cwd(), env: {}, stdout: { write: (text) => out.push(text) }, stderr: { write: (text) => out.push(text) } });
const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => file.split('node_modules/').pop());
process.stdout.write(JSON.stringify({ code, loaded, stdout: out.join('') }));
`;

function loadedModules(cwd: string, args: string[]): { code: number; loaded: string[]; stdout: string } {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], { cwd, encoding: 'utf8' }));
}

const contract = `openapi: 3.0.3
info: {title: Orders, version: 1.0.0}
paths:
  /orders:
    get:
      responses:
        '200': {description: The orders.}
`;

describe('start-up imports', () => {
  it('a contract without config, exceptions or listings loads neither ajv nor the yaml package', () => {
    const cwd = makeRepo({ 'orders.yaml': contract });
    const { code, loaded } = loadedModules(cwd, ['lint', 'orders.yaml', '--format', 'json', '--fail-on', 'none']);
    expect(code).toBe(0);
    expect(loaded.some((file) => file.startsWith('@stoplight/yaml-ast-parser/'))).toBe(true);
    expect(loaded.filter((file) => file.startsWith('ajv/') && !file.startsWith('ajv/dist/runtime/'))).toEqual([]);
    expect(loaded.filter((file) => file.startsWith('yaml/'))).toEqual([]);
  });

  it('a config, an exceptions file and a listing are validated by precompiled code (no ajv compiler); tab indentation still loads the yaml package', () => {
    const cwd = makeRepo({
      '.publish-gate.yaml': 'rulesets: [publish-gate:recommended]\n',
      '.publish-gate.exceptions.yaml': 'apiVersion: publish-gate/v1\nkind: ExceptionList\nexceptions: []\n',
      'orders.yaml': contract,
      'listing.yaml': 'apiVersion: publish-gate/v1\nkind: ApiListing\nmetadata:\n  name: orders\nspec:\n  contract: orders.yaml\n  colour: blue\n',
      'tabs.yaml': 'openapi: 3.0.3\ninfo:\n\ttitle: Tabs\n',
    });
    const { loaded, stdout } = loadedModules(cwd, ['lint', '--format', 'json', '--fail-on', 'none']);
    const findings = (JSON.parse(stdout) as { findings: Array<{ ruleId: string; file: string; pointer: string }> }).findings;
    // The listing was validated against its schema: the unknown field is a finding.
    const schemaFindings = findings.filter((finding) => finding.file === 'listing.yaml' && finding.ruleId === 'structure-listing-schema');
    expect(schemaFindings.map((finding) => finding.pointer)).toContain('/spec/colour');
    expect(loaded.filter((file) => file.startsWith('ajv/') && !file.startsWith('ajv/dist/runtime/'))).toEqual([]);
    expect(loaded).toContain('yaml/dist/index.js');
  });
});
