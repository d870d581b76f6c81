import { describe, expect, it } from 'vitest';
import { finishReport } from '../../src/report/build.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Finding, Report, Severity } from '../../src/types.js';
import { hasSarifSchema, sarifSchemaErrors } from '../helpers/sarif-schema.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'structure-ref',
    control: 'structure',
    severity: 'error',
    message: 'GET /orders/{orderId} references #/components/schemas/Missing, which does not exist',
    hint: 'Point the $ref at an existing component.',
    docs: 'docs/rules/structure-ref.md',
    file: 'apis/orders/openapi.yaml',
    range: { start: { line: 31, column: 15 }, end: { line: 31, column: 48 } },
    pointer: '/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/schema/$ref',
    waivedBy: null,
    ...overrides,
  };
}

function report(findings: Finding[], failOn: Severity | 'none' = 'error'): Report {
  const built = finishReport({
    findings,
    files: 3,
    failOn,
    exceptions: [
      { id: 'EXC-7', status: 'active', expires: '2027-02-01', owner: 'jane@example.com', ticket: 'SEC-7', matched: 1 },
      { id: 'EXC-8', status: 'expired', expires: '2026-10-01', owner: 'omar@example.com', ticket: 'SEC-8', matched: 0 },
      { id: 'EXC-9', status: 'unused', expires: '2027-01-15', owner: 'li@example.com', ticket: 'SEC-9', matched: 0 },
    ],
  });
  return built;
}

const waiver = { id: 'EXC-7', ticket: 'SEC-7', owner: 'jane@example.com', expires: '2027-02-01' };
const sample = report([
  finding(),
  finding({ ruleId: 'structure-openapi-schema', severity: 'warn', file: 'apis/legacy/swagger.json', message: 'info.version is required', pointer: '/info', range: { start: { line: 2, column: 11 }, end: { line: 5, column: 4 } } }),
  finding({ ruleId: 'transport-https', control: 'transport', file: 'apis/ledger/openapi.yaml', message: 'servers[0] uses http://', pointer: '/servers/0/url', waivedBy: waiver, hint: 'Use https.', docs: 'docs/rules/transport-https.md' }),
  finding({ ruleId: 'naming-paths', control: 'naming', severity: 'info', file: 'apis/ledger/openapi.yaml', message: 'path /Accounts is not kebab-case', pointer: '/paths/~1Accounts', range: { start: { line: 12, column: 3 }, end: { line: 12, column: 12 } } }),
]);

describe('sarif', () => {
  const log = JSON.parse(formatSarif(sample, { docsBaseUrl: 'https://github.com/acme/publish-gate/blob/v1/' }));
  const run = log.runs[0];

  it.skipIf(!hasSarifSchema)('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(formatSarif(report([]))))).toEqual([]);
  });

  it('describes each rule once, with help, docs URI and default level', () => {
    expect(run.tool.driver.name).toBe('publish-gate');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['naming-paths', 'structure-openapi-schema', 'structure-ref', 'transport-https']);
    const ref = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'structure-ref');
    expect(ref.helpUri).toBe('https://github.com/acme/publish-gate/blob/v1/docs/rules/structure-ref.md');
    expect(ref.help.text).toContain('$ref');
    expect(ref.defaultConfiguration.level).toBe('error');
    expect(ref.shortDescription.text.length).toBeGreaterThan(10);
  });

  it('omits helpUri without a docs base, keeping the docs path in the help text', () => {
    const plain = JSON.parse(formatSarif(sample)).runs[0].tool.driver.rules[0];
    expect(plain.helpUri).toBeUndefined();
    expect(plain.id).toBe('naming-paths');
    expect(plain.help.text).toContain('docs/rules/structure-ref.md');
  });

  it('maps findings to results with 1-based regions, levels, fingerprints and suppressions', () => {
    const byRule = Object.fromEntries(run.results.map((result: { ruleId: string }) => [result.ruleId, result]));
    expect(byRule['structure-ref'].level).toBe('error');
    expect(byRule['structure-openapi-schema'].level).toBe('warning');
    expect(byRule['naming-paths'].level).toBe('note');
    expect(byRule['structure-ref'].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'apis/orders/openapi.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 31, startColumn: 15, endLine: 31, endColumn: 48 },
    });
    expect(run.tool.driver.rules[byRule['structure-ref'].ruleIndex].id).toBe('structure-ref');
    expect(byRule['transport-https'].suppressions).toEqual([
      expect.objectContaining({ kind: 'external', justification: expect.stringMatching(/EXC-7.*SEC-7/) }),
    ]);
    expect(byRule['structure-ref'].suppressions).toBeUndefined();
  });

  it('fingerprints do not change when the finding moves to another line', () => {
    const moved = report([finding({ range: { start: { line: 40, column: 15 }, end: { line: 40, column: 48 } } })]);
    const a = JSON.parse(formatSarif(report([finding()]))).runs[0].results[0].partialFingerprints;
    const b = JSON.parse(formatSarif(moved)).runs[0].results[0].partialFingerprints;
    const other = JSON.parse(formatSarif(report([finding({ pointer: '/paths' })]))).runs[0].results[0].partialFingerprints;
    expect(a).toEqual(b);
    expect(a).not.toEqual(other);
  });
});

