import { existsSync, statSync } from 'node:fs';
import { detectVersion } from '../model/contract.js';
import { listingLabel, locate } from '../model/listing-fields.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'inventory-listing-contract',
  control: 'inventory',
  severity: 'error',
  target: 'listing',
  description: "A listing's spec.contract names an OpenAPI document that exists inside the repository.",
  hint: 'Point spec.contract at the OpenAPI document of the API, relative to the listing file (e.g. ./openapi.yaml).',
  check({ listing, contract, workspace, report }) {
    if (contract || !listing.contractPath) return;
    const label = listingLabel(listing);
    const written = String(listing.spec.contract);
    const at = locate(listing, ['spec', 'contract']);
    let why: string;
    if (!workspace.isInside(listing.contractPath)) why = 'is outside the working directory';
    else if (!existsSync(listing.contractPath) || !statSync(listing.contractPath).isFile()) why = 'does not exist';
    else {
      const file = workspace.load(listing.contractPath);
      if (!file.parsed) why = `cannot be parsed (${file.problems.find((problem) => problem.fatal)?.message ?? 'not YAML or JSON'})`;
      else if (!detectVersion(file.data)) why = 'is not an OpenAPI document (no top-level openapi: 3.x or swagger: "2.0")';
      else return;
    }
    report({
      message: `${label} points at contract ${written}, which ${why}`,
      at,
      hint: 'Point spec.contract at the OpenAPI document of the API, relative to the listing file (e.g. ./openapi.yaml).',
    });
  },
});
