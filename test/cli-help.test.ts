import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from './helpers/workspace.js';

describe('--help on every command', () => {
  it('prints the usage and exits 0 (rules, exceptions and merge used to reject it with exit 2)', async () => {
    const cwd = makeRepo({});
    for (const command of ['lint', 'rules', 'exceptions', 'merge', 'init']) {
      for (const flag of ['--help', '-h']) {
        const result = await runCli([command, flag], cwd);
        expect(result.code, `${command} ${flag}`).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('publish-gate exceptions [--format stylish|json]');
      }
    }
  });
});
