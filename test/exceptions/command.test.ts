import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, entry, exceptionList, ORDERS } from './fixtures.js';

const LIST = exceptionList(
  entry({ id: 'LATER', expires: '2027-01-20' }),
  entry({ id: 'SOON', expires: '2026-11-30', owner: 'billing-team@example.com', ticket: 'BILL-7' }),
  entry({ id: 'PAST', created: '2026-08-01', expires: '2026-10-30' }),
);

describe('publish-gate exceptions', () => {
  it('lists every exception by expiry with status, days to expiry, owner and ticket; exit 1 when one is expired', async () => {
    const cwd = makeRepo({ ...baseFiles(), 'openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': LIST });
    const result = await runCli(['exceptions', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'ID     STATUS    EXPIRES     DAYS  OWNER                     TICKET   WHERE',
        'PAST   expired   2026-10-30  -24   orders-team@example.com   API-101  .publish-gate.exceptions.yaml:22',
        'SOON   expiring  2026-11-30  7     billing-team@example.com  BILL-7   .publish-gate.exceptions.yaml:13',
        'LATER  active    2027-01-20  58    orders-team@example.com   API-101  .publish-gate.exceptions.yaml:4',
        '',
        '✖ 3 exceptions on 2026-11-23: 1 active, 1 expiring, 1 expired, 0 invalid (unused exceptions are found by publish-gate lint)',
        '',
      ].join('\n'),
    );
  });

  it('--format json, and exit 0 when none is expired or invalid (expiring ones only warn)', async () => {
    const cwd = makeRepo({
      'governance/waivers.yaml': exceptionList(
        entry({ id: 'LATER', created: '2026-10-01', expires: '2026-12-20' }),
        entry({ id: 'SOON', created: '2026-10-01', expires: '2026-11-10', owner: 'billing-team@example.com', ticket: 'BILL-7' }),
        entry({ id: 'TODAY', created: '2026-08-01', expires: '2026-10-30' }),
      ),
    });
    const result = await runCli(['exceptions', '--format', 'json', '--exceptions', 'governance/waivers.yaml', '--now', '2026-10-30'], cwd);
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout);
    expect(listing.result).toBe('pass');
    expect(listing.summary).toEqual({ active: 1, expiring: 2, expired: 0, invalid: 0 });
    expect(listing.exceptions.map((item: { id: string; status: string; daysToExpiry: number }) => [item.id, item.status, item.daysToExpiry])).toEqual([
      ['TODAY', 'expiring', 0],
      ['SOON', 'expiring', 11],
      ['LATER', 'active', 51],
    ]);
    expect(listing.exceptions[1]).toMatchObject({ owner: 'billing-team@example.com', ticket: 'BILL-7', approvedBy: 'api-governance', file: 'governance/waivers.yaml', line: 13 });
  });

  it('an invalid entry fails and shows its problems; it sorts last when its expiry is not a date', async () => {
    const cwd = makeRepo({ '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'BAD', expires: 'soon' }), entry({ id: 'OK' })) });
    const result = await runCli(['exceptions', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(1);
    const listing = JSON.parse(result.stdout);
    expect(listing.exceptions.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      ['OK', 'active'],
      ['BAD', 'invalid'],
    ]);
    expect(listing.exceptions[1].problems).toEqual(['expires "soon" is not a date (YYYY-MM-DD)']);
  });

  it('no exceptions file: exit 0 and says so', async () => {
    const cwd = makeRepo({ 'openapi.yaml': ORDERS });
    const result = await runCli(['exceptions', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No exceptions file');
  });

  it('tool errors exit 2: a missing --exceptions file, a file that is not YAML, a bad --now, an unknown option', async () => {
    const cwd = makeRepo({ 'broken.yaml': 'kind: ExceptionList\nexceptions: [\n' });
    for (const args of [['--exceptions', 'nope.yaml'], ['--exceptions', 'broken.yaml'], ['--now', '2026-02-30'], ['--frobnicate'], ['--format', 'xml']]) {
      const result = await runCli(['exceptions', ...args], cwd);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('stylish report', () => {
  it('lists waived findings apart from failing ones, and the exceptions by state', async () => {
    const cwd = makeRepo({
      ...baseFiles(),
      'apis/orders/openapi.yaml': ORDERS,
      'apis/ledger/openapi.yaml': ORDERS.replace('Orders API', 'Ledger API'),
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-1', files: ['apis/orders/**'], expires: '2026-12-01' })),
    });
    const result = await runCli(['lint', '--now', '2026-11-23', '--no-color'], cwd);
    expect(result.code).toBe(1);
    const [failing, waived] = result.stdout.split('Waived findings');
    expect(failing).toContain('apis/ledger/openapi.yaml\n  14:15  error');
    expect(failing).not.toContain('apis/orders/openapi.yaml');
    expect(failing).toContain('.publish-gate.exceptions.yaml\n  4:5  warn   exception EXC-1');
    expect(waived).toContain(
      ' (1): not failing while their exception holds\n  apis/orders/openapi.yaml:14:15  $ref "#/components/schemas/OrderList" points at /components/schemas/OrderList, which does not exist  structure-ref [structure]  waived by EXC-1 (API-101, orders-team@example.com, until 2026-12-01)\n',
    );
    expect(waived).toContain('Exceptions: 0 active, 1 expiring, 0 expired, 0 invalid, 0 unused\n  expiring  EXC-1 (ticket API-101, owner orders-team@example.com, expires 2026-12-01)\n');
    expect(result.stdout).toMatch(/✖ publish-gate failed: 1 error, 1 warning, 0 info, 0 hints, 1 waived in 2 files\n$/);
  });
});
