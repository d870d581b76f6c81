import { describe, expect, it } from 'vitest';
import type { ExceptionSummary, Finding, Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, CLEAN, entry, exceptionList, ORDERS } from './fixtures.js';

const NOW = '2026-11-23';

async function lintJson(files: Record<string, string>, args: string[] = []): Promise<{ code: number; report: Report; stderr: string }> {
  const cwd = makeRepo({ ...baseFiles(), ...files });
  const result = await runCli(['lint', '--format', 'json', '--now', NOW, ...args], cwd);
  return { code: result.code, report: result.stdout ? (JSON.parse(result.stdout) as Report) : (undefined as unknown as Report), stderr: result.stderr };
}

const where = (finding: Finding) => `${finding.ruleId} ${finding.file}#${finding.pointer} @${finding.range.start.line}:${finding.range.start.column} ${finding.severity}`;
const exceptionFindings = (report: Report) => report.findings.filter((finding) => finding.control === 'exception');
const structureRef = (report: Report) => report.findings.find((finding) => finding.ruleId === 'structure-ref')!;
const status = (report: Report) => Object.fromEntries(report.exceptions.map((item: ExceptionSummary) => [item.id, item.status]));

describe('exception states with a fixed --now', () => {
  it('active: waives the finding with id, ticket, owner and expiry, counts it as waived, and the gate passes', async () => {
    const { code, report } = await lintJson({ 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-1' })) });
    expect(code).toBe(0);
    expect(report.result).toBe('pass');
    expect(structureRef(report).waivedBy).toEqual({ id: 'EXC-1', ticket: 'API-101', owner: 'orders-team@example.com', expires: '2027-01-15' });
    expect(report.summary).toMatchObject({ error: 0, warn: 0, waived: 1 });
    expect(exceptionFindings(report)).toEqual([]);
    expect(report.exceptions).toEqual([
      { id: 'EXC-1', status: 'active', expires: '2027-01-15', owner: 'orders-team@example.com', ticket: 'API-101', matched: 1, waived: 1, daysToExpiry: 53, file: '.publish-gate.exceptions.yaml', line: 4 },
    ]);
  });

  it('expiring: still waives, and warns at the entry naming the expiry and days left', async () => {
    const { code, report } = await lintJson({ 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-2', expires: '2026-12-01' })) });
    expect(code).toBe(0);
    expect(structureRef(report).waivedBy?.id).toBe('EXC-2');
    expect(exceptionFindings(report).map(where)).toEqual(['exception-expiring .publish-gate.exceptions.yaml#/exceptions/0 @4:5 warn']);
    expect(exceptionFindings(report)[0].message).toBe(
      'exception EXC-2 (ticket API-101, owner orders-team@example.com) expires on 2026-12-01, in 8 days: renew it with a new approval or fix the 1 finding it waives',
    );
    expect(report.exceptions[0]).toMatchObject({ status: 'expiring', daysToExpiry: 8, matched: 1 });
  });

  it('expired: waives nothing, the finding counts again, an error names id, ticket, owner and expiry, and the gate fails', async () => {
    const { code, report } = await lintJson({
      'openapi.yaml': ORDERS,
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-3', created: '2026-09-01', expires: '2026-11-22' })),
    });
    expect(code).toBe(1);
    expect(report.result).toBe('fail');
    expect(structureRef(report).waivedBy).toBeNull();
    expect(report.summary).toMatchObject({ error: 2, waived: 0 });
    expect(exceptionFindings(report).map(where)).toEqual(['exception-expired .publish-gate.exceptions.yaml#/exceptions/0 @4:5 error']);
    expect(exceptionFindings(report)[0].message).toBe(
      'exception EXC-3 (ticket API-101, owner orders-team@example.com) expired on 2026-11-22: it waives nothing, and the finding it matched counts again',
    );
    expect(report.exceptions[0]).toMatchObject({ id: 'EXC-3', status: 'expired', matched: 1, waived: 0, daysToExpiry: -1 });
  });

  it('unused: warns when its files cover a linted file and it matched nothing', async () => {
    const { code, report } = await lintJson({
      'openapi.yaml': CLEAN,
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-4', files: ['openapi.yaml'] })),
    });
    expect(code).toBe(0);
    expect(exceptionFindings(report).map(where)).toEqual(['exception-unused .publish-gate.exceptions.yaml#/exceptions/0 @4:5 warn']);
    expect(exceptionFindings(report)[0].message).toContain('exception EXC-4 (ticket API-101, owner orders-team@example.com) matched no finding in openapi.yaml');
    expect(report.exceptions[0]).toMatchObject({ status: 'unused', matched: 0 });
  });

  it('every state in one file, each entry reported at its own line', async () => {
    const { code, report } = await lintJson({
      'apis/orders/openapi.yaml': ORDERS,
      'apis/billing/openapi.yaml': CLEAN,
      '.publish-gate.exceptions.yaml': exceptionList(
        entry({ id: 'ACTIVE', files: ['apis/orders/**'], expires: '2027-01-15' }),
        entry({ id: 'EXPIRING', files: ['apis/orders/**'], controls: ['structure'], expires: '2026-12-07' }),
        entry({ id: 'EXPIRED', files: ['apis/orders/**'], created: '2026-08-01', expires: '2026-10-01' }),
        entry({ id: 'INVALID', files: ['apis/orders/**'], ticket: null }),
        entry({ id: 'UNUSED', files: ['apis/billing/**'] }),
      ),
    });
    expect(code).toBe(1);
    expect(status(report)).toEqual({ ACTIVE: 'active', EXPIRING: 'expiring', EXPIRED: 'expired', INVALID: 'invalid', UNUSED: 'unused' });
    // The first entry that applies waives; every non-invalid entry that matches counts it.
    expect(structureRef(report).waivedBy?.id).toBe('ACTIVE');
    expect(report.exceptions.map((item) => [item.id, item.matched, item.line])).toEqual([
      ['ACTIVE', 1, 4],
      ['EXPIRING', 1, 13],
      ['EXPIRED', 1, 22],
      ['INVALID', 0, 31],
      ['UNUSED', 0, 39],
    ]);
    expect(exceptionFindings(report).map(where)).toEqual([
      'exception-expiring .publish-gate.exceptions.yaml#/exceptions/1 @13:5 warn',
      'exception-expired .publish-gate.exceptions.yaml#/exceptions/2 @22:5 error',
      'exception-invalid .publish-gate.exceptions.yaml#/exceptions/3 @31:5 error',
      'exception-unused .publish-gate.exceptions.yaml#/exceptions/4 @39:5 warn',
    ]);
    expect(report.summary).toMatchObject({ error: 2, warn: 2, waived: 1 });
  });

  it('findings of control exception are never waived, even by an exception naming their rules', async () => {
    const { code, report } = await lintJson({
      'openapi.yaml': ORDERS,
      '.publish-gate.exceptions.yaml': exceptionList(
        entry({ id: 'OLD', created: '2026-08-01', expires: '2026-10-01' }),
        entry({ id: 'SELF', rules: ['exception-*', 'structure-ref'], files: ['**'] }),
      ),
    });
    expect(code).toBe(1);
    const expired = exceptionFindings(report).find((finding) => finding.ruleId === 'exception-expired');
    expect(expired?.waivedBy).toBeNull();
    expect(structureRef(report).waivedBy?.id).toBe('SELF');
  });
});

describe('boundary days (policy.expiryWarningDays 14 by default)', () => {
  const run = (expires: string, created = '2026-11-01') =>
    lintJson({ 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-B', created, expires })) });

  it('expires today: still waives (expiring, today), the gate passes', async () => {
    const { code, report } = await run('2026-11-23');
    expect(code).toBe(0);
    expect(structureRef(report).waivedBy?.id).toBe('EXC-B');
    expect(report.exceptions[0]).toMatchObject({ status: 'expiring', daysToExpiry: 0 });
    expect(exceptionFindings(report)[0].message).toContain('expires on 2026-11-23, today');
  });

  it('expired yesterday: waives nothing', async () => {
    const { code, report } = await run('2026-11-22');
    expect(code).toBe(1);
    expect(structureRef(report).waivedBy).toBeNull();
    expect(report.exceptions[0].status).toBe('expired');
  });

  it('expires tomorrow: expiring with 1 day left', async () => {
    const { report } = await run('2026-11-24');
    expect(report.exceptions[0]).toMatchObject({ status: 'expiring', daysToExpiry: 1 });
    expect(exceptionFindings(report)[0].message).toContain('in 1 day:');
  });

  it('the warning window is inclusive: 14 days left warns, 15 does not', async () => {
    expect((await run('2026-12-07')).report.exceptions[0]).toMatchObject({ status: 'expiring', daysToExpiry: 14 });
    const later = await run('2026-12-08');
    expect(later.report.exceptions[0]).toMatchObject({ status: 'active', daysToExpiry: 15 });
    expect(exceptionFindings(later.report)).toEqual([]);
  });

  it('policy.expiryWarningDays from the config moves the window', async () => {
    const files = {
      'openapi.yaml': ORDERS,
      '.publish-gate.yaml': baseFiles('policy:\n  expiryWarningDays: 30\n')['.publish-gate.yaml'],
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-W', expires: '2026-12-23' })),
    };
    expect((await lintJson(files)).report.exceptions[0]).toMatchObject({ status: 'expiring', daysToExpiry: 30 });
    expect((await lintJson(files, ['--now', '2026-11-22'])).report.exceptions[0]).toMatchObject({ status: 'active', daysToExpiry: 31 });
  });

  it('expires exactly policy.exceptionMaxDays after created is valid; one day more is invalid', async () => {
    expect((await run('2027-01-30', '2026-11-01')).report.exceptions[0].status).toBe('active');
    const tooLong = await run('2027-01-31', '2026-11-01');
    expect(tooLong.report.exceptions[0].status).toBe('invalid');
    expect(exceptionFindings(tooLong.report)[0].message).toBe(
      'exception EXC-B is invalid and waives nothing: expires 2027-01-31 is 91 days after created 2026-11-01, more than policy.exceptionMaxDays (90)',
    );
  });

  it('created today is valid; created tomorrow is in the future and invalid', async () => {
    expect((await run('2027-01-15', '2026-11-23')).report.exceptions[0].status).toBe('active');
    const future = await run('2027-01-15', '2026-11-24');
    expect(future.report.exceptions[0].status).toBe('invalid');
    expect(exceptionFindings(future.report)[0].message).toContain('created 2026-11-24 is in the future (today is 2026-11-23)');
  });
});
