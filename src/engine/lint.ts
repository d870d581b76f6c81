import path from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { openPolicy, pendingPolicyChanges } from '../exceptions/policy.js';
import { loadExceptions, runExceptionStage } from '../exceptions/stage.js';
import { discover } from '../load/discover.js';
import { Workspace } from '../load/workspace.js';
import { finishReport } from '../report/build.js';
import { dedupeFindings } from '../report/dedupe.js';
import { RULES } from '../rules/index.js';
import { resolveRuleSettings } from '../ruleset/load.js';
import type { Report, Severity } from '../types.js';
import { findContextListingPaths, readContextListings } from './context-listings.js';
import { GroupLinter } from './group-linter.js';
import { defaultJobs, lintInWorkers, shouldParallelise, startWorkers, WorkQueue, type WorkerResults, type WorkerTask } from './parallel.js';
import { planScope } from './plan.js';
import { hasRepositoryRules, summariesForRepository } from './repository.js';
import { timed, Timings } from './timing.js';
import type { Listing } from '../model/listing.js';

/** `--timing` stages of the main thread (rules are timed by id, parsing and Spectral in `group-linter.ts`). */
const PLAN_STAGE = '(discover and plan)';
const LISTINGS_STAGE = '(read listings)';
const MERGE_STAGE = '(merge, de-duplicate and sort)';
const EXCEPTIONS_STAGE = '(exceptions)';

export interface LintOptions {
  /** The working directory: files are reported relative to it and nothing outside it is read. */
  cwd: string;
  /** Files, directories or globs; none: the config's globs, or the whole working directory. */
  paths?: string[];
  configPath?: string;
  /** Rulesets to use instead of the config's. */
  rulesets?: string[];
  failOn?: Severity | 'none';
  /** "Today" for every date rule, `YYYY-MM-DD`; default: today in UTC. */
  now?: string;
  /** A config already loaded (the CLI loads it first to report config errors early). */
  config?: Config;
  /** Exceptions file instead of the config's (`--exceptions`). */
  exceptionsPath?: string;
  /** Git ref to read the config, rulesets and exceptions from instead of the working tree (`--policy-from`). */
  policyFrom?: string;
  /** Worker threads to lint with; default: the number of cores (small runs stay on the main thread). */
  jobs?: number;
  /** `I/N`: lint only shard I of N of the discovered files (contracts with their listings). */
  shard?: string;
  /** A git ref: lint only the contracts, listings and `$ref`'d files changed since it. */
  changedSince?: string;
  /** Measure where the time goes (`--timing`): `LintResult.timings`. */
  timing?: boolean;
}

export interface LintResult {
  report: Report;
  failOn: Severity | 'none';
  /** With `timing`: milliseconds per rule and stage, over every thread. */
  timings?: Timings;
}

