import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGithubApi } from '../helpers/github-api.js';
import { hasSarifSchema, sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { makeRepo } from '../helpers/workspace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'ghs_e2eFakeToken0123456789abcdefABCDEF';
const BASE_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const HEAD_SHA = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';

const CATALOG = `openapi: 3.0.3
info:
  title: Catalog API
  version: 1.2.0
paths:
  /products:
    get:
      operationId: listProducts
      responses:
        '200':
          description: The products
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Product'
components:
  schemas:
    Product:
      type: object
      properties:
        id:
          type: string
`;

/** An orders contract whose `count` operations each reference a response schema that does not exist. */
function orders(count: number): string {
  const paths = Array.from(
    { length: count },
    (_, index) => `  /orders/${index}:
    get:
      operationId: getOrder${index}
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order${index}'
`,
  ).join('');
  return `openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: 2.0.0\npaths:\n${paths}components:\n  schemas:\n    Order:\n      type: object\n`;
}

/**
 * A workspace for the action with only the structure rules on, so these tests are about the Action
 * (outputs, comment, SARIF, limits), not about which control rules exist.
 */
function makeWorkspace(files: Record<string, string>): string {
  return makeRepo({
    '.publish-gate.yaml': 'rulesets: [./governance/structure-only.yaml]\n',
    'governance/structure-only.yaml': "extends: [[publish-gate:recommended, 'off']]\nrules:\n  structure-parse: error\n  structure-openapi-schema: error\n  structure-ref: error\n",
    ...files,
  });
}

function pullRequestEvent(baseSha = BASE_SHA): object {
  const repository = { id: 1296269, name: 'apis', full_name: 'acme/apis', owner: { login: 'acme', type: 'Organization' }, private: false, default_branch: 'main' };
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      state: 'open',
      title: 'Add order lookups',
      html_url: 'https://github.com/acme/apis/pull/42',
      user: { login: 'octocat', type: 'User' },
      head: { ref: 'feature/orders', sha: HEAD_SHA, repo: repository },
      base: { ref: 'main', sha: baseSha, repo: repository },
    },
    repository,
    sender: { login: 'octocat', type: 'User' },
  };
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/**
 * The Action as GitHub downloads it: the repository's tracked files, without node_modules, and every file
 * of dist/ (the entry points and the chunks they import; new chunks are untracked until committed).
 */
function installAction(): string {
  const dir = makeRepo({});
  let files: string[];
  try {
    files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    files = ['action.yml', 'package.json'];
  }
  const dist = readdirSync(path.join(root, 'dist')).map((name) => `dist/${name}`);
  for (const file of [...new Set([...files.filter((name) => !name.startsWith('dist/')), ...dist])]) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(dir, file));
  }
  return dir;
}

