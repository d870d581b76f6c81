import { describe, expect, it } from 'vitest';
import { pointerCovers } from '../../src/exceptions/evaluate.js';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, CLEAN, entry, exceptionList, ORDERS, type EntryOptions } from './fixtures.js';

/** Orders contract whose response schema is a `$ref`'d file with a broken `$ref` inside (at /items). */
const REFERENCING = `openapi: 3.0.3
info:
  title: Ledger API
  version: 2.0.0
paths:
  /accounts:
    get:
      operationId: listAccounts
      responses:
        '200':
          description: The accounts.
          content:
            application/json:
              schema:
                $ref: './schemas/account-list.yaml'
`;
const ACCOUNT_LIST = `type: array
items:
  $ref: './account.yaml#/Account'
`;

async function lint(files: Record<string, string>, args: string[] = []): Promise<{ code: number; report: Report }> {
  const cwd = makeRepo({ ...baseFiles(), ...files });
  const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23', ...args], cwd);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

const waiverOf = (report: Report, file: string) => report.findings.find((finding) => finding.ruleId === 'structure-ref' && finding.file === file)?.waivedBy?.id ?? null;

describe('what an exception matches', () => {
  const matchCase = async (options: Partial<EntryOptions>) => {
    const { report } = await lint({ 'apis/orders/openapi.yaml': ORDERS, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-M', ...options })) });
    return waiverOf(report, 'apis/orders/openapi.yaml');
  };

  it('by control', async () => {
    expect(await matchCase({ controls: ['structure'] })).toBe('EXC-M');
    expect(await matchCase({ controls: ['auth', 'transport'] })).toBeNull();
  });

  it('by rule id, with minimatch patterns', async () => {
    expect(await matchCase({ rules: ['structure-*'] })).toBe('EXC-M');
    expect(await matchCase({ rules: ['structure-ref'] })).toBe('EXC-M');
    expect(await matchCase({ rules: ['structure-parse', 'auth-*'] })).toBeNull();
  });

  it('controls or rules: either one matching is enough', async () => {
    expect(await matchCase({ controls: ['auth'], rules: ['structure-ref'] })).toBe('EXC-M');
  });

  it('by files: minimatch globs relative to the working directory', async () => {
    expect(await matchCase({ files: ['apis/orders/**'] })).toBe('EXC-M');
    expect(await matchCase({ files: ['apis/*/openapi.yaml'] })).toBe('EXC-M');
    expect(await matchCase({ files: ['./apis/orders/openapi.yaml'] })).toBe('EXC-M');
    expect(await matchCase({ files: ['apis/billing/**'] })).toBeNull();
    expect(await matchCase({ files: ['openapi.yaml'] })).toBeNull();
  });

  it('by pointer prefix, segment-wise', async () => {
    expect(await matchCase({ pointer: '/paths' })).toBe('EXC-M');
    expect(await matchCase({ pointer: '/paths/~1orders/get' })).toBe('EXC-M');
    expect(await matchCase({ pointer: '/paths/~1orders/get/responses/200/content/application~1json/schema' })).toBe('EXC-M');
    expect(await matchCase({ pointer: '/paths/~1orders/get/responses/200/content/application~1json/schema/items' })).toBeNull();
    expect(await matchCase({ pointer: '/paths/~1ord' })).toBeNull();
    expect(await matchCase({ pointer: '/components' })).toBeNull();
  });

  it('pointerCovers: /servers covers /servers and /servers/0 but not /serversX', () => {
    expect(pointerCovers('/servers', '/servers')).toBe(true);
    expect(pointerCovers('/servers', '/servers/0')).toBe(true);
    expect(pointerCovers('/servers', '/serversX')).toBe(false);
    expect(pointerCovers('/servers', '')).toBe(false);
    expect(pointerCovers(undefined, '/anything')).toBe(true);
    expect(pointerCovers('', '/anything')).toBe(true);
  });

  it('a finding in a $ref-d file is waived by an exception on that file and pointer', async () => {
    const { code, report } = await lint({
      'apis/ledger/openapi.yaml': REFERENCING,
      'apis/ledger/schemas/account-list.yaml': ACCOUNT_LIST,
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-REF', files: ['apis/ledger/schemas/*.yaml'], pointer: '/items' })),
    });
    const finding = report.findings.find((item) => item.ruleId === 'structure-ref');
    expect(finding && `${finding.file}#${finding.pointer} @${finding.range.start.line}:${finding.range.start.column}`).toBe('apis/ledger/schemas/account-list.yaml#/items @2:1');
    expect(finding?.waivedBy?.id).toBe('EXC-REF');
    expect(code).toBe(0);
    expect(report.exceptions[0]).toMatchObject({ status: 'active', matched: 1 });
  });

  it('an exception on the referencing contract does not cover its $ref-d file', async () => {
    const { code, report } = await lint({
      'apis/ledger/openapi.yaml': REFERENCING,
      'apis/ledger/schemas/account-list.yaml': ACCOUNT_LIST,
      '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-C', files: ['apis/ledger/openapi.yaml'] })),
    });
    expect(code).toBe(1);
    expect(waiverOf(report, 'apis/ledger/schemas/account-list.yaml')).toBeNull();
    expect(report.exceptions[0].status).toBe('unused');
  });
});

describe('subset linting', () => {
  const files = {
    'apis/orders/openapi.yaml': ORDERS,
    'apis/billing/openapi.yaml': CLEAN,
    'apis/ledger/openapi.yaml': REFERENCING,
    'apis/ledger/schemas/account-list.yaml': ACCOUNT_LIST,
    '.publish-gate.exceptions.yaml': exceptionList(
      entry({ id: 'ORDERS', files: ['apis/orders/**'] }),
      entry({ id: 'BILLING', files: ['apis/billing/**'] }),
      entry({ id: 'LEDGER', files: ['apis/ledger/schemas/**'] }),
    ),
  };

  it('the whole repository: the billing exception is unused', async () => {
    const { report } = await lint(files);
    expect(report.exceptions.map((item) => [item.id, item.status])).toEqual([
      ['ORDERS', 'active'],
      ['BILLING', 'unused'],
      ['LEDGER', 'active'],
    ]);
  });

  it('linting only apis/orders does not flag the exceptions of files not linted', async () => {
    const { code, report } = await lint(files, ['apis/orders']);
    expect(code).toBe(0);
    expect(report.findings.filter((finding) => finding.control === 'exception')).toEqual([]);
    expect(report.exceptions.map((item) => [item.id, item.status, item.matched])).toEqual([
      ['ORDERS', 'active', 1],
      ['BILLING', 'active', 0],
      ['LEDGER', 'active', 0],
    ]);
  });

  it('linting only apis/billing flags its unused exception, and only that one', async () => {
    const { report } = await lint(files, ['apis/billing/openapi.yaml']);
    expect(report.findings.filter((finding) => finding.control === 'exception').map((finding) => `${finding.ruleId} ${finding.pointer}`)).toEqual([
      'exception-unused /exceptions/1',
    ]);
  });

  it('a $ref-d file reached from a linted contract counts as linted', async () => {
    const { report } = await lint(
      { ...files, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'LEDGER', files: ['apis/ledger/schemas/**'], rules: ['structure-parse'] })) },
      ['apis/ledger'],
    );
    expect(report.exceptions.map((item) => [item.id, item.status])).toEqual([['LEDGER', 'unused']]);
  });
});

describe('where the exceptions file comes from', () => {
  const waiving = exceptionList(entry({ id: 'EXC-F' }));

  it('--exceptions FILE is used instead of the default file', async () => {
    const { report } = await lint(
      { 'openapi.yaml': ORDERS, 'governance/waivers.yaml': waiving, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-DEFAULT' })) },
      ['--exceptions', 'governance/waivers.yaml'],
    );
    expect(report.exceptions.map((item) => [item.id, item.file])).toEqual([['EXC-F', 'governance/waivers.yaml']]);
    expect(waiverOf(report, 'openapi.yaml')).toBe('EXC-F');
  });

  it('exceptions: in the config', async () => {
    const cwd = makeRepo({
      ...baseFiles('exceptions: governance/waivers.yaml\n'),
      'openapi.yaml': ORDERS,
      'governance/waivers.yaml': waiving,
    });
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).exceptions[0]).toMatchObject({ id: 'EXC-F', file: 'governance/waivers.yaml', status: 'active' });
  });

  it('no exceptions file: an empty exceptions array', async () => {
    const { code, report } = await lint({ 'openapi.yaml': ORDERS });
    expect(code).toBe(1);
    expect(report.exceptions).toEqual([]);
  });

  it('the exceptions file is not linted as a contract, even when named explicitly', async () => {
    const { report } = await lint({ 'openapi.yaml': CLEAN, '.publish-gate.exceptions.yaml': exceptionList(entry({ id: 'EXC-U', files: ['openapi.yaml'] })) }, ['openapi.yaml', '.publish-gate.exceptions.yaml']);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['exception-unused']);
  });
});
