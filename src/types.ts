export const SEVERITIES = ['error', 'warn', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityOrOff = Severity | 'off';

export const CONTROLS = [
  'auth',
  'transport',
  'cors',
  'pagination',
  'deprecation',
  'rate-limit',
  'pii',
  'threat-model',
  'ownership',
  'error-model',
  'versioning',
  'naming',
  'secrets',
  'inventory',
  'structure',
  'exception',
] as const;
export type Control = (typeof CONTROLS)[number];

export const AUDIENCES = ['public', 'partner', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Waiver {
  id: string;
  ticket: string;
  owner: string;
  expires: string;
}

export interface Finding {
  ruleId: string;
  control: Control;
  severity: Severity;
  message: string;
  hint: string;
  docs: string;
  file: string;
  range: Range;
  pointer: string;
  waivedBy: Waiver | null;
}

export type ExceptionStatus = 'active' | 'expiring' | 'expired' | 'invalid' | 'unused';

export interface ExceptionSummary {
  id: string;
  status: ExceptionStatus;
  expires: string | null;
  owner: string | null;
  ticket: string | null;
  matched: number;
  [extra: string]: unknown;
}

export interface Summary {
  files: number;
  error: number;
  warn: number;
  info: number;
  hint: number;
  waived: number;
}

export interface Report {
  tool: { name: 'publish-gate'; version: string };
  result: 'pass' | 'fail';
  summary: Summary;
  findings: Finding[];
  exceptions: ExceptionSummary[];
  [extra: string]: unknown;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
