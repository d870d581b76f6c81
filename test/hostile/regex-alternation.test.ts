import { describe, expect, it } from 'vitest';
import { checkRegex } from '../../src/load/safe-regex.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

// Star height 1, yet exponential: the branches of a repeated alternation overlap, so a near-miss
// such as "aaaa…a!" can be split between them in 2^n ways. Before this check, a ruleset with
// `^([a-z]|[a-z0-9])+$` hung the gate on a contract whose title was 44 a's and a "!".
const OVERLAPPING = ['^(a|a)*$', '^([a-z]|[a-z0-9])+$', '^(\\d|\\w)+$', '^(?:a|ab)*$', '^((a|a)b)*$', '/^(A|a)+$/i', '^(a|)+$', '^(a|a){2,}$'];
const DISJOINT = ['^(GET|POST|PUT)$', '^(\\w|-)+$', '^(foo|bar)*$', '^([a-z]|[0-9])+$', '^(a|b){3}$', '/^(a|B)+$/'];

describe('repeated alternations with overlapping branches', () => {
  it('are rejected statically; disjoint or unrepeated alternations are accepted', () => {
    for (const pattern of OVERLAPPING) {
      const verdict = checkRegex(pattern);
      expect(verdict.ok, pattern).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(/repeated alternation/);
    }
    for (const pattern of DISJOINT) expect(checkRegex(pattern), pattern).toEqual({ ok: true });
  });

  it('a ruleset pattern of that shape is a ruleset error (exit 2), not a hang on a hostile contract', async () => {
    const contract = `openapi: 3.0.3\ninfo:\n  title: ${'a'.repeat(44)}!\n  version: 1.0.0\npaths: {}\n`;
    const ruleset = `extends: [publish-gate:recommended]
rules:
  title-slug:
    given: $.info
    severity: error
    then: { field: title, function: pattern, functionOptions: { match: '^([a-z]|[a-z0-9])+$' } }
`;
    const cwd = makeRepo({ 'openapi.yaml': contract, 'governance/ruleset.yaml': ruleset });
    const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^publish-gate: ruleset governance\/ruleset\.yaml:6:\d+ does not load: pattern match is rejected: .*repeated alternation/);
  });

  it('policy.ticketPattern of that shape is a config error (exit 2)', async () => {
    const cwd = makeRepo({ 'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\npaths: {}\n', '.publish-gate.yaml': `policy:\n  ticketPattern: '^(a|a)*$'\n` });
    const result = await runCli(['lint', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^publish-gate: config \.publish-gate\.yaml:2:3: policy\.ticketPattern is rejected: .*repeated alternation/);
  });
});