/** Lints contracts and listings and returns the report. Throws `UsageError` when the tool cannot do its job. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const timings = options.timing ? new Timings() : undefined;
  const run = await openRun(options);
  const { cwd, policy, config, now, failOn, settings, workspace } = run;
  const exceptionList = loadExceptions(cwd, config, policy.source, options.exceptionsPath);

  const patterns = options.paths && options.paths.length > 0 ? options.paths : [...(config.contracts ?? []), ...(config.manifests ?? [])];
  const readGitignore = options.policyFrom ? (absPath: string) => policy.source.read(absPath) : undefined;
  const started = performance.now();
  const discovered = await discover({ cwd, patterns, ignore: config.ignore, maxFiles: config.limits.maxFiles, readGitignore });
  const jobs = options.jobs ?? defaultJobs();
  const pool = startWorkers(discovered.files, jobs, options.jobs !== undefined);
  let parallel: Promise<WorkerResults> | undefined;
  try {
    const plan = await planScope(cwd, discovered.files, workspace, { shard: options.shard, changedSince: options.changedSince });
    // When only some paths are linted, the repository's other listings still say which contracts are listed, to whom.
    const extraListingPaths = patterns.length > 0 ? await findContextListingPaths(cwd, workspace, config, new Set(discovered.files), readGitignore) : [];
    timings?.add(PLAN_STAGE, performance.now() - started);
    const { listings, knownListings } = timed(timings, LISTINGS_STAGE, () => readListings(plan.listings, extraListingPaths, workspace));
    const linter = new GroupLinter({ now, config, workspace, settings, explicit: discovered.explicit, listings, knownListings, timings });

    if (pool && shouldParallelise(plan.groups, jobs, options.jobs !== undefined)) {
      const queue = WorkQueue.of(plan.groups);
      const task: WorkerTask = {
        cwd,
        configPath: options.configPath,
        config,
        rulesets: options.rulesets,
        now,
        policyFrom: options.policyFrom,
        explicit: [...discovered.explicit],
        listings: [...plan.listings],
        extraListings: extraListingPaths,
        queue: queue.shared(),
        timing: timings !== undefined,
      };
      parallel = lintInWorkers(pool, task);
      parallel.catch(() => undefined);
      for (let group = queue.take(); group; group = queue.take()) await linter.lintGroup(group);
    } else {
      pool?.close();
      for (const group of plan.groups) await linter.lintGroup(group.files);
    }
    const fromWorkers = parallel ? await parallel : undefined;
    const collector = linter.collector;
    const summaries = [...linter.summaries, ...(fromWorkers?.summaries ?? [])];
    const files = linter.files + (fromWorkers?.files ?? 0);

    const scope = plan.scope;
    const beforeRepository = collector.findings.length;
    if (scope.runRepository && hasRepositoryRules()) {
      const listed = new Set(knownListings.map((listing) => listing.contractPath).filter((absPath): absPath is string => absPath !== undefined));
      const contracts = summariesForRepository(discovered.files, workspace, summaries, scope, listed);
      const base = { now, policy: config.policy, workspace };
      for (const rule of RULES) {
        if (rule.target !== 'repository') continue;
        collector.runRepository(rule, (report) => rule.check({ ...base, contracts, listings, knownListings, report }));
      }
    }
    if (scope.partial) {
      const kept = collector.findings.splice(beforeRepository).filter((finding) => scope.ownsRepositoryFinding(finding.file === '.' ? undefined : path.resolve(cwd, finding.file)));
      for (const finding of kept) collector.push(finding);
    }
    // Paths named on the command line that reach no contract or listing are a mistake (a typo in a CI
    // workflow), not a pass. A shard or a --changed-since run may rightly have nothing to lint.
    const explicitRun = (options.paths?.length ?? 0) > 0 && !options.shard && !options.changedSince;
    if (explicitRun && files === 0) {
      throw new UsageError(`nothing to lint: ${options.paths!.join(' ')} matched no OpenAPI contract or listing (node_modules, .git and .gitignored files are skipped)`);
    }
    // Loops, not spread arguments: a run can have more findings than a call can take arguments (~120,000).
    for (const finding of fromWorkers?.findings ?? []) collector.push(finding);
    timed(timings, MERGE_STAGE, () => collector.replaceFindings(dedupeFindings(collector.findings)));

    // Linted: the files linted, the files their contracts reach through `$ref`, and any file with a finding;
    // not every file the workspace loaded (context listings and contracts read for cross-checks are not linted).
    const linted = new Set([...linter.linted, ...(fromWorkers?.linted ?? []), ...collector.findings.map((finding) => finding.file)]);
    // Workers report raw findings: waivers are decided once, over every finding, on the main thread.
    const waivers = timed(timings, EXCEPTIONS_STAGE, () => runExceptionStage({ cwd, config, now, findings: collector.findings, lintedFiles: linted, settings, list: exceptionList }));
    for (const finding of waivers.findings) collector.push(finding);

    const report = timed(timings, MERGE_STAGE, () => finishReport({ findings: collector.findings, files, failOn, exceptions: waivers.summaries }));
    report.rulesets = settings.sources;
    if (options.policyFrom) report.policy = await pendingPolicyChanges(cwd, policy, options);
    if (timings && fromWorkers?.timings) timings.merge(fromWorkers.timings);
    return { report, failOn, timings };
  } finally {
    pool?.close();
  }
}

/** What a run needs before it reads any contract: the policy, config, date and rule settings, and a workspace. */
async function openRun(options: Pick<LintOptions, 'cwd' | 'config' | 'configPath' | 'policyFrom' | 'now' | 'failOn' | 'rulesets'>) {
  const cwd = path.resolve(options.cwd);
  const policy = openPolicy(cwd, options);
  const config = options.config ?? policy.config ?? loadConfig(cwd, options.configPath);
  const now = resolveNow(options.now);
  const failOn = options.failOn ?? config.failOn;
  const settings = await resolveRuleSettings(options.rulesets && options.rulesets.length > 0 ? options.rulesets : config.rulesets, cwd, policy.readRuleset);
  const workspace = new Workspace({ root: cwd, limits: config.limits });
  return { cwd, policy, config, now, failOn, settings, workspace };
}

/**
 * A worker's share of a parallel run: it takes groups from the shared queue until none is left and
 * returns their raw findings (waivers are decided on the main thread), what it linted and the summaries
 * of its contracts for the repository rules.
 */
export async function lintShare(task: WorkerTask): Promise<WorkerResults> {
  const { config, now, settings, workspace } = await openRun(task);
  const timings = task.timing ? new Timings() : undefined;
  const { listings, knownListings } = timed(timings, LISTINGS_STAGE, () => readListings(task.listings, task.extraListings, workspace));
  const linter = new GroupLinter({ now, config, workspace, settings, explicit: new Set(task.explicit), listings, knownListings, timings });
  const queue = WorkQueue.attach(task.queue);
  for (let group = queue.take(); group; group = queue.take()) await linter.lintGroup(group);
  return { findings: linter.collector.findings, files: linter.files, linted: [...linter.linted], summaries: linter.summaries, timings: timings?.entries() };
}

/** The discovered listings (linted or not) and, with them, those elsewhere in the repository (context only). */
function readListings(discovered: Iterable<string>, elsewhere: readonly string[], workspace: Workspace): { listings: Listing[]; knownListings: Listing[] } {
  const listings = readContextListings([...discovered], workspace);
  return { listings, knownListings: [...listings, ...readContextListings(elsewhere, workspace)] };
}

export function resolveNow(now: string | undefined): string {
  if (now === undefined || now === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(`${now}T00:00:00Z`)) || new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now) {
    throw new UsageError(`--now must be a date as YYYY-MM-DD, got "${now}"`);
  }
  return now;
}

