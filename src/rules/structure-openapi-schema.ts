import { validateOpenApiStructure } from '../model/openapi-schema.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'structure-openapi-schema',
  control: 'structure',
  severity: 'error',
  target: 'contract',
  description: 'A contract must be a valid OpenAPI document for the version it declares (2.0, 3.0 or 3.1).',
  hint: 'Correct the field against the OpenAPI Specification for the declared version; the message names the field and what is expected.',
  check({ contract, report }) {
    for (const problem of validateOpenApiStructure(contract.version, contract.root.value)) {
      report({ message: problem.message, at: { file: contract.file, path: problem.path } });
    }
  },
});
