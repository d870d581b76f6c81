import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';

interface JsonReport {
  result: string;
  summary: { files: number; error: number };
  findings: Array<{ file: string; ruleId: string; pointer: string; range: { start: { line: number } } }>;
}

function contract(name: string, extra = ''): string {
  return `openapi: 3.0.3
info:
  title: ${name} API
  version: 1.0.0
paths:
  /${name}s:
    get:
      operationId: list${name}s
      responses:
        '200':
          description: The ${name}s.
          content:
            application/json:
              schema:
                $ref: '../../shared/models.yaml#/Item'
${extra}`;
}

function listing(name: string): string {
  return `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: ${name}
spec:
  contract: ./openapi.yaml
  audience: public
`;
}

/** A small monorepo: ten contracts with listings, a shared $ref'd file (through an intermediate one), defects in several files. */
function monorepo(): Record<string, string> {
  const files: Record<string, string> = {
    'shared/models.yaml': 'Item:\n  $ref: ./item.yaml\n',
    'shared/item.yaml': 'type: object\nproperties:\n  id:\n    type: string\n',
    // A user ruleset: built-in rules plus a JSONPath rule run by Spectral (in the workers too).
    'rules.yaml': `extends: [publish-gate:recommended]\nrules:\n  info-needs-description:\n    description: info must have a description\n    severity: warn\n    given: $.info\n    then:\n      field: description\n      function: truthy\n`,
  };
  const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  names.forEach((name, index) => {
    const defect =
      index % 3 === 0
        ? `  /${name}s/{id}:\n    get:\n      responses:\n        '404':\n          $ref: '#/components/responses/Missing'\n`
        : index % 4 === 1
          ? `    post:\n      operationId: create${name}\n      summery: typo\n      responses:\n        '201': {description: created}\n`
          : '';
    files[`apis/${name}/openapi.yaml`] = contract(name, defect);
    if (index % 5 !== 4) files[`apis/${name}/listing.yaml`] = listing(name);
  });
  files['apis/broken/openapi.yaml'] = 'openapi: 3.0.3\ninfo: [\n';
  return files;
}

const NOW = ['--now', '2026-11-23'];

describe('--jobs', () => {
  it('reports the same bytes with 2 workers as with 1, in JSON and stylish, with built-in and Spectral rules', async () => {
    const cwd = makeRepo(monorepo());
    for (const extra of [[], ['--ruleset', 'rules.yaml']]) {
      const one = await runCli(['lint', '--jobs', '1', '--format', 'json', ...NOW, ...extra], cwd);
      const two = await runCli(['lint', '--jobs', '2', '--format', 'json', ...NOW, ...extra], cwd);
      expect(one.stderr).toBe('');
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      const report = JSON.parse(one.stdout) as JsonReport;
      expect(report.summary.files).toBe(19);
      const files = new Set(report.findings.map((finding) => finding.file));
      expect(files).toContain('apis/alpha/openapi.yaml');
      expect(files).toContain('apis/bravo/openapi.yaml');
      expect(files).toContain('apis/broken/openapi.yaml');
      const stylishOne = await runCli(['lint', '--jobs', '1', '--no-color', ...NOW, ...extra], cwd);
      const stylishThree = await runCli(['lint', '--jobs', '3', '--no-color', ...NOW, ...extra], cwd);
      expect(stylishThree.stdout).toBe(stylishOne.stdout);
    }
    const spectral = JSON.parse((await runCli(['lint', '--jobs', '2', '--format', 'json', '--ruleset', 'rules.yaml', ...NOW], cwd)).stdout) as JsonReport;
    expect(spectral.findings.filter((finding) => finding.ruleId === 'info-needs-description')).toHaveLength(10);
  });

  it('decides waivers and unused exceptions the same with workers as without', async () => {
    const cwd = makeRepo({
      ...monorepo(),
      '.publish-gate.exceptions.yaml': `apiVersion: publish-gate/v1
kind: ExceptionList
exceptions:
  - id: EXC-1
    rules: [structure-ref]
    files: ["apis/**"]
    ticket: API-1
    owner: platform@example.com
    approvedBy: security-review
    reason: Missing shared responses are being added.
    created: 2026-11-01
    expires: 2027-01-15
  - id: EXC-2
    controls: [structure]
    files: ["shared/**"]
    ticket: API-2
    owner: platform@example.com
    approvedBy: security-review
    reason: Shared models are generated.
    created: 2026-11-01
    expires: 2027-01-15
`,
    });
    const one = await runCli(['lint', '--jobs', '1', '--format', 'json', ...NOW], cwd);
    const two = await runCli(['lint', '--jobs', '2', '--format', 'json', ...NOW], cwd);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as { exceptions: Array<{ id: string; status: string; matched: number }> };
    expect(report.exceptions.map((exception) => [exception.id, exception.status])).toEqual([
      ['EXC-1', 'active'],
      ['EXC-2', 'unused'],
    ]);
    expect(report.exceptions[0].matched).toBeGreaterThan(0);
  });

  it('rejects a --jobs that is not a positive whole number with exit 2', async () => {
    const cwd = makeRepo({ 'openapi.yaml': contract('solo') });
    for (const value of ['0', 'two', '-1', '1.5']) {
      const result = await runCli(['lint', `--jobs=${value}`], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`publish-gate: --jobs must be a whole number from 1 to 256 (got "${value}")\n`);
    }
  });
});

