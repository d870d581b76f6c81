import type { SourceFile } from '../load/source-file.js';
import type { ContractIndex } from './contract.js';

/**
 * What repository rules know of a contract: its path, its file on demand, and on demand the other files
 * it reaches through `$ref`. A contract a worker linted is summarised by the worker, so the main thread
 * neither parses nor indexes it again unless a repository rule reports on it.
 */
export interface ContractSummary {
  /** The contract's absolute path. */
  readonly absPath: string;
  /** The contract's file (loaded on first call when the contract was linted elsewhere), to report on. */
  file(): SourceFile;
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

/** A summary of a contract indexed in this thread (nothing is computed until asked). */
export function summaryOf(contract: ContractIndex): ContractSummary {
  let referenced: string[] | undefined;
  return {
    absPath: contract.file.absPath,
    file: () => contract.file,
    referencedFiles: () => (referenced ??= referencedFilesOf(contract)),
  };
}
