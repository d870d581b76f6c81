import type { Rule } from '../rules/rule.js';
import { docsPath } from '../rules/rule.js';

/** Rules in the order every listing uses: by control, then id. */
export function sortedRules(rules: readonly Rule[]): Rule[] {
  return [...rules].sort((a, b) => a.control.localeCompare(b.control) || a.id.localeCompare(b.id));
}

function audienceCaps(rule: Rule): string {
  const caps = Object.entries(rule.relaxFor ?? {}).map(([audience, severity]) => `${audience}: at most \`${severity}\``);
  return caps.join('; ');
}

/** The rule index as Markdown (docs/rules/README.md is this text), built from the rules' own metadata. */
export function rulesMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    'Generated from the rules\' metadata by `publish-gate rules --format markdown` (`npm run gen:docs`); a test keeps it current.',
    '',
    '`recommended` and `strict` are the severities in `publish-gate:recommended` (the default) and `publish-gate:strict`',
    '(`off`: not in that ruleset). A contract is checked with the profile of the most exposed audience among the',
    'listings that point at it (a contract with no listing is `public`); where a rule names an audience below, its',
    'findings on contracts of that audience are lowered to at most that severity. Public is never relaxed.',
    '',
    '| rule | control | applies to | recommended | strict | audience | description |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const rule of sortedRules(rules)) {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    lines.push(
      `| [\`${rule.id}\`](${docsPath(rule.id).replace('docs/rules/', '')}) | \`${rule.control}\` | ${rule.target} | \`${rule.severity}\` | \`${rule.strictSeverity ?? rule.severity}\` | ${cell(audienceCaps(rule))} | ${cell(rule.description)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
