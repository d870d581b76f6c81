import path from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { discover, looksLikeDocument } from '../load/discover.js';
import type { SourceFile } from '../load/source-file.js';
import { printable, redactSecrets, safeOneLine } from '../load/redact.js';
import { toPointer, Workspace } from '../load/workspace.js';
import { ContractIndex, detectVersion, isObject } from '../model/contract.js';
import { isExceptionListData, isListingData, readListing, type Listing } from '../model/listing.js';
import { finishReport } from '../report/build.js';
import { dedupeFindings } from '../report/dedupe.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleReport } from '../rules/rule.js';
import { docsPath } from '../rules/rule.js';
import { resolveRuleSettings, type RuleSettings } from '../ruleset/load.js';
import { type Audience, type Finding, type Report, type Severity, severityRank } from '../types.js';
import { findContextListingPaths, readContextListings } from './context-listings.js';
import { runForeignRules } from './spectral-runner.js';
import { openPolicy, pendingPolicyChanges } from '../exceptions/policy.js';
import { loadExceptions, runExceptionStage } from '../exceptions/stage.js';
import { defaultJobs, lintInWorkers, shouldParallelise, splitWork, startWorkers, type InternalOptions, type WorkerResults } from './parallel.js';
import { planScope } from './plan.js';
import { hasRepositoryRules, sendSummaries, summariesForRepository, type SentSummary } from './repository.js';
import { summaryOf } from '../model/contract-summary.js';

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
  /** Set by the parallel runner for its workers only. */
  internal?: InternalOptions;
}

export interface LintResult {
  report: Report;
  failOn: Severity | 'none';
  /** In a worker: the contracts it linted, summarised for the main thread's repository rules. */
  summaries?: SentSummary[];
}

const RULE_CRASH_ID = 'structure-rule-crash';
const PARSE_RULE_ID = 'structure-parse';