/** `name<<delimiter` blocks of GITHUB_OUTPUT, as the runner reads them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = lines[index].match(/^([^<=]+)<<(.+)$/);
    if (!match) continue;
    const value: string[] = [];
    index++;
    while (index < lines.length && lines[index] !== match[2]) value.push(lines[index++]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

let actionDir: string;
const api = new FakeGithubApi();

beforeAll(async () => {
  actionDir = installAction();
  await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.calls.length = 0;
});

/** Runs dist/index.js as the runner does: every input as INPUT_<NAME> (defaults from action.yml), files for outputs and summary. */
async function runAction(workspace: string, inputs: Record<string, string> = {}, eventName = 'pull_request', baseSha = BASE_SHA, installed = actionDir): Promise<ActionRun> {
  const action = parse(readFileSync(path.join(installed, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const dir = makeRepo({ 'event.json': JSON.stringify(pullRequestEvent(baseSha)), 'output.txt': '', 'summary.md': '' });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/apis',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    GITHUB_ACTION_REPOSITORY: 'acme/publish-gate',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: dir,
  };
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? (spec.default === '${{ github.token }}' ? TOKEN : spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [path.join(installed, 'dist/index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    dir,
  };
}

describe('the GitHub Action, run from dist/index.js as the runner runs it', () => {
  const failing = () => makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG, 'apis/orders/openapi.yaml': orders(15), 'README.md': '# APIs\n' });

  it('fails the step on a failing gate: outputs, annotations, summary, SARIF, and one comment created then updated', async () => {
    const workspace = failing();
    api.comments.length = 0;
    const first = await runAction(workspace, { now: '2026-11-20' });
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toBe('');

    // The default policy-from (the base commit) cannot be read outside a git clone: a warning, and the gate runs.
    expect(first.stdout).toMatch(/^::warning::publish-gate: policy-from: 6dcb09b5b57875f334f61aebed695e2e4193db5e cannot be read here/m);
    expect(first.outputs).toMatchObject({ result: 'fail', errors: '15', warnings: '0', waived: '0', 'sarif-file': 'publish-gate.sarif' });
    const report = JSON.parse(first.outputs['report-json']);
    expect(report.summary).toEqual({ files: 2, error: 15, warn: 0, info: 0, hint: 0, waived: 0 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'structure-ref', file: 'apis/orders/openapi.yaml', pointer: '/paths/~1orders~10/get/responses/200/content/application~1json/schema' });
    expect(JSON.parse(readFileSync(first.outputs['report-file'], 'utf8'))).toEqual(report);

    // Annotations: 9 for findings + the step's own failure = GitHub's 10 error annotations; then the count of the rest.
    const lines = first.stdout.split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(9);
    const line = report.findings[0].range.start.line;
    expect(errors[0]).toMatch(new RegExp(`^::error file=apis/orders/openapi\\.yaml,line=${line},col=\\d+,endLine=\\d+,endColumn=\\d+,title=structure-ref \\[structure\\]::.*Order0`));
    expect(lines).toContain('publish-gate: 6 more findings are not annotated (GitHub shows 10 annotations of each kind per step); all are in the job summary and the SARIF file.');
    expect(lines.filter((candidate) => candidate.startsWith('::error::'))).toEqual([
      '::error::publish-gate failed: unwaived findings at or above "error" (15 error(s), 0 warning(s); 15 unwaived finding(s) in all)',
    ]);
    // The token is registered as a secret (so the runner masks it) and never printed otherwise.
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    expect(lines.slice(1).join('\n')).not.toContain(TOKEN);

    // Job summary.
    expect(first.summary).toContain('## ❌ publish-gate failed');
    expect(first.summary).toContain('| structure | 15 | 0 | 0 | 0 | 0 |');
    expect(first.summary).toContain(`[apis/orders/openapi.yaml:${line}:`);
    expect(first.summary).toContain(`](https://github.com/acme/apis/blob/${HEAD_SHA}/apis/orders/openapi.yaml#L${line})`);
    expect(first.summary).toContain('[`structure-ref`](https://github.com/acme/publish-gate/blob/v1/docs/rules/structure-ref.md)');

    // SARIF.
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'publish-gate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(15);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('apis/orders/openapi.yaml');
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toBe('https://github.com/acme/publish-gate/blob/v1/docs/rules/structure-ref.md');
    if (hasSarifSchema) expect(sarifSchemaErrors(sarif)).toEqual([]);

    // The comment: listed, then created, with the token.
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /repos/acme/apis/issues/42/comments', 'POST /repos/acme/apis/issues/42/comments']);
    expect(api.calls.every((call) => call.authorization?.endsWith(TOKEN))).toBe(true);
    const created = (api.calls[1].body as { body: string }).body;
    expect(created.startsWith('<!-- publish-gate -->')).toBe(true);
    expect(created).toContain('## ❌ publish-gate failed');
    expect(created).toContain('### Failing findings (15)');

    // Second run, the contract fixed: the same comment is updated, not a second one created.
    writeFileSync(path.join(workspace, 'apis/orders/openapi.yaml'), orders(0).replace('paths:\n', 'paths: {}\n'));
    api.calls.length = 0;
    const second = await runAction(workspace, { now: '2026-11-20' });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({ result: 'pass', errors: '0' });
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /repos/acme/apis/issues/42/comments', `PATCH /repos/acme/apis/issues/comments/${api.comments[0].id}`]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('## ✅ publish-gate passed');
    expect(second.summary).toContain('## ✅ publish-gate passed');
    expect(second.stdout).not.toMatch(/^::error/m);
  });

  it('with a read-only token (fork pull request) warns about the comment and lets the gate alone decide', async () => {
    api.readOnly = true;
    api.comments.length = 0;
    try {
      const passing = await runAction(makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG }));
      expect(passing.code, passing.stdout).toBe(0);
      expect(passing.outputs.result).toBe('pass');
      expect(passing.stdout).toMatch(/^::warning::publish-gate: the pull request comment was not written: the token cannot write to this pull request/m);
      expect(api.calls.map((call) => call.method)).toEqual(['GET', 'POST']);

      const failed = await runAction(failing());
      expect(failed.code).toBe(1);
      expect(failed.outputs.result).toBe('fail');
      expect(failed.stdout).toMatch(/^::warning::publish-gate: the pull request comment was not written/m);
      expect(failed.summary).toContain('## ❌ publish-gate failed');
    } finally {
      api.readOnly = false;
    }
  });

  it('cuts the comment to GitHub\'s 65,536-character limit with a link to the run, and the summary to 1 MiB', async () => {
    api.comments.length = 0;
    const run = await runAction(makeWorkspace({ 'apis/orders/openapi.yaml': orders(2500) }), { 'sarif-file': 'reports/gate.sarif' });
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('2500');
    expect(run.outputs['sarif-file']).toBe('reports/gate.sarif');
    const body = api.comments[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/rows? left out to stay under \d+ KiB; every finding is in \[the full report\]\(https:\/\/github\.com\/acme\/apis\/actions\/runs\/7001\)/);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(9);
  });

  it('reads the policy from the base commit when the clone has it (no fallback warning)', async () => {
    const workspace = makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    const run = await runAction(workspace, {}, 'pull_request', base);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('policy-from');
  });

  it('does not comment outside pull requests, or when comment is false', async () => {
    const push = await runAction(failing(), {}, 'push');
    expect(push.code).toBe(1);
    const off = await runAction(failing(), { comment: 'false' });
    expect(off.code).toBe(1);
    expect(api.calls).toEqual([]);
  });

  it('fails the step, never passes, when the tool cannot do its job, and says so in the sticky comment', async () => {
    const workspace = makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG });
    api.comments.length = 0;
    const passed = await runAction(workspace);
    expect(passed.code).toBe(0);
    expect(api.comments[0].body).toContain('## ✅ publish-gate passed');
    for (const inputs of <Record<string, string>[]>[{ 'fail-on': 'critical' }, { config: 'missing.yaml' }, { paths: 'no/such/dir' }, { now: '2026-02-30' }, { rulesets: 'governance/missing.yaml' }, { comment: 'maybe' }]) {
      const run = await runAction(workspace, inputs);
      expect(run.code, JSON.stringify(inputs)).not.toBe(0);
      expect(run.outputs.result, JSON.stringify(inputs)).toBe('error');
      expect(run.stdout, JSON.stringify(inputs)).toMatch(/^::error::publish-gate could not run: .+$/m);
    }
    // The earlier "passed" comment no longer stands.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toMatch(/^<!-- publish-gate -->\n## ⚠️ publish-gate could not run\n\n/);
    rmSync(path.join(workspace, 'publish-gate.sarif'));
    writeFileSync(path.join(workspace, '.publish-gate.yaml'), 'failOn: error\nrulesets: [publish-gate:recommended]\nbogus: 1\n');
    const badConfig = await runAction(workspace);
    expect(badConfig.code).not.toBe(0);
    expect(badConfig.stdout).toMatch(/^::error::publish-gate could not run: config \.publish-gate\.yaml:3:1: unknown key "bogus"$/m);
    expect(existsSync(path.join(workspace, 'publish-gate.sarif'))).toBe(false);
    expect(badConfig.outputs['sarif-file']).toBeUndefined();
  });

  it('fails the step when the gate passed but a report cannot be written', async () => {
    const workspace = makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG, 'reports/gate.sarif/.keep': '' });
    const run = await runAction(workspace, { 'sarif-file': 'reports/gate.sarif' });
    expect(run.code).not.toBe(0);
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toMatch(/^::error::publish-gate could not run: cannot write reports\/gate\.sarif: EISDIR$/m);
  });
});

