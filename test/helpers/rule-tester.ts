import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding, Severity } from '../../src/types.js';
import { makeRepo } from './workspace.js';

export interface ExpectedFinding {
  pointer: string;
  line: number;
  column: number;
  /** Defaults to the file of the case's contract. */
  file?: string;
  severity?: Severity;
  message?: string | RegExp;
}

export interface RuleCase {
  name: string;
  /** The contract, written to `openapi.yaml` (or `contractFile`). */
  contract?: string;
  contractFile?: string;
  /** More files of the repository (listings, `$ref`'d files, config). */
  files?: Record<string, string>;
  now?: string;
  ruleset?: string;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedFinding[];
}

const DEFAULT_NOW = '2026-11-23';

/**
 * Runs one rule's valid and invalid cases through the real engine. Valid cases must produce no finding
 * of the rule; invalid ones exactly the listed findings (file, pointer, line, column, and when given,
 * severity and message). Fixtures must otherwise be sound contracts: structure findings fail the case.
 */
export function testRule(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => expect(rule, `${ruleId} is not in src/rules/index.ts`).toBeDefined());
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const findings = await lintCase(testCase);
        expectNoStructureProblems(findings, ruleId);
        expect(findings.filter((finding) => finding.ruleId === ruleId).map(describeFinding)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const findings = await lintCase(testCase);
        expectNoStructureProblems(findings, ruleId);
        const actual = findings.filter((finding) => finding.ruleId === ruleId);
        const contractFile = testCase.contractFile ?? 'openapi.yaml';
        expect(actual.map((finding) => `${finding.file}#${finding.pointer} @${finding.range.start.line}:${finding.range.start.column}`)).toEqual(
          testCase.errors.map((error) => `${error.file ?? contractFile}#${error.pointer} @${error.line}:${error.column}`),
        );
        testCase.errors.forEach((error, index) => {
          const finding = actual[index];
          expect(finding.control).toBe(rule?.control);
          if (error.severity) expect(finding.severity, finding.message).toBe(error.severity);
          if (typeof error.message === 'string') expect(finding.message).toContain(error.message);
          else if (error.message) expect(finding.message).toMatch(error.message);
        });
      });
    }
  });
}

export async function lintCase(testCase: RuleCase): Promise<Finding[]> {
  const files: Record<string, string> = { ...(testCase.files ?? {}) };
  if (testCase.contract !== undefined) files[testCase.contractFile ?? 'openapi.yaml'] = testCase.contract;
  const cwd = makeRepo(files);
  const { report } = await lint({ cwd, now: testCase.now ?? DEFAULT_NOW, rulesets: testCase.ruleset ? [testCase.ruleset] : undefined });
  return report.findings;
}

function expectNoStructureProblems(findings: Finding[], ruleId: string): void {
  if (ruleId.startsWith('structure-')) return;
  const structural = findings.filter((finding) => finding.control === 'structure');
  expect(structural.map(describeFinding), 'the fixture itself must be a valid contract').toEqual([]);
}

function describeFinding(finding: Finding): string {
  return `${finding.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.ruleId} ${finding.message}`;
}
