import { SourceFile } from '../load/source-file.js';
import type { Workspace } from '../load/workspace.js';
import type { Range } from '../types.js';
import { ContractIndex, detectVersion } from '../model/contract.js';
import { referencedFilesOf, summaryOf, type ContractSummary } from '../model/contract-summary.js';
import { RULES } from '../rules/index.js';

export function hasRepositoryRules(): boolean {
  return RULES.some((rule) => rule.target === 'repository');
}

/**
 * A contract a worker linted, as the worker reports it: its path and, when listed, the files it `$ref`s
 * (what repository rules ask of listed contracts), or, when not, its root's range (where they report).
 */
export interface SentSummary {
  absPath: string;
  /** Other files reached through `$ref` (absolute); sent for listed contracts. */
  refs?: string[];
  /** The range of the document's root; sent for unlisted contracts. */
  root?: Range;
}

/** Summaries a worker sends back for the contracts it linted, after its rules ran. */
export function sendSummaries(contracts: readonly ContractIndex[], listed: ReadonlySet<string>): SentSummary[] {
  return contracts.map((contract) =>
    listed.has(contract.file.absPath)
      ? { absPath: contract.file.absPath, refs: referencedFilesOf(contract) }
      : { absPath: contract.file.absPath, root: contract.file.locate([]) },
  );
}

/**
 * Every discovered contract, in discovery order, as summaries for repository rules. Contracts indexed here
 * are summarised from their index; those a worker linted (`delegated`) from the worker's summary, without
 * parsing them again; the rest (outside a shard or a change) are parsed to know whether they are contracts,
 * and indexed only if a rule asks which files they reference.
 */
export function summariesForRepository(
  files: readonly string[],
  indexed: readonly ContractIndex[],
  workspace: Workspace,
  delegated: ReadonlySet<string> = new Set(),
  sent: readonly SentSummary[] = [],
): ContractSummary[] {
  const known = new Map(indexed.map((contract) => [contract.file.absPath, contract]));
  const fromWorkers = new Map(sent.map((summary) => [summary.absPath, summary]));
  const summaries: ContractSummary[] = [];
  for (const absPath of files) {
    const existing = known.get(absPath);
    if (existing) {
      summaries.push(summaryOf(existing));
      continue;
    }
    const remote = fromWorkers.get(absPath);
    if (remote) {
      summaries.push(lazySummary(absPath, workspace, remote.refs, remote.root));
      continue;
    }
    if (delegated.has(absPath)) continue; // linted by a worker and not a contract
    const file = workspace.load(absPath);
    if (file.parsed && detectVersion(file.data)) summaries.push(lazySummary(absPath, workspace, undefined, undefined));
  }
  return summaries;
}

/**
 * A contract not indexed in this thread: loaded, and indexed, only when a rule asks for what the worker
 * did not send. With the root's range sent, reports name the file without parsing it (`range` is used as is).
 */
function lazySummary(absPath: string, workspace: Workspace, refs: string[] | undefined, range: Range | undefined): ContractSummary {
  let index: ContractIndex | undefined;
  let referenced = refs;
  const relPath = workspace.relative(absPath);
  return {
    absPath,
    relPath,
    root: () => (range ? { file: new SourceFile(absPath, relPath, '', /\.json$/i.test(absPath) ? 'json' : 'yaml'), path: [], range } : { file: workspace.load(absPath), path: [] }),
    referencedFiles: () => (referenced ??= referencedFilesOf((index ??= new ContractIndex(workspace.load(absPath), workspace)))),
  };
}