/** Lints contracts and listings and returns the report. Throws `UsageError` when the tool cannot do its job. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const cwd = path.resolve(options.cwd);
  const policy = openPolicy(cwd, options);
  const config = options.config ?? policy.config ?? loadConfig(cwd, options.configPath);
  const now = resolveNow(options.now);
  const failOn = options.failOn ?? config.failOn;
  const settings = await resolveRuleSettings(options.rulesets && options.rulesets.length > 0 ? options.rulesets : config.rulesets, cwd, policy.readRuleset);
  const workspace = new Workspace({ root: cwd, limits: config.limits });
  const exceptionList = loadExceptions(cwd, config, policy.source, options.exceptionsPath);

  const patterns = options.paths && options.paths.length > 0 ? options.paths : [...(config.contracts ?? []), ...(config.manifests ?? [])];
  const discovered = options.internal
    ? { files: options.internal.files, explicit: new Set(options.internal.explicit) }
    : await discover({ cwd, patterns, ignore: config.ignore, maxFiles: config.limits.maxFiles, readGitignore: options.policyFrom ? (absPath) => policy.source.read(absPath) : undefined });
  const jobs = options.jobs ?? defaultJobs();
  const pool = options.internal ? undefined : startWorkers(discovered.files, jobs, options.jobs !== undefined);
  const plan = await planScope(cwd, discovered.files, workspace, { shard: options.shard, changedSince: options.changedSince, targets: options.internal?.targets }, pool !== undefined).catch((error: unknown) => {
    pool?.close();
    throw error;
  });
  const contextListings = options.internal ? new Set(options.internal.listings) : plan.listings;
  // When only some paths are linted, the repository's other listings still say which contracts are listed, to whom.
  const extraListingPaths = options.internal
    ? options.internal.extraListings
    : patterns.length > 0
      ? await findContextListingPaths(cwd, workspace, config, new Set(discovered.files), options.policyFrom ? (absPath) => policy.source.read(absPath) : undefined).catch((error: unknown) => {
          pool?.close();
          throw error;
        })
      : [];
  let scope = plan.scope;
  let parallel: WorkerResults | undefined;
  let workers: Promise<WorkerResults> | undefined;
  let delegated: Set<string> | undefined;
  if (pool && plan.groups && shouldParallelise(plan.groups, jobs, options.jobs !== undefined)) {
    const base = { cwd, configPath: options.configPath, config, rulesets: options.rulesets, failOn, now, policyFrom: options.policyFrom };
    const split = splitWork(plan.groups, jobs);
    workers = lintInWorkers(pool, base, discovered, split.workers, contextListings, extraListingPaths);
    workers.catch(() => undefined);
    delegated = new Set(split.workers.flatMap((share) => share.flatMap((group) => group.files)));
    scope = { ...scope, partial: true, isTarget: (absPath) => split.main.has(absPath) };
  } else pool?.close();

  const collector = new FindingCollector(settings);
  const contracts: ContractIndex[] = [];
  const listings: Listing[] = [];
  const lintedFiles: SourceFile[] = [];

  for (const absPath of discovered.files) {
    if (!scope.isTarget(absPath)) {
      if (!contextListings.has(absPath)) continue;
      const context = workspace.load(absPath);
      if (context.parsed && isListingData(context.data)) listings.push(readListing(context));
      continue;
    }
    const file = workspace.load(absPath);
    const explicit = discovered.explicit.has(absPath);
    if (!file.parsed) {
      if (explicit || file.problems.some((problem) => problem.code !== 'syntax' && problem.code !== 'encoding') || looksLikeDocument(file.text)) {
        lintedFiles.push(file);
        runFileRules(file, 'unknown', now, config, workspace, collector);
      }
      continue;
    }
    if (detectVersion(file.data)) {
      lintedFiles.push(file);
      contracts.push(new ContractIndex(file, workspace));
      runFileRules(file, 'contract', now, config, workspace, collector);
    } else if (isListingData(file.data)) {
      lintedFiles.push(file);
      listings.push(readListing(file));
      runFileRules(file, 'listing', now, config, workspace, collector);
    } else {
      // A document that says it is a contract or a listing but not in a form publish-gate reads would
      // otherwise be skipped in silence: changing `openapi: 3.0.3` to `openapi: 3.9` must not hide it.
      // A file named on the command line that is neither is reported too.
      const unreadable =
        declaredDocumentKind(file.data) ??
        (explicit && !isExceptionListData(file.data)
          ? { key: undefined, message: 'is not an OpenAPI contract (no top-level openapi: 3.x or swagger: "2.0") nor a listing (apiVersion: publish-gate/v1, kind: ApiListing)' }
          : undefined);
      if (unreadable) {
        lintedFiles.push(file);
        collector.add(ruleById(PARSE_RULE_ID), file, { message: `${file.relPath} ${unreadable.message}`, at: { file, path: unreadable.key ? [unreadable.key] : [] } });
      }
    }
  }

  const knownListings = [...listings, ...readContextListings(extraListingPaths, workspace)];
  const listingsByContract = new Map<string, Listing[]>();
  for (const listing of knownListings) {
    if (!listing.contractPath) continue;
    const list = listingsByContract.get(listing.contractPath) ?? [];
    list.push(listing);
    listingsByContract.set(listing.contractPath, list);
  }

  const base = { now, policy: config.policy, workspace };
  for (const contract of contracts) {
    const contractListings = listingsByContract.get(contract.file.absPath) ?? [];
    const audience = strictestAudience(contractListings);
    for (const rule of RULES) {
      if (rule.target !== 'contract') continue;
      collector.run(rule, contract.file, audience, (report) => rule.check({ ...base, contract, listings: contractListings, audience, report }));
    }
    const foreign = settings.foreignFor(contract.file.absPath);
    if (foreign) {
      try {
        for (const finding of await runForeignRules(foreign, contract.file, workspace, settings)) collector.push(finding);
      } catch (error) {
        collector.crash('spectral', contract.file, error);
      }
    }
  }

  const contractsByPath = new Map(contracts.map((contract) => [contract.file.absPath, contract]));
  for (const listing of listings) {
    if (!scope.isTarget(listing.file.absPath)) continue;
    const contract = listing.contractPath ? contractsByPath.get(listing.contractPath) ?? contractFor(listing.contractPath, workspace) : undefined;
    for (const rule of RULES) {
      if (rule.target !== 'listing') continue;
      collector.run(rule, listing.file, listing.audience, (report) => rule.check({ ...base, listing, contract, allListings: listings, report }));
    }
  }

  const beforeRepository = collector.findings.length;
  // Repository rules need every contract's summary: a worker's contracts come from its summaries, not a second parse.
  if (workers && scope.runRepository && hasRepositoryRules()) parallel = await workers;
  const repositoryContracts =
    scope.partial && scope.runRepository && hasRepositoryRules()
      ? summariesForRepository(discovered.files, contracts, workspace, delegated, parallel?.summaries)
      : contracts.map(summaryOf);
  for (const rule of RULES) {
    if (rule.target !== 'repository' || !scope.runRepository) continue;
    collector.runRepository(rule, (report) => rule.check({ ...base, contracts: repositoryContracts, listings, knownListings, report }));
  }
  if (scope.partial) {
    const kept = collector.findings.splice(beforeRepository).filter((finding) => scope.ownsRepositoryFinding(finding.file === '.' ? undefined : path.resolve(cwd, finding.file)));
    collector.findings.push(...kept);
  }
  if (workers && !parallel) parallel = await workers;
  // Paths named on the command line that reach no contract or listing are a mistake (a typo in a CI
  // workflow), not a pass. A shard or a --changed-since run may rightly have nothing to lint.
  const explicitRun = (options.paths?.length ?? 0) > 0 && !options.internal && !options.shard && !options.changedSince;
  if (explicitRun && lintedFiles.length + (parallel?.files ?? 0) === 0) {
    throw new UsageError(`nothing to lint: ${options.paths!.join(' ')} matched no OpenAPI contract or listing (node_modules, .git and .gitignored files are skipped)`);
  }
  if (parallel) collector.findings.push(...parallel.findings);
  collector.findings.splice(0, collector.findings.length, ...dedupeFindings(collector.findings));

  // Linted: the files linted here, the files their contracts reach through `$ref`, and any file with a finding;
  // not every file the workspace loaded (context listings and contracts read for cross-checks are not linted).
  const linted = new Set([
    ...lintedFiles.map((file) => file.relPath),
    ...contracts.flatMap((contract) => [...contract.files].map((file) => file.relPath)),
    ...collector.findings.map((finding) => finding.file),
    ...(parallel?.linted ?? []),
  ]);
  // Workers report raw findings: waivers are decided once, over every finding, on the main thread.
  const stage = options.internal ? undefined : runExceptionStage({ cwd, config, now, findings: collector.findings, lintedFiles: linted, settings, list: exceptionList });
  for (const finding of stage?.findings ?? []) collector.push(finding);

  const report = finishReport({
    findings: collector.findings,
    files: lintedFiles.length + (parallel?.files ?? 0),
    failOn,
    exceptions: stage?.summaries ?? [],
  });
  if (options.internal) report.linted = [...linted].sort();
  report.rulesets = settings.sources;
  if (options.policyFrom && !options.internal) report.policy = await pendingPolicyChanges(cwd, policy, options);
  const listedPaths = new Set(knownListings.map((listing) => listing.contractPath).filter((absPath): absPath is string => absPath !== undefined));
  return { report, failOn, summaries: options.internal ? sendSummaries(contracts, listedPaths) : undefined };
}

/** What a document that declares itself a contract or listing, in a form publish-gate does not read, says it is. */
function declaredDocumentKind(data: unknown): { key: string; message: string } | undefined {
  if (!isObject(data)) return undefined;
  for (const key of ['openapi', 'swagger']) {
    if (Object.hasOwn(data, key)) {
      return {
        key,
        message: `declares ${key}: ${JSON.stringify(data[key])}, which is not a version publish-gate checks (swagger: "2.0", openapi: 3.0.x or 3.1.x): the contract cannot be checked`,
      };
    }
  }
  if (data.kind === 'ApiListing' || data.apiVersion === 'publish-gate/v1') {
    if (data.kind === 'ExceptionList') return undefined;
    return {
      key: data.kind === 'ApiListing' ? 'apiVersion' : 'kind',
      message: `looks like a listing but is not one publish-gate reads (it needs apiVersion: publish-gate/v1 and kind: ApiListing): the listing cannot be checked`,
    };
  }
  return undefined;
}

