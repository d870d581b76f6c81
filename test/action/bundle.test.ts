import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the Action bundle', () => {
  it('dist/index.js is what `npm run build:action` builds from the current sources (run it and commit dist/ when this fails)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'publish-gate-bundle-'));
    try {
      const outfile = path.join(dir, 'index.js');
      execFileSync(process.execPath, [path.join(root, 'scripts/build-action.mjs'), '--outfile', outfile], { cwd: root, stdio: 'pipe' });
      const fresh = readFileSync(outfile);
      const committed = readFileSync(path.join(root, 'dist/index.js'));
      expect(fresh.length, 'dist/index.js is stale: run `npm run build:action`').toBe(committed.length);
      expect(fresh.equals(committed), 'dist/index.js is stale: run `npm run build:action`').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('action.yml runs dist/index.js on a supported Node and declares the documented inputs and outputs', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    expect(['node20', 'node24']).toContain(action.runs.using);
    expect(action.runs.main).toBe('dist/index.js');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'rulesets', 'exceptions', 'fail-on', 'policy-from', 'sarif-file', 'comment', 'github-token', 'now']);
    expect(action.inputs['sarif-file'].default).toBe('publish-gate.sarif');
    expect(action.inputs.comment.default).toBe('true');
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['result', 'errors', 'warnings', 'waived', 'sarif-file', 'report-json']));
    expect(JSON.parse(readFileSync(path.join(root, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});
