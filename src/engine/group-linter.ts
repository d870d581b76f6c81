import type { Config } from '../config/config.js';
import { looksLikeDocument } from '../load/discover.js';
import type { SourceFile } from '../load/source-file.js';
import type { Workspace } from '../load/workspace.js';
import { referencedFilesOf } from '../model/contract-summary.js';
import { ContractIndex, detectVersion, isObject } from '../model/contract.js';
import { isExceptionListData, isListingData, readListing, type Listing } from '../model/listing.js';
import { RULES } from '../rules/index.js';
import type { RuleSettings } from '../ruleset/load.js';
import type { Audience } from '../types.js';
import { FindingCollector, ruleById } from './finding-collector.js';
import { contractAt, type SentSummary } from './repository.js';
import { runForeignRules } from './spectral-runner.js';
import { timed, type Timings } from './timing.js';

const PARSE_RULE_ID = 'structure-parse';
/**
 * `--timing` stages: reading and parsing the files of a group, indexing its contract (operations, security
 * schemes, schemas, with the files `$ref`s reach), and rules run by Spectral.
 */
export const PARSE_STAGE = '(read and parse)';
export const SPECTRAL_STAGE = '(Spectral rules)';
export const INDEX_STAGE = '(index contract)';

export interface GroupLinterOptions {
  now: string;
  config: Config;
  workspace: Workspace;
  settings: RuleSettings;
  /** Files named on the command line (absolute). */
  explicit: ReadonlySet<string>;
  /** Discovered listings, linted or not: listing rules compare a listing with every other one. */
  listings: readonly Listing[];
  /** Those and the listings elsewhere in the repository: which contracts are listed, to whom. */
  knownListings: readonly Listing[];
  /** `--timing`: where the time goes. */
  timings?: Timings;
}

/**
 * Lints groups of files (a contract with the listings that point at it, or a lone file) one at a time:
 * file rules, contract rules, Spectral rules, then listing rules against the group's contract. Once a
 * group is done its contract is summarised for the repository rules and its parse trees are released,
 * so memory follows the largest contract, not the whole repository. The main thread and each worker
 * run one of these over the groups they take.
 */
export class GroupLinter {
  readonly collector: FindingCollector;
  /** Files linted (relative): the group's files, the files their contracts reach through `$ref`, and any file with a finding is added later. */
  readonly linted = new Set<string>();
  /** The contracts linted, summarised for repository rules. */
  readonly summaries: SentSummary[] = [];
  /** How many files were linted (the report's `summary.files`). */
  files = 0;

  private readonly listingByPath = new Map<string, Listing>();
  private readonly listingsByContract = new Map<string, Listing[]>();

  constructor(private readonly options: GroupLinterOptions) {
    this.collector = new FindingCollector(options.settings, options.timings);
    for (const listing of options.listings) this.listingByPath.set(listing.file.absPath, listing);
    for (const listing of options.knownListings) {
      if (!listing.contractPath) continue;
      const list = this.listingsByContract.get(listing.contractPath) ?? [];
      list.push(listing);
      this.listingsByContract.set(listing.contractPath, list);
    }
  }

