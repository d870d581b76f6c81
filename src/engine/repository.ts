import type { Workspace } from '../load/workspace.js';
import { ContractIndex, detectVersion } from '../model/contract.js';
import { referencedFilesOf, summaryOf, type ContractSummary } from '../model/contract-summary.js';
import { RULES } from '../rules/index.js';

export function hasRepositoryRules(): boolean {
  return RULES.some((rule) => rule.target === 'repository');
}

/** A contract a worker linted, as the worker reports it: its path and, when listed, the files it `$ref`s. */
export interface SentSummary {
  absPath: string;
  /** Other files reached through `$ref` (absolute); absent when the worker did not compute them (unlisted contract). */
  refs?: string[];
}

/** Summaries a worker sends back for the contracts it linted (only listed contracts' `$ref`'d files matter to repository rules). */
export function sendSummaries(contracts: readonly ContractIndex[], listed: ReadonlySet<string>): SentSummary[] {
  return contracts.map((contract) =>
    listed.has(contract.file.absPath) ? { absPath: contract.file.absPath, refs: referencedFilesOf(contract) } : { absPath: contract.file.absPath },
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
      summaries.push(lazySummary(absPath, workspace, remote.refs));
      continue;
    }
    if (delegated.has(absPath)) continue; // linted by a worker and not a contract
    const file = workspace.load(absPath);
    if (file.parsed && detectVersion(file.data)) summaries.push(lazySummary(absPath, workspace, undefined));
  }
  return summaries;
}

/** A contract not indexed in this thread: loaded, and indexed, only when a rule asks. */
function lazySummary(absPath: string, workspace: Workspace, refs: string[] | undefined): ContractSummary {
  let index: ContractIndex | undefined;
  let referenced = refs;
  return {
    absPath,
    file: () => workspace.load(absPath),
    referencedFiles: () => (referenced ??= referencedFilesOf((index ??= new ContractIndex(workspace.load(absPath), workspace)))),
  };
}
