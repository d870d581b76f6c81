import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, entry, exceptionList, ORDERS, type EntryOptions } from './fixtures.js';

async function lintWith(exceptions: string, configExtra = ''): Promise<{ code: number; report: Report }> {
  const cwd = makeRepo({ ...baseFiles(configExtra), 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': exceptions });
  const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('invalid exceptions: an error at the entry, waiving nothing; the other entries still apply', () => {
  const cases: [string, Partial<EntryOptions>, string][] = [
    ['missing ticket', { ticket: null }, 'ticket is missing'],
    ['empty ticket', { ticket: '""' }, 'ticket is empty'],
    ['missing owner', { owner: null }, 'owner is missing'],
    ['missing approvedBy', { approvedBy: null }, 'approvedBy is missing'],
    ['missing reason', { reason: null }, 'reason is missing'],
    ['missing created', { created: null }, 'created is missing'],
    ['missing expires', { expires: null }, 'expires is missing'],
    ['expires not a date', { expires: 'next-quarter' }, 'expires "next-quarter" is not a date (YYYY-MM-DD)'],
    ['expires not a calendar date', { expires: '2027-02-30' }, 'expires 2027-02-30 is not a calendar date'],
    ['created not a calendar date', { created: '2026-11-31' }, 'created 2026-11-31 is not a calendar date'],
    ['expires before created', { created: '2026-11-10', expires: '2026-11-09' }, 'expires 2026-11-09 is before created 2026-11-10'],
    ['too long', { created: '2026-11-01', expires: '2027-03-01' }, 'expires 2027-03-01 is 120 days after created 2026-11-01, more than policy.exceptionMaxDays (90)'],
    ['created in the future', { created: '2026-12-01', expires: '2027-01-15' }, 'created 2026-12-01 is in the future (today is 2026-11-23)'],
    ['unknown control', { controls: ['transprt'] }, 'controls[0] "transprt" is not a known control'],
    ['control exception', { controls: ['exception'] }, 'control exception cannot be waived'],
    ['neither controls nor rules', { bare: true }, 'neither controls nor rules is given'],
    ['missing files', { files: [] }, 'files is empty'],
    ['unknown key (a typo must not widen a waiver)', { extra: '    pointr: /paths' }, 'unknown key "pointr"'],
    ['pointer not a JSON Pointer', { pointer: 'paths' }, 'pointer "paths" is not a JSON Pointer'],
  ];
  for (const [name, options, problem] of cases) {
    it(name, async () => {
      const { code, report } = await lintWith(exceptionList(entry({ id: 'EXC-BAD', ...options })));
      expect(code).toBe(1);
      const findings = report.findings.filter((finding) => finding.control === 'exception');
      expect(findings.map((finding) => `${finding.ruleId} ${finding.file}#${finding.pointer} @${finding.range.start.line}:${finding.range.start.column} ${finding.severity}`)).toEqual([
        'exception-invalid .publish-gate.exceptions.yaml#/exceptions/0 @4:5 error',
      ]);
      expect(findings[0].message).toContain('exception EXC-BAD is invalid and waives nothing: ');
      expect(findings[0].message).toContain(problem);
      expect(report.findings.find((finding) => finding.ruleId === 'structure-ref')?.waivedBy).toBeNull();
      expect(report.exceptions[0]).toMatchObject({ id: 'EXC-BAD', status: 'invalid', matched: 0 });
    });
  }

  it('ticket not matching policy.ticketPattern', async () => {
    const { report } = await lintWith(exceptionList(entry({ id: 'EXC-T', ticket: 'jira/123' })), 'policy:\n  ticketPattern: "^[A-Z][A-Z0-9]+-[0-9]+$"\n');
    expect(report.exceptions[0].status).toBe('invalid');
    expect(report.findings.find((finding) => finding.ruleId === 'exception-invalid')?.message).toContain(
      'ticket "jira/123" does not match policy.ticketPattern ^[A-Z][A-Z0-9]+-[0-9]+$',
    );
  });

  it('policy.exceptionMaxDays from the config', async () => {
    const { report } = await lintWith(exceptionList(entry({ id: 'EXC-M', created: '2026-11-01', expires: '2026-12-02' })), 'policy:\n  exceptionMaxDays: 30\n');
    expect(report.exceptions[0].problems).toEqual(['expires 2026-12-02 is 31 days after created 2026-11-01, more than policy.exceptionMaxDays (30)']);
  });

  it('a duplicate id: the later entry is invalid, the first still waives', async () => {
    const { code, report } = await lintWith(exceptionList(entry({ id: 'EXC-D' }), entry({ id: 'EXC-D', ticket: 'API-102' })));
    expect(code).toBe(1);
    expect(report.exceptions.map((item) => [item.id, item.status, item.line])).toEqual([
      ['EXC-D', 'active', 4],
      ['EXC-D', 'invalid', 13],
    ]);
    expect(report.findings.find((finding) => finding.ruleId === 'structure-ref')?.waivedBy?.ticket).toBe('API-101');
    expect(report.findings.find((finding) => finding.ruleId === 'exception-invalid')?.message).toBe(
      'exception EXC-D is invalid and waives nothing: duplicate id EXC-D (also exceptions[0])',
    );
  });

  it('an entry without an id is named by its position', async () => {
    const text = exceptionList(entry({ id: 'EXC-X' }).replace('  - id: EXC-X\n    ', '  - '));
    const { report } = await lintWith(text);
    expect(report.exceptions[0]).toMatchObject({ id: 'exceptions[0]', status: 'invalid', problems: ['id is missing'] });
  });

  it('every problem of an entry is listed in its one finding', async () => {
    const { report } = await lintWith(exceptionList(entry({ id: 'EXC-2P', owner: null, expires: '2027-13-01' })));
    expect(report.exceptions[0].problems).toEqual(['owner is missing', 'expires 2027-13-01 is not a calendar date']);
  });
});

describe('exceptions files the tool cannot use: exit 2 with a one-line cause', () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ['a missing --exceptions file', {}, ['--exceptions', 'waivers.yaml'], /^publish-gate: exceptions file not found: waivers\.yaml\n$/],
    ['a missing file named by the config', { '.publish-gate.yaml': 'exceptions: governance/waivers.yaml\n' }, [], /exceptions file not found: governance\/waivers\.yaml \(named by exceptions: in the config\)/],
    ['a file that is not YAML', { '.publish-gate.exceptions.yaml': 'apiVersion: publish-gate/v1\nkind: ExceptionList\nexceptions: [\n' }, [], /^publish-gate: exceptions file \.publish-gate\.exceptions\.yaml:4:1: invalid YAML/],
    ['a file that is not an ExceptionList', { '.publish-gate.exceptions.yaml': 'apiVersion: publish-gate/v1\nkind: ApiListing\nexceptions: []\n' }, [], /exceptions file \.publish-gate\.exceptions\.yaml:2:1: kind must be "ExceptionList"/],
    ['exceptions that are not a list', { '.publish-gate.exceptions.yaml': 'apiVersion: publish-gate/v1\nkind: ExceptionList\nexceptions:\n  EXC-1: {}\n' }, [], /exceptions file \.publish-gate\.exceptions\.yaml:3:1: exceptions must be array/],
    ['a file outside the working directory', {}, ['--exceptions', '../waivers.yaml'], /exceptions file \.\.\/waivers\.yaml is outside the working directory/],
  ];
  for (const [name, files, args, message] of cases) {
    it(name, async () => {
      const cwd = makeRepo({ ...baseFiles(), 'openapi.yaml': ORDERS, ...files });
      const result = await runCli(['lint', '--now', '2026-11-23', ...args], cwd);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('malformed entries and files', () => {
  it('an entry that is not a mapping is invalid and named by its position; the next entry still waives', async () => {
    const { report } = await lintWith(`apiVersion: publish-gate/v1\nkind: ExceptionList\nexceptions:\n  - just a note\n${entry({ id: 'EXC-OK' })}\n`);
    expect(report.exceptions.map((item) => [item.id, item.status, item.line])).toEqual([
      ['exceptions[0]', 'invalid', 4],
      ['EXC-OK', 'active', 5],
    ]);
    expect(report.exceptions[0].problems).toEqual(['the entry must be a mapping']);
  });

  it('an empty exceptions file: exit 2', async () => {
    const cwd = makeRepo({ ...baseFiles(), 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': '' });
    const result = await runCli(['lint', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^publish-gate: exceptions file \.publish-gate\.exceptions\.yaml:1:1: the file is empty or not a mapping/);
  });
});
