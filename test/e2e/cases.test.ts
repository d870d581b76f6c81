import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/workspace.js';

/**
 * End-to-end cases: each folder under cases/ holds `repo/` (a repository), `case.json`
 * (`{ "args": [...], "exit": N }`, run with `repo/` as the working directory) and `expected.out`
 * (stdout, byte for byte). `UPDATE_EXPECTED=1 npx vitest run test/e2e` rewrites the expected output.
 */
const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

describe('end-to-end cases', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    if (!existsSync(path.join(dir, 'case.json'))) continue;
    it(name, async () => {
      const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { args: string[]; exit: number; env?: Record<string, string> };
      const result = await runCli(spec.args, path.join(dir, 'repo'), spec.env ?? {});
      const expectedFile = path.join(dir, 'expected.out');
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedFile, result.stdout);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
      expect(result.code).toBe(spec.exit);
    });
  }
});
