#!/usr/bin/env node
// The speed benchmark of issue 6: whole-process runs of publish-gate (recommended, strict), Redocly
// (recommended) and Spectral (spectral:oas) on the corpus contracts, and the scale benchmark on a generated
// repository (--jobs 1 vs 2, time against size). Writes bench/results.md.
//
//   npm run bench -- [--runs 5] [--spectral-runs 1] [--no-spectral] [--corpus DIR] [--contracts a.yaml,b.json]
//                    [--no-scale] [--scale-runs 3] [--out bench/results.md]
//
// Each contract is copied into its own temporary directory, the working directory of every run, so `$ref`s
// cannot leave it. No tool may use the network: runs go through `unshare -n` (a network namespace with no
// interfaces) when it works here, and Redocly's telemetry and update check are switched off by environment.
// Runs are interleaved (tool A, B, C, D, then A, B, ... again) so a change in machine load hits every tool alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'spectral-runs': { type: 'string' },
    'no-spectral': { type: 'boolean' },
    corpus: { type: 'string' },
    contracts: { type: 'string' },
    'no-scale': { type: 'boolean' },
    'no-corpus': { type: 'boolean' },
    'scale-runs': { type: 'string' },
    out: { type: 'string' },
  },
});
const runs = Number(values.runs ?? process.env.BENCH_RUNS ?? 5);
const spectralRuns = values['no-spectral'] ? 0 : Number(values['spectral-runs'] ?? 1);
const scaleRuns = Number(values['scale-runs'] ?? 3);
const corpus = path.resolve(root, values.corpus ?? process.env.BENCH_CORPUS ?? '../shared/corpus');
const contracts = (values.contracts ?? 'digitalocean-bundled.yaml,github.json,openai.yaml,stripe.yaml').split(',');
const outFile = path.resolve(root, values.out ?? 'bench/results.md');
const bin = {
  publishGate: path.join(root, 'bin/publish-gate.js'),
  redocly: path.join(root, 'node_modules/@redocly/cli/bin/cli.js'),
  spectral: path.join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js'),
};

