import { describe, expect, it } from 'vitest';
import { checkRegex } from '../../src/load/safe-regex.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

const CONTRACT = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  contact:
    email: orders-team@example.com
paths: {}
`;

const UNSAFE = ['(a+)+$', '(a*)*b', '([a-zA-Z]+)*$', '(x+x+)+y', '^(\\w+\\s?)*$', '(.*a){20}', '(a|aa)\\1+$', 'x'.repeat(600)];
const SAFE = ['^([0-9]{3}-){2}[0-9]{4}$', '^[A-Z][A-Z0-9]+-[0-9]+$', '@example\\.com$', '^https://', '/^[a-z]+$/i', '^(GET|POST|PUT)$'];

describe('user-supplied regular expressions', () => {
  it('static check: nested quantifiers, back-references and huge patterns are unsafe; ordinary patterns are fine', () => {
    for (const pattern of UNSAFE) expect(checkRegex(pattern).ok, pattern).toBe(false);
    for (const pattern of SAFE) expect(checkRegex(pattern), pattern).toEqual({ ok: true });
  });

  it('policy.ticketPattern with catastrophic backtracking is a config error (exit 2) naming the file and line', async () => {
    for (const pattern of ['(a+)+$', '^([A-Z]+)*-[0-9]+$']) {
      const cwd = makeRepo({ 'openapi.yaml': CONTRACT, '.publish-gate.yaml': `failOn: error\npolicy:\n  ticketPattern: '${pattern}'\n` });
      const result = await runCli(['lint', '--format', 'json'], cwd);
      expect(result.code, pattern).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^publish-gate: config \.publish-gate\.yaml:3:3: policy\.ticketPattern is rejected: it can take exponential time/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an ordinary ticketPattern is accepted', async () => {
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, '.publish-gate.yaml': `policy:\n  ticketPattern: '^[A-Z][A-Z0-9]+-[0-9]+$'\n` });
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    JSON.parse(result.stdout);
  });

  it('a ruleset pattern function with an unsafe match or notMatch is a ruleset error (exit 2) naming the file and line', async () => {
    for (const [key, pattern] of [
      ['match', '(a+)+$'],
      ['notMatch', '(\\w+\\s?)*$'],
    ]) {
      const ruleset = `extends: [publish-gate:recommended]
rules:
  contact-email-domain:
    given: $.info.contact.email
    severity: error
    then:
      function: pattern
      functionOptions:
        ${key}: '${pattern}'
`;
      const cwd = makeRepo({ 'openapi.yaml': CONTRACT, 'governance/ruleset.yaml': ruleset });
      const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json'], cwd);
      expect(result.code, pattern).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^publish-gate: ruleset governance/ruleset\\.yaml:9:9 does not load: pattern ${key} is rejected: it can take exponential time`));
    }
  });

  it('a ruleset schema function whose JSON Schema has an unsafe pattern is a ruleset error (exit 2) at that pattern', async () => {
    const ruleset = `extends: [publish-gate:recommended]
rules:
  title-shape:
    given: $.info.title
    severity: error
    then:
      function: schema
      functionOptions:
        schema:
          type: string
          pattern: '^([a-zA-Z0-9 ]+)*$'
`;
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, 'governance/ruleset.yaml': ruleset });
    const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^publish-gate: ruleset governance\/ruleset\.yaml:11:11 does not load: schema pattern is rejected: it can take exponential time/);
  });

  it('a ruleset with an ordinary pattern loads and runs (a finding when the email does not match)', async () => {
    const ruleset = `extends: [publish-gate:recommended]
rules:
  contact-email-domain:
    given: $.info.contact.email
    severity: error
    message: contact email must be at example.org
    then:
      function: pattern
      functionOptions:
        match: '@example\\.org$'
`;
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, 'governance/ruleset.yaml': ruleset });
    const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'contact-email-domain')).toHaveLength(1);
  });

  it('a contract schema pattern with catastrophic backtracking cannot hang Spectral (which validates examples against it): Spectral is not run and the gate fails closed', async () => {
    const contract = (pattern: string) => `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          description: Orders
          content:
            application/json:
              schema:
                type: string
                pattern: '${pattern}'
              example: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'
`;
    const cwd = makeRepo({ 'openapi.yaml': contract('^(a+)+$'), 'ok/openapi.yaml': contract('^a+$'), 'ruleset.yaml': 'extends: [publish-gate:recommended, spectral:oas]\n' });
    const result = await runCli(['lint', '--ruleset', 'ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(1);
    const findings: Array<{ ruleId: string; file: string; message: string }> = JSON.parse(result.stdout).findings;
    const crashes = findings.filter((finding) => finding.ruleId === 'structure-rule-crash');
    expect(crashes.map((finding) => finding.file)).toEqual(['openapi.yaml']);
    expect(crashes[0].message).toMatch(/schema pattern at \/paths\/~1orders\/get\/responses\/200\/content\/application~1json\/schema\/pattern is rejected/);
    // The safe contract was checked by Spectral: its example does not match its pattern.
    expect(findings.some((finding) => finding.file === 'ok/openapi.yaml' && finding.ruleId === 'oas3-valid-media-example')).toBe(true);
  });
});
