import type { Workspace } from '../load/workspace.js';
import type { PathSegment, SourceFile } from '../load/source-file.js';
import type { ContractIndex, Located } from '../model/contract.js';
import type { ContractSummary } from '../model/contract-summary.js';
import type { Listing } from '../model/listing.js';
import type { Policy } from '../config/policy.js';
import type { Audience, Control, Range, Severity, SeverityOrOff } from '../types.js';

/** What a rule reports: a message, where, and optionally a lower severity or a more specific hint. */
export interface RuleReport {
  message: string;
  /** `range`: already located (e.g. by a worker), the file is not located again. */
  at: Located<unknown> | { file: SourceFile; path: PathSegment[]; start?: number; end?: number; range?: Range };
  /** Lower than the configured severity only (e.g. a `warn` case of an `error` rule). */
  severity?: Severity;
  hint?: string;
}

interface BaseContext {
  now: string;
  policy: Policy;
  workspace: Workspace;
  report(report: RuleReport): void;
}

export interface FileContext extends BaseContext {
  file: SourceFile;
  kind: 'contract' | 'listing' | 'exceptions' | 'unknown';
}

export interface ContractContext extends BaseContext {
  contract: ContractIndex;
  /** The listings that point at this contract (usually one). */
  listings: Listing[];
  /** The audience the contract is published to: its listing's, or `public` when it has none. */
  audience: Audience;
}

export interface ListingContext extends BaseContext {
  listing: Listing;
  /** The contract the listing points at, when it exists and parses. */
  contract: ContractIndex | undefined;
  allListings: Listing[];
}

export interface RepositoryContext extends BaseContext {
  /** Every discovered contract, as a light summary (a contract linted by a worker is not parsed again). */
  contracts: ContractSummary[];
  /** The linted listings. */
  listings: Listing[];
  /** The linted listings and, when only some paths are linted, the other listings of the repository. */
  knownListings: Listing[];
}

interface RuleMeta {
  /** kebab-case, prefixed by its control by convention. */
  id: string;
  control: Control;
  /** Severity in `publish-gate:recommended` (`off`: not in recommended). */
  severity: SeverityOrOff;
  /** Severity in `publish-gate:strict`; defaults to `severity`. */
  strictSeverity?: SeverityOrOff;
  /** Highest severity for contracts of a less exposed audience (public is never relaxed). */
  relaxFor?: Partial<Record<Exclude<Audience, 'public'>, Severity>>;
  description: string;
  hint: string;
}

export type Rule =
  | (RuleMeta & { target: 'file'; check(context: FileContext): void })
  | (RuleMeta & { target: 'contract'; check(context: ContractContext): void })
  | (RuleMeta & { target: 'listing'; check(context: ListingContext): void })
  | (RuleMeta & { target: 'repository'; check(context: RepositoryContext): void });

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
