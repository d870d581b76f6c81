import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the Action bundle', () => {
  it('dist/ holds exactly what `npm run build:action` builds from the current sources (run it and commit dist/ when this fails)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'publish-gate-bundle-'));
    try {
      const outdir = path.join(dir, 'dist');
      execFileSync(process.execPath, [path.join(root, 'scripts/build-action.mjs'), '--outdir', outdir], { cwd: root, stdio: 'pipe' });
      const built = readdirSync(outdir).sort();
      const committed = readdirSync(path.join(root, 'dist')).sort();
      // The entry points, package.json and the chunks they import, nothing more (a stale chunk is an extra file).
      expect(built).toEqual(expect.arrayContaining(['index.js', 'worker.js', 'package.json']));
      expect(committed, 'dist/ has missing or extra files: run `npm run build:action`').toEqual(built);
      for (const name of built) {
        const fresh = readFileSync(path.join(outdir, name));
        const current = readFileSync(path.join(root, 'dist', name));
        expect(current.length, `dist/${name} is stale: run \`npm run build:action\``).toBe(fresh.length);
        expect(current.equals(fresh), `dist/${name} is stale: run \`npm run build:action\``).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no file of dist/ is ignored by git (the runner gets only what is committed)', (context) => {
    try {
      execFileSync('git', ['rev-parse', '--git-dir'], { cwd: root, stdio: 'pipe' });
    } catch {
      context.skip();
    }
    const names = readdirSync(path.join(root, 'dist')).map((name) => `dist/${name}`);
    // Exit status 1: none of them is ignored; 0: the ignored ones are printed.
    const check = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, input: names.join('\n'), encoding: 'utf8' });
    expect(check.stdout.trim()).toBe('');
    expect(check.status, check.stderr).toBe(1);
  });

  it('action.yml runs dist/index.js on a supported Node and declares the documented inputs and outputs', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    expect(['node20', 'node24']).toContain(action.runs.using);
    expect(action.runs.main).toBe('dist/index.js');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'rulesets', 'exceptions', 'fail-on', 'policy-from', 'sarif-file', 'comment', 'github-token', 'now', 'jobs']);
    expect(action.inputs['sarif-file'].default).toBe('publish-gate.sarif');
    expect(action.inputs.comment.default).toBe('true');
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['result', 'errors', 'warnings', 'waived', 'sarif-file', 'report-json']));
    expect(JSON.parse(readFileSync(path.join(root, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});
