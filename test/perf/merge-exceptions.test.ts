import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { baseFiles, CLEAN, entry, exceptionList, ORDERS } from '../exceptions/fixtures.js';

const NOW = ['--now', '2026-11-23', '--jobs', '1'];

describe('merge of shards with an exceptions file', () => {
  it('gives the report of one full run: exception findings once, states and matches across shards, duplicate ids kept apart', async () => {
    const files: Record<string, string> = { ...baseFiles() };
    for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']) files[`apis/${name}/openapi.yaml`] = ORDERS;
    files['apis/golf/openapi.yaml'] = CLEAN;
    files['.publish-gate.exceptions.yaml'] = exceptionList(
      entry({ id: 'EXC-ACTIVE', files: ['apis/alpha/**', 'apis/bravo/**', 'apis/charlie/**'] }),
      entry({ id: 'EXC-EXPIRED', files: ['apis/delta/**', 'apis/echo/**'], created: '2026-09-01', expires: '2026-11-22' }),
      entry({ id: 'EXC-EXPIRING', files: ['apis/foxtrot/**'], expires: '2026-11-30' }),
      entry({ id: 'EXC-UNUSED', files: ['apis/golf/**'] }),
      entry({ id: 'EXC-ACTIVE', files: ['apis/golf/**'] }),
      entry({ id: 'EXC-INVALID', files: ['apis/**'], owner: null }),
    );
    const cwd = makeRepo(files);
    const full = await runCli(['lint', '--format', 'json', ...NOW], cwd);
    const shardFiles: string[] = [];
    let shardsWithFiles = 0;
    for (let index = 1; index <= 3; index++) {
      const out = `shard-${index}.json`;
      const result = await runCli(['lint', '--shard', `${index}/3`, '--fail-on', 'none', '--format', 'json', '--output', out, ...NOW], cwd);
      expect(result.stderr).toBe('');
      if ((JSON.parse(readFileSync(path.join(cwd, out), 'utf8')) as Report).summary.files > 0) shardsWithFiles++;
      shardFiles.push(out);
    }
    expect(shardsWithFiles).toBeGreaterThan(1);
    const merged = await runCli(['merge', ...shardFiles, '--format', 'json'], cwd);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(full.code);
    const report = JSON.parse(merged.stdout) as Report;
    expect(report.exceptions.map((item) => [item.id, item.status, item.matched])).toEqual([
      ['EXC-ACTIVE', 'active', 3],
      ['EXC-EXPIRED', 'expired', 2],
      ['EXC-EXPIRING', 'expiring', 1],
      ['EXC-UNUSED', 'unused', 0],
      ['EXC-ACTIVE', 'invalid', 0],
      ['EXC-INVALID', 'invalid', 0],
    ]);
    expect(report.findings.filter((finding) => finding.control === 'exception').map((finding) => `${finding.ruleId} ${finding.pointer}`)).toEqual([
      'exception-expired /exceptions/1',
      'exception-expiring /exceptions/2',
      'exception-unused /exceptions/3',
      'exception-invalid /exceptions/4',
      'exception-invalid /exceptions/5',
    ]);
    expect(merged.stdout).toBe(full.stdout);
  });
});
