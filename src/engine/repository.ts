import type { Workspace } from '../load/workspace.js';
import { ContractIndex, detectVersion } from '../model/contract.js';
import { RULES } from '../rules/index.js';

export function hasRepositoryRules(): boolean {
  return RULES.some((rule) => rule.target === 'repository');
}

/**
 * Every discovered contract, in discovery order, for repository rules of a run that lints only some
 * files (a shard, a change, the main thread of a parallel run): those already indexed are reused.
 */
export function contractsForRepository(files: readonly string[], indexed: readonly ContractIndex[], workspace: Workspace): ContractIndex[] {
  const known = new Map(indexed.map((contract) => [contract.file.absPath, contract]));
  const contracts: ContractIndex[] = [];
  for (const absPath of files) {
    const existing = known.get(absPath);
    if (existing) {
      contracts.push(existing);
      continue;
    }
    const file = workspace.load(absPath);
    if (file.parsed && detectVersion(file.data)) contracts.push(new ContractIndex(file, workspace));
  }
  return contracts;
}