describe('junit', () => {
  it('has a suite per file, failures for failing findings and skipped for waived ones', () => {
    const xml = formatJunit(sample, { failOn: 'error' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="publish-gate" tests="4" failures="1" errors="0" skipped="1">/);
    expect(xml).toContain('<testsuite name="apis/orders/openapi.yaml" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="apis/ledger/openapi.yaml" tests="2" failures="0" errors="0" skipped="1">');
    expect(xml).toContain('<failure message="GET /orders/{orderId} references #/components/schemas/Missing, which does not exist" type="error">');
    expect(xml).toMatch(/<skipped message="waived by EXC-7 \(ticket SEC-7/);
  });

  it('fails warnings too when fail-on is warn, and escapes XML', () => {
    const xml = formatJunit(report([finding({ severity: 'warn', message: 'a <b> & "c"' })], 'warn'), { failOn: 'warn' });
    expect(xml).toContain('failures="1"');
    expect(xml).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;"');
  });
});

describe('markdown', () => {
  it('shows the result, counts by control, failing, waived findings and exceptions needing attention', () => {
    const md = formatMarkdown(sample, { linkBase: 'https://github.com/acme/apis/blob/abc123/' });
    expect(md).toContain('## ❌ publish-gate failed');
    expect(md).toContain('| structure | 1 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| transport | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('### Failing findings (1)');
    expect(md).toContain('[apis/orders/openapi.yaml:31:15](https://github.com/acme/apis/blob/abc123/apis/orders/openapi.yaml#L31)');
    expect(md).toContain('### Waived findings (1)');
    expect(md).toContain('EXC-7 (SEC-7, jane&#64;example.com, until 2027-02-01)');
    expect(md).toContain('| EXC-8 | ⛔ expired | 2026-10-01 | omar&#64;example.com | SEC-8 | 0 |');
    expect(md).toContain('| EXC-9 | ⚠️ unused |');
    expect(md).toContain('### Other findings (2)');
  });

  it('stays under its byte budget with many findings and says what was cut', () => {
    const many = report(
      Array.from({ length: 20_000 }, (_, index) =>
        finding({ message: `GET /orders/${index} has no security requirement ${'x'.repeat(80)}`, range: { start: { line: index + 1, column: 3 }, end: { line: index + 1, column: 9 } } }),
      ),
    );
    const md = formatMarkdown(many, { fullReportUrl: 'https://github.com/acme/apis/actions/runs/1' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_000_000);
    expect(Buffer.byteLength(md)).toBeGreaterThan(900_000);
    expect(md).toMatch(/> \d+ rows left out to stay under 976 KiB; every finding is in \[the full report\]\(https:\/\/github.com\/acme\/apis\/actions\/runs\/1\)/);
    const small = formatMarkdown(many, { maxBytes: 60_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000);
    expect(small).toContain('## ❌ publish-gate failed');
  });

  it('says where the policy came from and which policy changes are pending (policy-from)', () => {
    const withPolicy = { ...sample, policy: { from: 'origin/main', commit: '6dcb09b5b57875f334f61aebed695e2e4193db5e', pendingChanges: [{ file: '.publish-gate.exceptions.yaml', change: 'modified' }] } };
    const md = formatMarkdown(withPolicy);
    expect(md).toContain('Config, rulesets and exceptions were read from `origin/main` (6dcb09b5b578). Policy files changed here are pending review and were not applied:');
    expect(md).toContain('| .publish-gate.exceptions.yaml | modified |');
    expect(formatMarkdown(sample)).not.toContain('### Policy');
  });

  it('keeps contract text from breaking the table or injecting HTML', () => {
    const md = formatMarkdown(report([finding({ message: 'a | b\n<img src=x onerror=alert(1)> cc @security-team' })]));
    expect(md).toContain('a \\| b &lt;img src=x onerror=alert(1)&gt; cc &#64;security-team');
  });
});

describe('github annotations', () => {
  it('escapes properties and data as the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const out = formatGithub(report([finding({ file: 'apis/a,b:c.yaml' })]));
    expect(out.split('\n')[0]).toBe(
      '::error file=apis/a%2Cb%3Ac.yaml,line=31,col=15,endLine=31,endColumn=48,title=structure-ref [structure]::GET /orders/{orderId} references #/components/schemas/Missing, which does not exist (at /paths/~1orders~1{orderId}/get/responses/200/content/application~1json/schema/$ref)%0APoint the $ref at an existing component.%0ADocs: docs/rules/structure-ref.md',
    );
  });

  it('annotates at most 10 errors and 10 warnings, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, index) => finding({ severity: 'warn', file: `a${String(index).padStart(2, '0')}.yaml` })),
      ...Array.from({ length: 12 }, (_, index) => finding({ file: `b${String(index).padStart(2, '0')}.yaml` })),
      finding({ file: 'w.yaml', waivedBy: waiver }),
    ];
    const lines = formatGithub(report(findings)).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(lines.findIndex((line) => line.startsWith('::warning '))).toBe(10);
    expect(lines.some((line) => line.includes('file=w.yaml'))).toBe(false);
    expect(lines.at(-2)).toBe('publish-gate: 7 more findings are not annotated (GitHub shows 10 annotations of each kind per step); all are in the job summary and the SARIF file.');
    expect(lines.at(-1)).toMatch(/^publish-gate failed: 12 error/);
  });
});