const hasTime = existsSync('/usr/bin/time');
const noNetwork = (() => {
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
  NO_COLOR: '1',
  PUBLISH_GATE_NOW: '2026-01-01',
};

/** Runs `node args...` in `cwd`; returns wall seconds, peak RSS in MiB and the exit code. */
function measure(args, cwd) {
  const timeFile = path.join(cwd, '.time');
  let command = process.execPath;
  let argv = args;
  if (hasTime) {
    argv = ['-f', '%e %M %U %S', '-o', timeFile, command, ...argv];
    command = '/usr/bin/time';
  }
  if (noNetwork) {
    argv = ['-n', command, ...argv];
    command = 'unshare';
  }
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  let rss = NaN;
  let cpu = NaN;
  let code = result.status;
  if (hasTime && existsSync(timeFile)) {
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const last = lines[lines.length - 1].split(' ');
    rss = Number(last[1]) / 1024;
    cpu = Number(last[2]) + Number(last[3]);
    const exit = lines.find((line) => line.startsWith('Command exited with non-zero status'));
    code = exit ? Number(exit.split(' ').pop()) : 0;
    rmSync(timeFile, { force: true });
  }
  if (result.error) throw result.error;
  return { wall, rss, cpu, code, stderr: result.stderr?.toString().slice(0, 300) ?? '' };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (seconds) => (Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : 'n/a');
const mib = (value) => (Number.isFinite(value) ? `${Math.round(value)} MiB` : 'n/a');
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');

const sections = [];
const machine = `${os.availableParallelism?.() ?? os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const loadBefore = load();
const started = new Date();

// ---------------------------------------------------------------- corpus comparison
const tools = [
  { name: 'publish-gate recommended', runs, args: (file) => [bin.publishGate, 'lint', file, '--ruleset', 'publish-gate:recommended', '--fail-on', 'none'] },
  { name: 'publish-gate strict', runs, args: (file) => [bin.publishGate, 'lint', file, '--ruleset', 'publish-gate:strict', '--fail-on', 'none'] },
  { name: 'Redocly lint (recommended)', runs, redocly: true, args: (file) => [bin.redocly, 'lint', file, '--extends', 'recommended', '--format', 'stylish'] },
  { name: 'Spectral (spectral:oas)', runs: spectralRuns, args: (file) => [bin.spectral, 'lint', file, '--ruleset', '.spectral.yaml', '--format', 'text', '--quiet'] },
];

if (values['no-corpus']) {
  // nothing
} else if (!existsSync(corpus)) {
  process.stdout.write(`corpus ${corpus} is absent: skipping the corpus comparison (give --corpus DIR)\n`);
  sections.push(`## Corpus comparison\n\nSkipped: the corpus directory \`${path.relative(root, corpus)}\` is absent.\n`);
} else {
  const rows = [];
  for (const name of contracts) {
    const source = path.join(corpus, name);
    if (!existsSync(source)) {
      process.stdout.write(`${name}: not in the corpus, skipped\n`);
      continue;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'publish-gate-bench-'));
    copyFileSync(source, path.join(dir, name));
    writeFileSync(path.join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
    const samples = new Map(tools.map((tool) => [tool.name, []]));
    const most = Math.max(...tools.map((tool) => tool.runs));
    for (let round = 0; round < most; round++) {
      for (const tool of tools) {
        if (round >= tool.runs) continue;
        const sample = measure(tool.args(name), dir);
        samples.get(tool.name).push(sample);
        process.stdout.write(`${name} ${tool.name} #${round + 1}: ${fmt(sample.wall)} ${mib(sample.rss)} exit ${sample.code}\n`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const redocly = median(samples.get(tools[2].name).map((sample) => sample.wall));
    const redoclyCpu = median(samples.get(tools[2].name).map((sample) => sample.cpu));
    for (const tool of tools) {
      const list = samples.get(tool.name);
      if (list.length === 0) continue;
      const walls = list.map((sample) => sample.wall);
      const time = median(walls);
      rows.push(
        `| ${name} (${(statSync(source).size / 2 ** 20).toFixed(1)} MB) | ${tool.name} | ${fmt(time)} | ${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))} | ${list.length} | ${Number.isFinite(redocly) ? (time / redocly).toFixed(2) : 'n/a'} | ${fmt(median(list.map((sample) => sample.cpu)))} | ${Number.isFinite(redoclyCpu) ? (median(list.map((sample) => sample.cpu)) / redoclyCpu).toFixed(2) : 'n/a'} | ${mib(Math.max(...list.map((sample) => sample.rss)))} | ${[...new Set(list.map((sample) => sample.code))].join(',')} |`,
      );
    }
  }
  sections.push(
    [
      '## Corpus comparison',
      '',
      `Median wall time of whole-process runs (each tool run ${runs} times, Spectral ${spectralRuns}), ratio to Redocly's median on the same file in the same run, median CPU time (user + system, all threads) and its ratio, and the highest peak RSS seen. On a loaded machine the CPU ratio is the steadier of the two. Exit codes are the tools' own (publish-gate runs with \`--fail-on none\`).`,
      '',
      '| contract | tool | median wall | min–max | runs | wall ratio to Redocly | median CPU | CPU ratio | peak RSS | exit |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      'Spectral follows the remote `$ref`s of github.json over the network when it can; here it runs without a network, so those references fail on its side (its problem, not a difference in the comparison of time).',
      '',
    ].join('\n'),
  );
}

// ---------------------------------------------------------------- scale: generated repository
if (!values['no-scale']) {
  const tmp = path.join(root, 'bench/tmp');
  mkdirSync(tmp, { recursive: true });
  const repos = [
    { label: '100 contracts', count: 100, scale: 1 },
    { label: '200 contracts', count: 200, scale: 1 },
    { label: '200 larger contracts', count: 200, scale: 4 },
  ];
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const rows = [];
  const identical = [];
  const sizes = [];
  for (const repo of repos) {
    const name = `repo-${repo.count}x${repo.scale}`;
    const dir = path.join(tmp, name);
    execFileSync(process.execPath, [path.join(root, 'bench/gen-repo.mjs'), '--count', String(repo.count), '--scale', String(repo.scale), '--out', dir], { stdio: 'ignore' });
    const mibs = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]) / 2 ** 20;
    const variants = [
      { label: '--jobs 1', args: ['--jobs', '1'] },
      { label: '--jobs 2', args: ['--jobs', '2'] },
    ];
    const samples = new Map(variants.map((variant) => [variant.label, []]));
    const report = (suffix) => path.join(tmp, `${name}-${suffix}.json`);
    for (let round = 0; round < scaleRuns; round++) {
      for (const variant of variants) {
        const sample = measure([bin.publishGate, 'lint', ...variant.args, '--fail-on', 'none', '--format', 'json', '--output', report(`jobs${variant.args[1]}`)], dir);
        samples.get(variant.label).push(sample);
        process.stdout.write(`${repo.label} ${variant.label} #${round + 1}: ${fmt(sample.wall)} ${mib(sample.rss)}\n`);
      }
    }
    // Two shards merged must give the bytes of one full run.
    for (const shard of ['1/2', '2/2']) measure([bin.publishGate, 'lint', '--shard', shard, '--fail-on', 'none', '--format', 'json', '--output', report(`shard${shard[0]}`)], dir);
    measure([bin.publishGate, 'merge', report('shard1'), report('shard2'), '--fail-on', 'none', '--format', 'json', '--output', report('merged')], dir);
    const full = readFileSync(report('jobs1'), 'utf8');
    identical.push(full === readFileSync(report('jobs2'), 'utf8') && full === readFileSync(report('merged'), 'utf8'));
    const t1 = median(samples.get('--jobs 1').map((sample) => sample.wall));
    const cpu1 = median(samples.get('--jobs 1').map((sample) => sample.cpu));
    sizes.push({ label: repo.label, mibs, t1, cores1: cpu1 / t1 });
    for (const variant of variants) {
      const list = samples.get(variant.label);
      const time = median(list.map((sample) => sample.wall));
      const cpu = median(list.map((sample) => sample.cpu));
      rows.push(
        `| ${repo.label} (${mibs.toFixed(1)} MiB) | ${variant.label} | ${fmt(time)} | ${(mibs / time).toFixed(2)} MiB/s | ${(t1 / time).toFixed(2)}x | ${fmt(cpu)} | ${(cpu / time).toFixed(2)} | ${mib(Math.max(...list.map((sample) => sample.rss)))} |`,
      );
    }
  }
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const busiest = Math.max(...sizes.map((size) => size.cores1));
  sections.push(
    [
      '## Scale: generated repository (bench/gen-repo.mjs)',
      '',
      `Median of ${scaleRuns} whole-process runs on ${cores} cores; speed-up is throughput relative to \`--jobs 1\` on the same repository; "cores busy" is CPU time over wall time (V8's own GC and compiler threads count). JSON reports of \`--jobs 1\`, \`--jobs 2\` and two shards merged identical: ${identical.every(Boolean) ? 'yes' : 'NO'}.`,
      '',
      '| repository | jobs | median wall | throughput | speed-up | median CPU | cores busy | peak RSS |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Time against size (\`--jobs 1\`): ${sizes.map((size) => `${fmt(size.t1)} for ${size.mibs.toFixed(1)} MiB`).join(', ')}: ${(last.t1 / first.t1).toFixed(2)}x the time for ${(last.mibs / first.mibs).toFixed(2)}x the size (process start-up is a constant part of each).`,
      '',
      `\`--jobs 1\` keeps up to ${busiest.toFixed(2)} cores busy on its own, so on ${cores} cores \`--jobs 2\` can at best reach ${(cores / busiest).toFixed(2)}x whatever the tool does; a second thread also pays its own start-up, JIT warm-up and heap.`,
      '',
    ].join('\n'),
  );
}

const header = [
  '# publish-gate benchmark',
  '',
  `- Date: ${started.toISOString()}`,
  `- Machine: ${machine}`,
  `- Load average (1/5/15 min) before: ${loadBefore}; after: ${load()}`,
  `- Measured with ${hasTime ? '/usr/bin/time (wall seconds, max RSS)' : 'process wall time (no /usr/bin/time: peak RSS not measured)'}; network ${noNetwork ? 'cut off with unshare -n' : 'NOT cut off (unshare -n unavailable): Redocly telemetry off by REDOCLY_TELEMETRY=off'}`,
  `- Tools: publish-gate ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}, @redocly/cli ${version('@redocly/cli')}, @stoplight/spectral-cli ${version('@stoplight/spectral-cli')}`,
  '- Reproduce: `npm run build && npm run bench` (options: `--runs N`, `--spectral-runs N`, `--no-spectral`, `--corpus DIR`, `--no-scale`)',
  '',
].join('\n');
writeFileSync(outFile, `${header}\n${sections.join('\n')}`);
process.stdout.write(`wrote ${path.relative(process.cwd(), outFile)}\n`);

function version(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}
