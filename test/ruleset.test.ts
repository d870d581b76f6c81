import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { makeRepo, runCli } from './helpers/workspace.js';

const BROKEN_REF = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        '200':
          $ref: '#/components/responses/Missing'
`;

const NO_OPERATION_ID = `openapi: 3.0.3
info:
  title: Catalogue API
  version: 1.0.0
paths:
  /products:
    get:
      responses:
        '200':
          description: Products.
`;

describe('rulesets', () => {
  it('a user ruleset extending publish-gate:recommended reports exactly what the preset reports', async () => {
    const cwd = makeRepo({ 'apis/a.yaml': BROKEN_REF, 'governance/ruleset.yaml': 'extends: [publish-gate:recommended]\n' });
    const preset = await lint({ cwd, now: '2026-11-23' });
    const extended = await lint({ cwd, now: '2026-11-23', rulesets: ['governance/ruleset.yaml'] });
    expect(extended.report.findings).toEqual(preset.report.findings);
    expect(preset.report.findings.map((finding) => finding.ruleId)).toContain('structure-ref');
  });

  it('turns rules off, changes severities and applies overrides by file glob', async () => {
    const cwd = makeRepo({
      'apis/public/a.yaml': BROKEN_REF,
      'apis/internal/b.yaml': BROKEN_REF,
      'apis/sandbox/c.yaml': BROKEN_REF,
      'ruleset.yaml': `extends: [[publish-gate:recommended, 'off']]
rules:
  structure-ref: warn
overrides:
  - files: ['apis/internal/**']
    rules:
      structure-ref: hint
  - files: ['apis/sandbox/**']
    rules:
      structure-ref: 'off'
`,
    });
    const { report } = await lint({ cwd, now: '2026-11-23', rulesets: ['ruleset.yaml'] });
    expect(report.findings.map((finding) => [finding.file, finding.ruleId, finding.severity])).toEqual([
      ['apis/internal/b.yaml', 'structure-ref', 'hint'],
      ['apis/public/a.yaml', 'structure-ref', 'warn'],
    ]);
    expect(report.result).toBe('pass');
  });

  it('runs spectral:oas rules and a user JSONPath rule with its declared control', async () => {
    const cwd = makeRepo({
      'openapi.yaml': NO_OPERATION_ID,
      'ruleset.yaml': `extends: [[spectral:oas, off]]
rules:
  operation-operationId: error
  info-contact-team:
    control: ownership
    description: APIs name their owning team in info.contact.
    given: $.info
    severity: warn
    then:
      field: contact
      function: truthy
`,
    });
    const { report } = await lint({ cwd, now: '2026-11-23', rulesets: ['ruleset.yaml'] });
    const found = report.findings.map((finding) => ({ ruleId: finding.ruleId, control: finding.control, severity: finding.severity, pointer: finding.pointer, line: finding.range.start.line }));
    expect(found).toEqual([
      { ruleId: 'info-contact-team', control: 'ownership', severity: 'warn', pointer: '/info', line: 2 },
      { ruleId: 'operation-operationId', control: 'naming', severity: 'error', pointer: '/paths/~1products/get', line: 7 },
    ]);
  });

  it('refuses rulesets that would run code or fetch, and unknown names, with exit 2 and the file', async () => {
    const cwd = makeRepo({
      'openapi.yaml': NO_OPERATION_ID,
      'with-functions.yaml': 'functions: [myCheck]\nrules: {}\n',
      'remote.yaml': 'extends: [https://example.com/ruleset.yaml]\n',
      'unknown.yaml': 'extends: [spectral:graphql]\n',
      'invalid.yaml': 'rules:\n  bad-rule:\n    given: 42\n    then: {function: truthy}\n',
    });
    const cases: Array<[string, RegExp]> = [
      ['with-functions.yaml', /^publish-gate: ruleset with-functions.yaml:1:1 does not load: custom JavaScript functions are not run/],
      ['remote.yaml', /^publish-gate: ruleset remote.yaml:1:\d+ does not load: ruleset "https:\/\/example.com\/ruleset.yaml" is remote/],
      ['unknown.yaml', /^publish-gate: ruleset unknown.yaml:1:\d+ does not load: unknown ruleset "spectral:graphql"/],
      ['invalid.yaml', /^publish-gate: ruleset invalid.yaml:3:\d+ does not load/],
      ['missing.yaml', /^publish-gate: ruleset missing.yaml cannot be read: file not found/],
    ];
    for (const [file, message] of cases) {
      const result = await runCli(['lint', '--ruleset', file], cwd);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toMatch(message);
    }
  });
});