  async lintGroup(files: readonly string[]): Promise<void> {
    const { workspace, explicit } = this.options;
    const contracts: ContractIndex[] = [];
    const listings: Listing[] = [];
    const released = new Set<SourceFile>();
    for (const absPath of files) {
      const listing = this.listingByPath.get(absPath);
      if (listing) {
        listings.push(listing);
        this.lintFile(listing.file, 'listing');
        continue;
      }
      const file = timed(this.options.timings, PARSE_STAGE, () => workspace.load(absPath));
      released.add(file);
      if (!file.parsed) {
        if (explicit.has(absPath) || file.problems.some((problem) => problem.code !== 'syntax' && problem.code !== 'encoding') || looksLikeDocument(file.text)) {
          this.lintFile(file, 'unknown');
        }
        continue;
      }
      if (detectVersion(file.data)) {
        contracts.push(new ContractIndex(file, workspace));
        this.lintFile(file, 'contract');
        continue;
      }
      if (isListingData(file.data)) {
        // Planning finds listings by a cheap text test; one it missed is still linted as a listing.
        listings.push(readListing(file));
        this.lintFile(file, 'listing');
        continue;
      }
      // A document that says it is a contract or a listing but not in a form publish-gate reads would
      // otherwise be skipped in silence: changing `openapi: 3.0.3` to `openapi: 3.9` must not hide it.
      // A file named on the command line that is neither is reported too.
      const unreadable =
        declaredDocumentKind(file.data) ??
        (explicit.has(absPath) && !isExceptionListData(file.data)
          ? { key: undefined, message: 'is not an OpenAPI contract (no top-level openapi: 3.x or swagger: "2.0") nor a listing (apiVersion: publish-gate/v1, kind: ApiListing)' }
          : undefined);
      if (unreadable) {
        this.count(file);
        this.collector.add(ruleById(PARSE_RULE_ID), file, { message: `${file.relPath} ${unreadable.message}`, at: { file, path: unreadable.key ? [unreadable.key] : [] } });
      }
    }

    for (const contract of contracts) await this.lintContract(contract);
    for (const listing of listings) {
      const contract = listing.contractPath ? contracts.find((candidate) => candidate.file.absPath === listing.contractPath) ?? this.contractFor(listing.contractPath, released) : undefined;
      this.lintListing(listing, contract);
    }
    for (const contract of contracts) {
      const refs = referencedFilesOf(contract);
      this.summaries.push({ absPath: contract.file.absPath, refs, root: contract.file.locate([]) });
      for (const file of contract.files) {
        this.linted.add(file.relPath);
        released.add(file);
      }
    }
    workspace.release(released);
  }

  private count(file: SourceFile): void {
    this.files++;
    this.linted.add(file.relPath);
  }

  private lintFile(file: SourceFile, kind: 'contract' | 'listing' | 'unknown'): void {
    this.count(file);
    const { now, config, workspace } = this.options;
    for (const rule of RULES) {
      if (rule.target !== 'file') continue;
      this.collector.run(rule, file, 'public', (report) => rule.check({ now, policy: config.policy, workspace, file, kind, report }));
    }
  }

  private async lintContract(contract: ContractIndex): Promise<void> {
    const { now, config, workspace, settings } = this.options;
    const listings = this.listingsByContract.get(contract.file.absPath) ?? [];
    const audience = strictestAudience(listings);
    // Rules build the shared index lazily, so the first rule to ask would be charged for it: with --timing it is built first.
    this.options.timings?.measure(INDEX_STAGE, () => {
      void contract.operations;
      void contract.securitySchemes;
      void contract.schemas;
    });
    for (const rule of RULES) {
      if (rule.target !== 'contract') continue;
      this.collector.run(rule, contract.file, audience, (report) => rule.check({ now, policy: config.policy, workspace, contract, listings, audience, report }));
    }
    const foreign = settings.foreignFor(contract.file.absPath);
    if (!foreign) return;
    try {
      const run = () => runForeignRules(foreign, contract.file, workspace, settings);
      for (const finding of await (this.options.timings ? this.options.timings.measureAsync(SPECTRAL_STAGE, run) : run())) this.collector.push(finding);
    } catch (error) {
      this.collector.crash('spectral', contract.file, error);
    }
  }

  private lintListing(listing: Listing, contract: ContractIndex | undefined): void {
    const { now, config, workspace, listings } = this.options;
    const allListings = listings as Listing[];
    for (const rule of RULES) {
      if (rule.target !== 'listing') continue;
      this.collector.run(rule, listing.file, listing.audience, (report) => rule.check({ now, policy: config.policy, workspace, listing, contract, allListings, report }));
    }
  }

  /** A listed contract that discovery did not visit (e.g. outside the linted paths) is still read for cross-checks. */
  private contractFor(absPath: string, released: Set<SourceFile>): ContractIndex | undefined {
    const contract = contractAt(absPath, this.options.workspace);
    if (contract) released.add(contract.file);
    return contract;
  }
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

export function strictestAudience(listings: readonly Listing[]): Audience {
  if (listings.length === 0 || listings.some((listing) => listing.audience === 'public')) return 'public';
  return listings.some((listing) => listing.audience === 'partner') ? 'partner' : 'internal';
}
