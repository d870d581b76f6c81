import { CASING_ORDER, pathSegmentCasings, type Casing } from '../model/naming.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'naming-path-casing',
  control: 'naming',
  severity: 'warn',
  target: 'contract',
  description: 'Path segments follow one casing convention per contract (kebab-case, snake_case, camelCase or PascalCase).',
  hint: 'Rename the path segment to the convention the rest of the contract uses (path parameters and version segments like v1 are not checked).',
  check({ contract, report }) {
    const paths = contract.get(contract.root, 'paths');
    const perPath: Array<{ key: string; segments: Array<{ segment: string; casing: Casing }> }> = [];
    const counts = new Map<Casing, number>();
    for (const [key] of contract.entries(paths)) {
      if (key.startsWith('x-')) continue;
      const segments: Array<{ segment: string; casing: Casing }> = [];
      for (const { segment, casing } of pathSegmentCasings(key)) {
        if (!casing) continue;
        segments.push({ segment, casing });
        counts.set(casing, (counts.get(casing) ?? 0) + 1);
      }
      perPath.push({ key, segments });
    }
    if (counts.size < 2 || !paths) return;
    let majority: Casing = CASING_ORDER[0];
    let best = -1;
    for (const casing of CASING_ORDER) {
      const count = counts.get(casing) ?? 0;
      if (count > best) {
        best = count;
        majority = casing;
      }
    }
    for (const { key, segments } of perPath) {
      const deviant = segments.filter((entry) => entry.casing !== majority);
      if (deviant.length === 0) continue;
      const listed = deviant.map((entry) => `"${entry.segment}" (${entry.casing})`).join(', ');
      report({
        message: `Path ${key} has ${deviant.length === 1 ? 'segment' : 'segments'} ${listed}; the contract's paths use ${majority} (${best} of ${[...counts.values()].reduce((a, b) => a + b, 0)} segments)`,
        at: { file: paths.file, path: [...paths.path, key] },
      });
    }
  },
});