describe('--shard and merge', () => {
  it('three shards merged give the report of one full run, in JSON and stylish, and keep each listing with its contract', async () => {
    const cwd = makeRepo(monorepo());
    const full = await runCli(['lint', '--format', 'json', '--jobs', '1', ...NOW], cwd);
    const stylish = await runCli(['lint', '--no-color', '--jobs', '1', ...NOW], cwd);
    const shardFiles: string[] = [];
    let seen = 0;
    for (let index = 1; index <= 3; index++) {
      const out = `shard-${index}.json`;
      const result = await runCli(['lint', '--shard', `${index}/3`, '--format', 'json', '--output', out, ...NOW], cwd);
      expect(result.stderr).toBe('');
      const report = JSON.parse(readFileSync(path.join(cwd, out), 'utf8')) as JsonReport;
      seen += report.summary.files;
      // A contract and its listing are in the same shard.
      const linted = new Set(report.findings.map((finding) => path.dirname(finding.file)));
      for (const dir of linted) expect(dir).not.toBe('');
      shardFiles.push(out);
    }
    expect(seen).toBe(19);
    const merged = await runCli(['merge', ...shardFiles, '--format', 'json'], cwd);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(full.code);
    expect(merged.stdout).toBe(full.stdout);
    const mergedStylish = await runCli(['merge', ...shardFiles, '--no-color'], cwd);
    expect(mergedStylish.stdout).toBe(stylish.stdout);
    const written = await runCli(['merge', ...shardFiles, '--format', 'json', '--output', 'out/merged.json', '--format', 'stylish'], cwd);
    expect(readFileSync(path.join(cwd, 'out/merged.json'), 'utf8')).toBe(full.stdout);
    expect(written.stdout).toBe(stylish.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
  });

  it('a shard keeps a contract and its listings together', async () => {
    const cwd = makeRepo(monorepo());
    for (let index = 1; index <= 4; index++) {
      const report = JSON.parse((await runCli(['lint', '--shard', `${index}/4`, '--format', 'json', '--ruleset', 'rules.yaml', ...NOW], cwd)).stdout) as JsonReport;
      // Every contract in this shard has an info-needs-description finding: its listing must be linted here too.
      const contracts = report.findings.filter((finding) => finding.ruleId === 'info-needs-description').map((finding) => path.dirname(finding.file));
      const full = monorepo();
      const expectedFiles = contracts.length + contracts.filter((dir) => `${dir}/listing.yaml` in full).length + (report.findings.some((finding) => finding.file === 'apis/broken/openapi.yaml') ? 1 : 0);
      expect(report.summary.files).toBe(expectedFiles);
    }
  });

  it('exit 2 for a malformed --shard and for a merge input that is not a report', async () => {
    const cwd = makeRepo({ 'openapi.yaml': contract('solo'), 'other.json': '{"hello": 1}\n' });
    for (const value of ['0/2', '3/2', '1', 'a/b']) {
      const result = await runCli(['lint', '--shard', value], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`publish-gate: --shard must be I/N with 1 <= I <= N (got "${value}")\n`);
    }
    const merge = await runCli(['merge', 'other.json'], cwd);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toBe('publish-gate: other.json is not a publish-gate JSON report (publish-gate lint --format json)\n');
    expect((await runCli(['merge'], cwd)).code).toBe(2);
  });
});

describe('--changed-since', () => {
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  }

  it('lints only the touched contracts (directly, through a listing, or through a $ref-ed file) and reports what a full run reports for them', async () => {
    const cwd = makeRepo(monorepo());
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-qm', 'base');
    const unchanged = await runCli(['lint', '--changed-since', 'HEAD', '--format', 'json', ...NOW], cwd);
    expect(unchanged.code).toBe(0);
    expect((JSON.parse(unchanged.stdout) as JsonReport).summary.files).toBe(0);

    // alpha changes directly; bravo's listing changes; nothing else except through shared files.
    writeFileSync(path.join(cwd, 'apis/alpha/openapi.yaml'), contract('alpha', `  /extra:\n    get:\n      responses:\n        '200':\n          $ref: '#/nope'\n`));
    writeFileSync(path.join(cwd, 'apis/bravo/listing.yaml'), listing('bravo').replace('audience: public', 'audience: partner'));
    const changed = await runCli(['lint', '--changed-since', 'HEAD', '--format', 'json', ...NOW], cwd);
    const full = await runCli(['lint', '--format', 'json', '--jobs', '1', ...NOW], cwd);
    const changedReport = JSON.parse(changed.stdout) as JsonReport;
    const fullReport = JSON.parse(full.stdout) as JsonReport;
    const touched = new Set(['apis/alpha/openapi.yaml', 'apis/alpha/listing.yaml', 'apis/bravo/openapi.yaml', 'apis/bravo/listing.yaml']);
    expect(changedReport.summary.files).toBe(4);
    expect(changedReport.findings).toEqual(fullReport.findings.filter((finding) => touched.has(finding.file)));
    expect(changedReport.findings.some((finding) => finding.file === 'apis/alpha/openapi.yaml' && finding.pointer.startsWith('/paths/~1extra'))).toBe(true);
    expect(changed.code).toBe(1);

    // A change to a file reached only through another $ref'd file touches every contract.
    git(cwd, 'commit', '-qam', 'second');
    writeFileSync(path.join(cwd, 'shared/item.yaml'), 'type: object\nproperties:\n  id:\n    $ref: ./missing.yaml\n');
    const shared = await runCli(['lint', '--changed-since', 'HEAD', '--format', 'json', ...NOW], cwd);
    const sharedReport = JSON.parse(shared.stdout) as JsonReport;
    const fullAgain = JSON.parse((await runCli(['lint', '--format', 'json', ...NOW], cwd)).stdout) as JsonReport;
    expect(sharedReport.findings).toEqual(fullAgain.findings.filter((finding) => finding.file !== 'apis/broken/openapi.yaml'));
    expect(sharedReport.findings.some((finding) => finding.file === 'shared/item.yaml')).toBe(true);
  });

  it('a ref git does not know is exit 2 with a one-line cause', async () => {
    const cwd = makeRepo({ 'openapi.yaml': contract('solo') });
    git(cwd, 'init', '-q');
    const result = await runCli(['lint', '--changed-since', 'no-such-ref'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^publish-gate: --changed-since no-such-ref: git diff failed: .+\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});
