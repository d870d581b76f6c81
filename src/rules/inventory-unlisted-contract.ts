import { defineRule } from './rule.js';

export default defineRule({
  id: 'inventory-unlisted-contract',
  control: 'inventory',
  severity: 'warn',
  strictSeverity: 'error',
  target: 'repository',
  description: 'Every contract in the repository is published through a listing manifest (no shadow APIs).',
  hint: 'Add a listing manifest next to the contract (`publish-gate init CONTRACT` scaffolds one) whose spec.contract points at it.',
  check({ contracts, knownListings, report }) {
    const listed = new Set(knownListings.map((listing) => listing.contractPath).filter((path): path is string => path !== undefined));
    const unlisted = contracts.filter((contract) => !listed.has(contract.absPath));
    // Nothing unlisted: no need to learn which files listed contracts reference (that indexes them).
    if (unlisted.length === 0) return;
    // A document other contracts `$ref` (a shared components file with an `openapi` header) is part of them.
    const referenced = new Set<string>();
    for (const contract of contracts) {
      if (!listed.has(contract.absPath)) continue;
      for (const absPath of contract.referencedFiles()) referenced.add(absPath);
    }
    for (const contract of unlisted) {
      if (referenced.has(contract.absPath)) continue;
      report({
        message: `${contract.relPath} is not listed: no listing manifest points at it (checked as public)`,
        at: contract.root(),
      });
    }
  },
});
