import { SourceFile } from '../load/source-file.js';
import type { Workspace } from '../load/workspace.js';
import type { Range } from '../types.js';
import { ContractIndex, detectVersion } from '../model/contract.js';
import { referencedFilesOf, type ContractSummary } from '../model/contract-summary.js';
import type { LintScope } from './scope.js';
import { RULES } from '../rules/index.js';

export function hasRepositoryRules(): boolean {
  return RULES.some((rule) => rule.target === 'repository');
}

/**
 * A linted contract as repository rules need it, sent by whichever thread linted it: its path, the other
 * files it reaches through `$ref`, and its root's range (where repository rules report on it). Its parse
 * tree is released by then.
 */
export interface SentSummary {
  absPath: string;
  /** Other files reached through `$ref` (absolute). */
  refs: string[];
  /** The range of the document's root. */
  root: Range;
}

/**
 * Every discovered contract, in discovery order, as summaries for repository rules. Linted contracts come
 * from their summaries, without parsing them again. Of the discovered files outside the run (a shard, a
 * change), only listed ones are summarised, and parsed only if a rule asks which files they reference: an
 * unlisted one could only get a finding on itself, which belongs to the run that lints it.
 */
export function summariesForRepository(files: readonly string[], workspace: Workspace, sent: readonly SentSummary[], scope: LintScope, listed: ReadonlySet<string>): ContractSummary[] {
  const linted = new Map(sent.map((summary) => [summary.absPath, summary]));
  const summaries: ContractSummary[] = [];
  for (const absPath of files) {
    const summary = linted.get(absPath);
    if (summary) summaries.push(lazySummary(absPath, workspace, summary.refs, summary.root));
    else if (!scope.isTarget(absPath) && listed.has(absPath)) summaries.push(lazySummary(absPath, workspace, undefined, undefined));
  }
  return summaries;
}

/**
 * A contract's summary. With the root's range known, reports name the file without parsing it (`range` is
 * used as is); otherwise the contract is loaded, and indexed, only when a rule asks.
 */
function lazySummary(absPath: string, workspace: Workspace, refs: string[] | undefined, range: Range | undefined): ContractSummary {
  let referenced = refs;
  const relPath = workspace.relative(absPath);
  return {
    absPath,
    relPath,
    root: () => (range ? { file: new SourceFile(absPath, relPath, '', /\.json$/i.test(absPath) ? 'json' : 'yaml'), path: [], range } : { file: workspace.load(absPath), path: [] }),
    referencedFiles: () => (referenced ??= referencesOf(absPath, workspace)),
  };
}

/** The files a contract outside the run reaches through `$ref`; none when the file is not a contract. */
function referencesOf(absPath: string, workspace: Workspace): string[] {
  const contract = contractAt(absPath, workspace);
  return contract ? referencedFilesOf(contract) : [];
}

/** The contract at `absPath`, indexed; undefined when the file is outside the root, unreadable or not a contract. */
export function contractAt(absPath: string, workspace: Workspace): ContractIndex | undefined {
  if (!workspace.isInside(absPath)) return undefined;
  const file = workspace.load(absPath);
  return file.parsed && detectVersion(file.data) ? new ContractIndex(file, workspace) : undefined;
}