/** A listed contract that discovery did not visit (e.g. outside the linted paths) is still read for cross-checks. */
function contractFor(absPath: string, workspace: Workspace): ContractIndex | undefined {
  if (!workspace.isInside(absPath)) return undefined;
  const file = workspace.load(absPath);
  return file.parsed && detectVersion(file.data) ? new ContractIndex(file, workspace) : undefined;
}

function runFileRules(file: SourceFile, kind: 'contract' | 'listing' | 'unknown', now: string, config: Config, workspace: Workspace, collector: FindingCollector): void {
  for (const rule of RULES) {
    if (rule.target !== 'file') continue;
    collector.run(rule, file, 'public', (report) => rule.check({ now, policy: config.policy, workspace, file, kind, report }));
  }
}

function ruleById(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

function strictestAudience(listings: Listing[]): Audience {
  if (listings.length === 0 || listings.some((listing) => listing.audience === 'public')) return 'public';
  return listings.some((listing) => listing.audience === 'partner') ? 'partner' : 'internal';
}

export function resolveNow(now: string | undefined): string {
  if (now === undefined || now === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(`${now}T00:00:00Z`)) || new Date(`${now}T00:00:00Z`).toISOString().slice(0, 10) !== now) {
    throw new UsageError(`--now must be a date as YYYY-MM-DD, got "${now}"`);
  }
  return now;
}

