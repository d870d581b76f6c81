import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

const outsideDir = mkdtempSync(path.join(os.tmpdir(), 'pg-outside-'));
afterAll(() => rmSync(outsideDir, { recursive: true, force: true }));

const CONTRACT = 'openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\npaths: {}\n';
const OUTSIDE_LIST = `apiVersion: publish-gate/v1
kind: ExceptionList
exceptions:
  - id: OUTSIDE-ghp_abcdefghijklmnopqrstuvwxyz0123456789
    controls: [inventory]
    files: ["**"]
    ticket: T-1
    owner: o
    approvedBy: a
    reason: r
    created: 2026-11-01
    expires: 2026-12-01
`;

describe('an exceptions file that is a link leading out of the working directory', () => {
  it('is not read: exit 2 naming the file, and nothing of its contents is printed', async () => {
    const target = path.join(outsideDir, 'waivers.yaml');
    writeFileSync(target, OUTSIDE_LIST);
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT });
    symlinkSync(target, path.join(cwd, '.publish-gate.exceptions.yaml'));
    for (const args of [['lint', '--format', 'json', '--now', '2026-11-23'], ['exceptions', '--now', '2026-11-23']]) {
      const result = await runCli(args, cwd);
      expect(result.code, args[0]).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('publish-gate: exceptions file .publish-gate.exceptions.yaml is not read: it is a link that leads outside the working directory\n');
    }
  });
});
