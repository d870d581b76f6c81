import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, Report, Severity } from '../types.js';
import { docsUrl, rulesOf, type RuleMeta } from './rule-meta.js';

export interface SarifOptions {
  /** Base URL the rules' relative docs paths are resolved against for `helpUri` (omitted when absent). */
  docsBaseUrl?: string;
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const FINGERPRINT = 'publishGate/v1';

/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one run, rules from the findings. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

/** The SARIF log of `formatSarif`, as an object (written in pieces for large reports). */
export function sarifLog(report: Report, options: SarifOptions = {}): Sarif.Log {
  const rules = rulesOf(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: rules.map((rule) => sarifRule(rule, options)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory publish-gate ran in (the repository root in the GitHub Action).' } } },
        invocations: [{ executionSuccessful: true }],
        results: report.findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId) ?? 0)),
        columnKind: 'unicodeCodePoints',
        properties: { result: report.result, summary: report.summary },
      },
    ],
  };
  return log;
}

export function sarifLevel(severity: Severity | 'off'): Sarif.ReportingConfiguration.level {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warn':
      return 'warning';
    case 'off':
      return 'none';
    default:
      return 'note';
  }
}

function sarifRule(rule: RuleMeta, options: SarifOptions): Sarif.ReportingDescriptor {
  const helpUri = docsUrl(rule.docs, options.docsBaseUrl);
  const docsRef = helpUri ?? rule.docs;
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.hint}${docsRef ? ` See ${docsRef}.` : ''}`,
      markdown: `${rule.hint}${docsRef ? `\n\n[${rule.id}](${docsRef})` : ''}`,
    },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity), enabled: rule.defaultSeverity !== 'off' },
    properties: { control: rule.control, tags: ['publish-gate', rule.control], docs: rule.docs },
  };
  if (helpUri) descriptor.helpUri = helpUri;
  return descriptor;
}

function sarifResult(finding: Finding, ruleIndex: number): Sarif.Result {
  const { start, end } = finding.range;
  const region: Sarif.Region = { startLine: Math.max(1, start.line), startColumn: Math.max(1, start.column) };
  if (end.line > start.line || (end.line === start.line && end.column > start.column)) {
    region.endLine = end.line;
    region.endColumn = Math.max(1, end.column);
  }
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: `${finding.message}${finding.hint ? `\n${finding.hint}` : ''}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' }, region },
        ...(finding.pointer ? { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: 'member' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT]: fingerprint(finding) },
    properties: { control: finding.control, severity: finding.severity, pointer: finding.pointer, docs: finding.docs },
  };
  if (finding.waivedBy) {
    const waiver = finding.waivedBy;
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: `Waived by exception ${waiver.id} (ticket ${waiver.ticket}, owner ${waiver.owner}, expires ${waiver.expires})`,
        properties: { exception: waiver.id, ticket: waiver.ticket, owner: waiver.owner, expires: waiver.expires },
      },
    ];
  }
  return result;
}

/** Stable across edits that move lines: the rule, the file and the JSON pointer. */
function fingerprint(finding: Finding): string {
  return createHash('sha256').update(`${finding.ruleId}\u0000${finding.file}\u0000${finding.pointer}`).digest('hex');
}

/** A relative URI reference for a `/`-separated path (each segment percent-encoded). */
function fileUri(file: string): string {
  const clean = file === '' ? '.' : file;
  return clean
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