/** Turns rule reports into findings: severity from the ruleset, the audience and the report, location from the file. */
class FindingCollector {
  readonly findings: Finding[] = [];

  constructor(private readonly settings: RuleSettings) {}

  run(rule: Rule, file: SourceFile, audience: Audience, check: (report: (report: RuleReport) => void) => void): void {
    const configured = this.settings.severityFor(rule, file.absPath);
    if (configured === 'off') return;
    const cap = audience === 'public' ? undefined : rule.relaxFor?.[audience];
    const ceiling = cap && severityRank(cap) < severityRank(configured) ? cap : configured;
    try {
      check((report) => this.add(rule, file, report, ceiling));
    } catch (error) {
      this.crash(rule.id, file, error);
    }
  }

  runRepository(rule: Rule, check: (report: (report: RuleReport) => void) => void): void {
    try {
      check((report) => {
        const configured = this.settings.severityFor(rule, report.at.file.absPath);
        if (configured !== 'off') this.add(rule, report.at.file, report, configured);
      });
    } catch (error) {
      this.crash(rule.id, undefined, error);
    }
  }

  add(rule: Rule, defaultFile: SourceFile, report: RuleReport, ceiling?: Severity): void {
    const configured = ceiling ?? this.settings.severityFor(rule, defaultFile.absPath);
    if (configured === 'off') return;
    const severity = report.severity && severityRank(report.severity) < severityRank(configured) ? report.severity : configured;
    const at = report.at;
    const file = at.file;
    const range =
      'range' in at && at.range ? at.range :
      'start' in at && typeof at.start === 'number' ? file.rangeOf(at.start, typeof at.end === 'number' ? at.end : at.start) : file.locate(at.path);
    this.findings.push({
      ruleId: rule.id,
      control: rule.control,
      severity,
      message: printable(report.message),
      hint: report.hint ?? rule.hint,
      docs: docsPath(rule.id),
      file: file.relPath,
      range,
      pointer: toPointer(at.path),
      waivedBy: null,
    });
  }

  push(finding: Finding): void {
    this.findings.push(finding);
  }

  crash(ruleId: string, file: SourceFile | undefined, error: unknown): void {
    if (error instanceof UsageError) throw error;
    if (process.env.DEBUG?.includes('publish-gate')) process.stderr.write(`${redactSecrets((error as Error)?.stack ?? String(error))}\n`);
    const rule = ruleById(RULE_CRASH_ID);
    const reason = error instanceof Error ? error.message : String(error);
    this.findings.push({
      ruleId: RULE_CRASH_ID,
      control: rule.control,
      severity: 'error',
      message: `rule ${ruleId} failed on ${file?.relPath ?? 'the repository'}: ${safeOneLine(reason)}`,
      hint: rule.hint,
      docs: docsPath(RULE_CRASH_ID),
      file: file?.relPath ?? '.',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      pointer: '',
      waivedBy: null,
    });
  }
}
