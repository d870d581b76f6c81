import type { SourceFile } from '../load/source-file.js';
import type { Range } from '../types.js';
import type { ContractIndex } from './contract.js';

/** Where a repository rule reports on a whole contract: its root (`range` when already located elsewhere). */
export interface ContractRoot {
  file: SourceFile;
  path: [];
  range?: Range;
}

/**
 * What repository rules know of a contract: its path, where to report on it, and on demand the other
 * files it reaches through `$ref`. A contract a worker linted is summarised by the worker, so the main
 * thread neither parses nor indexes it again.
 */
export interface ContractSummary {
  /** The contract's absolute path. */
  readonly absPath: string;
  /** The contract's path relative to the working directory, with `/`. */
  readonly relPath: string;
  /** Its root, to report on (a worker's contract is not parsed again: the worker sent the root's range). */
  root(): ContractRoot;
  /** Absolute paths of the other files the contract reaches through `$ref` (its operations and schemas indexed). */
  referencedFiles(): readonly string[];
}

/** The files `contract` reaches through `$ref` once its operations and schemas are indexed, itself excluded. */
export function referencedFilesOf(contract: ContractIndex): string[] {
  void contract.operations;
  void contract.schemas;
  const files: string[] = [];
  for (const file of contract.files) if (file !== contract.file) files.push(file.absPath);
  return files;
}