/** A contract of the worker tests: `name`'s operations, with a defect chosen by `defect`. */
function teamContract(name: string, defect: 'none' | 'ref' | 'typo' | 'parse'): string {
  if (defect === 'parse') return `openapi: 3.0.3\ninfo:\n  title: ${name} API\n  version: [\n`;
  const extra =
    defect === 'ref'
      ? `  /${name}s/{id}:\n    get:\n      operationId: get${name}\n      responses:\n        '404':\n          $ref: '#/components/responses/Missing'\n`
      : defect === 'typo'
        ? `    post:\n      operationId: create${name}\n      summery: typo\n      responses:\n        '201': {description: created}\n`
        : '';
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

const FILLERS = 16;

/** A clean contract with `count` operations. */
function reportsContract(index: number, count: number): string {
  const paths = Array.from(
    { length: count },
    (_, path) => `  /reports/${path}:\n    get:\n      operationId: getReport${index}x${path}\n      summary: Report ${path}\n      responses:\n        '200':\n          description: Report ${path}.\n          content:\n            application/json:\n              schema:\n                $ref: '../../shared/models.yaml#/Item'\n`,
  ).join('');
  return `openapi: 3.0.3\ninfo:\n  title: Reports ${index} API\n  description: Reports.\n  version: 1.0.0\npaths:\n${paths}`;
}

/**
 * A monorepo of eight contracts (five with listings) and `fillers` larger clean ones, a shared `$ref`'d model, defects in several files,
 * and the recommended ruleset plus a Spectral-format rule, so both built-in and Spectral rules run in the workers.
 */
function monorepo(fillers = FILLERS): string {
  const files: Record<string, string> = {
    '.publish-gate.yaml': 'rulesets: [./governance/house.yaml]\n',
    'governance/house.yaml': `extends: [publish-gate:recommended]\nrules:\n  info-needs-description:\n    description: info must have a description\n    severity: warn\n    given: $.info\n    then:\n      field: description\n      function: truthy\n`,
    'shared/models.yaml': 'Item:\n  type: object\n  properties:\n    id:\n      type: string\n',
  };
  const defects = ['ref', 'none', 'typo', 'ref', 'parse', 'typo', 'none', 'ref'] as const;
  ['billing', 'catalog', 'delivery', 'identity', 'inventory', 'ledger', 'payments', 'search'].forEach((name, index) => {
    files[`apis/${name}/openapi.yaml`] = teamContract(name, defects[index]);
    if (index % 3 !== 2) files[`apis/${name}/listing.yaml`] = `apiVersion: publish-gate/v1\nkind: ApiListing\nmetadata:\n  name: ${name}\nspec:\n  contract: ./openapi.yaml\n  audience: public\n`;
  });
  // Enough work that the worker, once started, has groups left to take (the main thread takes the largest first).
  for (let index = 0; index < fillers; index++) files[`apis/reports-${index}/openapi.yaml`] = reportsContract(index, 80);
  return makeRepo(files);
}

/** What a run leaves for the user to read: outputs, log, summary, SARIF and JSON report files. */
function seen(run: ActionRun, workspace: string): Record<string, string> {
  const { 'report-file': reportFile, ...outputs } = run.outputs;
  return {
    code: String(run.code),
    outputs: JSON.stringify(outputs),
    stdout: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
    sarif: readFileSync(path.join(workspace, 'publish-gate.sarif'), 'utf8'),
    report: readFileSync(reportFile, 'utf8'),
  };
}

describe('the GitHub Action with worker threads (dist/worker.js)', () => {
  it('with jobs 2 lints in a worker and reports the same bytes as jobs 1: outputs, annotations, summary, SARIF, JSON', async () => {
    const workspace = monorepo();
    const one = await runAction(workspace, { jobs: '1', now: '2026-11-20' }, 'push');
    const sequential = seen(one, workspace);
    rmSync(path.join(workspace, 'publish-gate.sarif'));
    const two = await runAction(workspace, { jobs: '2', now: '2026-11-20' }, 'push');
    const parallel = seen(two, workspace);
    expect(one.code, one.stdout).toBe(1);
    expect(one.stderr).toBe('');
    const report = JSON.parse(sequential.report) as { summary: { files: number }; findings: Array<{ file: string; ruleId: string }> };
    expect(report.summary.files).toBe(14 + FILLERS);
    const files = new Set(report.findings.map((finding) => finding.file));
    for (const file of ['apis/billing/openapi.yaml', 'apis/delivery/openapi.yaml', 'apis/inventory/openapi.yaml', 'apis/search/openapi.yaml']) expect(files).toContain(file);
    expect(report.findings.filter((finding) => finding.ruleId === 'info-needs-description')).toHaveLength(7);
    for (const key of Object.keys(sequential)) expect(parallel[key], key).toBe(sequential[key]);
    // The default (no jobs input) reports the same as well.
    rmSync(path.join(workspace, 'publish-gate.sarif'));
    expect(seen(await runAction(workspace, { now: '2026-11-20' }, 'push'), workspace)).toEqual(sequential);

    // The worker did lint: dist/worker.js, wrapped to record its reply, answered with its share of the files.
    // (Which groups it takes depends on timing: the main thread takes from the same queue; the report does not.)
    const observed = installAction();
    renameSync(path.join(observed, 'dist/worker.js'), path.join(observed, 'dist/worker-observed.js'));
    const log = path.join(observed, 'worker-replies.txt');
    writeFileSync(
      path.join(observed, 'dist/worker.js'),
      `import { appendFileSync } from 'node:fs';\nimport { parentPort } from 'node:worker_threads';\nconst post = parentPort.postMessage.bind(parentPort);\nparentPort.postMessage = (reply) => {\n  appendFileSync(${JSON.stringify(log)}, JSON.stringify({ ok: reply.ok, files: reply.files, linted: reply.linted }) + '\\n');\n  post(reply);\n};\nawait import('./worker-observed.js');\n`,
    );
    rmSync(path.join(workspace, 'publish-gate.sarif'));
    const watched = await runAction(workspace, { jobs: '2', now: '2026-11-20' }, 'push', BASE_SHA, observed);
    expect(seen(watched, workspace)).toEqual(sequential);
    const replies = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; files: number; linted: string[] });
    expect(replies).toHaveLength(1);
    expect(replies[0].ok).toBe(true);
    for (const file of replies[0].linted) expect(existsSync(path.join(workspace, file)), file).toBe(true);
  });

  it('fails the step, never passes, when a worker cannot start or stops before reporting', async () => {
    const workspace = monorepo(0);
    for (const [what, script] of [
      ['throws on start', "throw new Error('the worker module failed to load');\n"],
      ['exits', "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(3));\n"],
      ['never starts', "import './chunk-does-not-exist.js';\n"],
    ]) {
      const broken = installAction();
      writeFileSync(path.join(broken, 'dist/worker.js'), script);
      const run = await runAction(workspace, { jobs: '2', now: '2026-11-20' }, 'push', BASE_SHA, broken);
      expect(run.code, what).toBe(1);
      expect(run.outputs.result, `${what}: ${run.stdout}${run.stderr}`).toBe('error');
      expect(run.stdout, what).toMatch(/^::error::publish-gate could not run: .+$/m);
      // The same broken install lints on one thread (jobs 1 starts no worker): the failure above is the worker's.
      const single = await runAction(workspace, { jobs: '1', now: '2026-11-20' }, 'push', BASE_SHA, broken);
      expect(single.outputs.result, what).toBe('fail');
    }
  });

  it('rejects a jobs input that is not a whole number from 1 to 256', async () => {
    const workspace = makeWorkspace({ 'apis/catalog/openapi.yaml': CATALOG });
    for (const jobs of ['0', 'two', '1.5', '257']) {
      const run = await runAction(workspace, { jobs }, 'push');
      expect(run.code, jobs).toBe(1);
      expect(run.outputs.result, jobs).toBe('error');
      expect(run.stdout).toContain(`::error::publish-gate could not run: input jobs must be a whole number from 1 to 256 (got "${jobs}")`);
    }
  });
});
