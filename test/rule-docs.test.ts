import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleIndex } from '../scripts/gen-rule-index.mjs';
import { RULES } from '../src/rules/index.js';
import { rulesMarkdown } from '../src/report/rules-table.js';
import { CONTROLS } from '../src/types.js';
import { lintCase } from './helpers/rule-tester.js';

/** Code blocks of one `## heading` section; a block's file name comes from `title="..."` (default openapi.yaml). */
export function exampleFiles(markdown: string, heading: string): Record<string, string> {
  const section = markdown.split(/^## /m).find((part) => part.toLowerCase().startsWith(heading.toLowerCase()));
  if (!section) return {};
  const files: Record<string, string> = {};
  for (const match of section.matchAll(/```(?:yaml|json)(?:\s+title="([^"]+)")?\n([\s\S]*?)```/g)) {
    files[match[1] ?? 'openapi.yaml'] = match[2];
  }
  return files;
}

describe('rule registry and docs', () => {
  it('src/rules/index.ts lists exactly the rule files (run `npm run gen:rules`)', () => {
    expect(readFileSync(new URL('../src/rules/index.ts', import.meta.url), 'utf8')).toBe(renderRuleIndex());
  });

  it('docs/rules/README.md is the current rule index (run `npm run gen:docs`)', () => {
    expect(readFileSync(new URL('../docs/rules/README.md', import.meta.url), 'utf8')).toBe(rulesMarkdown(RULES));
  });

  it('rule ids are unique, kebab-case and name a known control', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CONTROLS).toContain(rule.control);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.hint.length, rule.id).toBeGreaterThan(10);
    }
  });

  for (const rule of RULES) {
    describe(`docs/rules/${rule.id}.md`, () => {
      const docsFile = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
      it('exists and names the rule, its control and severity', () => {
        expect(existsSync(docsFile)).toBe(true);
        const text = readFileSync(docsFile, 'utf8');
        expect(text).toContain(`# ${rule.id}`);
        expect(text).toContain(rule.control);
      });
      if (rule.id === 'structure-rule-crash') return;
      it('has a failing example that fails and a passing example that passes', async () => {
        const text = readFileSync(docsFile, 'utf8');
        const failing = exampleFiles(text, 'Failing example');
        const passing = exampleFiles(text, 'Passing example');
        expect(Object.keys(failing).length, 'a ## Failing example with a code block').toBeGreaterThan(0);
        expect(Object.keys(passing).length, 'a ## Passing example with a code block').toBeGreaterThan(0);
        const ruleset = /ruleset: publish-gate:strict/.test(text) ? 'publish-gate:strict' : undefined;
        const failed = await lintCase({ name: 'failing', files: failing, ruleset });
        expect(failed.filter((finding) => finding.ruleId === rule.id).length).toBeGreaterThan(0);
        const passed = await lintCase({ name: 'passing', files: passing, ruleset });
        expect(passed.filter((finding) => finding.ruleId === rule.id).map((finding) => finding.message)).toEqual([]);
      });
    });
  }
});
