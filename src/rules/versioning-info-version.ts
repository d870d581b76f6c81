import { classifyVersion } from '../model/naming.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'versioning-info-version',
  control: 'versioning',
  severity: 'warn',
  target: 'contract',
  description: '`info.version` must be a semantic version (1.2.3, optionally with a pre-release) or a date (2024-06-01 or 2024-06).',
  hint: 'Set `info.version` to the contract\'s semantic version, e.g. "1.4.0" or "2.0.0-beta.1", or to its release date, e.g. "2024-06-01".',
  check({ contract, report }) {
    const info = contract.get(contract.root, 'info');
    if (!info) return;
    const version = contract.child(info, 'version');
    const kind = classifyVersion(version?.value);
    if (kind.ok) return;
    // a missing info.version is a schema error every OpenAPI version has: structure-openapi-schema reports it
    if (!version) return;
    report({ message: `info.version is ${kind.description}: use semver (e.g. 1.2.3) or a date (e.g. 2024-06-01)`, at: version });
  },
});
