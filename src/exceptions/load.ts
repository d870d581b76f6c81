import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { UsageError } from '../errors.js';
import { outsideReason } from '../load/contain.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { SourceFile } from '../load/source-file.js';
import type { PolicySource } from './policy-source.js';
import precompiledExceptions from '../model/generated/exceptions.js';

const require = createRequire(import.meta.url);

export const DEFAULT_EXCEPTIONS_FILE = '.publish-gate.exceptions.yaml';

/** One entry of the list as written, with the problems that make it invalid (none: valid). */
export interface ExceptionEntry {
  index: number;
  /** The id, or `exceptions[N]` when it has none. */
  id: string;
  raw: Record<string, unknown>;
  controls: string[];
  rules: string[];
  files: string[];
  pointer: string | undefined;
  ticket: string | null;
  owner: string | null;
  approvedBy: string | null;
  created: string | null;
  expires: string | null;
  problems: string[];
}

export interface ExceptionList {
  file: SourceFile;
  entries: ExceptionEntry[];
}

let validateList: ValidateFunction | undefined;

function schema(): ValidateFunction {
  // Precompiled by scripts/gen-openapi-validators.mjs: no ajv compilation at run time.
  validateList ??= process.env.PUBLISH_GATE_COMPILE_VALIDATORS ? createExceptionsValidator().validate : (precompiledExceptions as unknown as ValidateFunction);
  return validateList;
}

/** Compiles the ExceptionList validator with ajv (also used by scripts/gen-openapi-validators.mjs to precompile it). */
export function createExceptionsValidator(code?: { source: boolean }): { ajv: import('ajv').Ajv; validate: ValidateFunction } {
  const text = readFileSync(new URL('../../schemas/exceptions.schema.json', import.meta.url), 'utf8');
  const { Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false, ...(code ? { code: { source: code.source, esm: true } } : {}) });
  return { ajv, validate: ajv.compile(JSON.parse(text)) };
}

/**
 * Finds the exceptions file: `explicit` (`--exceptions`), else the config's `exceptions:`, else
 * `.publish-gate.exceptions.yaml` when it exists. A named file that is missing is a `UsageError`.
 */
export function findExceptionsFile(cwd: string, explicit: string | undefined, configured: string | undefined, source: PolicySource): { absPath: string; bytes: Buffer } | undefined {
  const named = explicit ?? configured;
  const absPath = path.resolve(cwd, named ?? DEFAULT_EXCEPTIONS_FILE);
  const display = displayPath(cwd, absPath);
  const relative = path.relative(cwd, absPath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`exceptions file ${named} is outside the working directory`);
  // A link leading out of the tree is not followed (the policy ref's git blobs hold a link's target, not its contents).
  const outside = source.ref === undefined ? outsideReason(cwd, absPath) : undefined;
  if (outside) throw new UsageError(`exceptions file ${display} is not read: ${outside}`);
  let bytes: Buffer | undefined;
  try {
    bytes = source.read(absPath);
  } catch (error) {
    throw new UsageError(`cannot read exceptions file ${display}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes === undefined) {
    if (named === undefined) return undefined;
    const where = source.ref ? ` at git ref ${source.ref}` : '';
    throw new UsageError(`exceptions file not found${where}: ${named}${explicit === undefined ? ' (named by exceptions: in the config)' : ''}`);
  }
  return { absPath, bytes };
}

function displayPath(cwd: string, absPath: string): string {
  return path.relative(cwd, absPath).split(path.sep).join('/') || absPath;
}

/**
 * Parses and validates an ExceptionList. A file that is not YAML, or whose top level is not an
 * ExceptionList, is a `UsageError`; a bad entry only makes that entry invalid.
 */
export function parseExceptionList(cwd: string, absPath: string, bytes: Buffer): ExceptionList {
  const display = displayPath(cwd, absPath);
  const file = SourceFile.fromBytes(absPath, display, bytes, DEFAULT_LIMITS);
  const problem = file.problems.find((candidate) => candidate.fatal) ?? file.problems[0];
  if (problem) {
    const { line, column } = file.positionAt(problem.start);
    throw new UsageError(`exceptions file ${display}:${line}:${column}: ${problem.message}`);
  }
  const validate = schema();
  const valid = validate(file.data);
  const errors = valid ? [] : (validate.errors ?? []);
  const topLevel = errors.filter((error) => !/^\/exceptions\/\d+/.test(error.instancePath));
  if (topLevel.length > 0) throw new UsageError(describeTopLevel(file, display, topLevel));
  const data = file.data as { exceptions: unknown[] };
  const entries = data.exceptions.map((item, index) => readEntry(item as Record<string, unknown>, index, errors));
  return { file, entries };
}

function describeTopLevel(file: SourceFile, display: string, errors: ErrorObject[]): string {
  const error = errors.find((candidate) => candidate.keyword === 'additionalProperties') ?? errors.find((candidate) => candidate.keyword === 'const') ?? errors[0];
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  let message: string;
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    segments.push(key);
    message = `unknown key "${key}"`;
  } else if (error.keyword === 'const') message = `${segments.join('.')} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
  else if (error.keyword === 'required') message = `${(error.params as { missingProperty: string }).missingProperty} is required`;
  else if (segments.length === 0 && error.keyword === 'type') message = 'the file is empty or not a mapping';
  else message = `${segments.join('.') || 'the file'} ${error.message ?? 'is invalid'}`;
  const { line, column } = file.locate(segments).start;
  return `exceptions file ${display}:${line}:${column}: ${message} (an ExceptionList has apiVersion: publish-gate/v1, kind: ExceptionList and an exceptions: list)`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function readEntry(raw: Record<string, unknown>, index: number, errors: ErrorObject[]): ExceptionEntry {
  const prefix = `/exceptions/${index}`;
  const mine = errors.filter((error) => error.instancePath === prefix || error.instancePath.startsWith(`${prefix}/`));
  const isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  const value = isObject ? raw : {};
  const entry: ExceptionEntry = {
    index,
    id: text(value.id) ?? `exceptions[${index}]`,
    raw: value,
    controls: strings(value.controls),
    rules: strings(value.rules),
    files: strings(value.files),
    pointer: typeof value.pointer === 'string' ? value.pointer : undefined,
    ticket: text(value.ticket),
    owner: text(value.owner),
    approvedBy: text(value.approvedBy),
    created: text(value.created),
    expires: text(value.expires),
    problems: [],
  };
  const seen = new Set<string>();
  for (const error of mine) {
    // The anyOf branches' own "required" errors are summed up by the anyOf error itself.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const message = describeEntryError(error, prefix, value);
    if (message && !seen.has(message)) {
      seen.add(message);
      entry.problems.push(message);
    }
  }
  return entry;
}

function describeEntryError(error: ErrorObject, prefix: string, value: Record<string, unknown>): string | undefined {
  const segments = error.instancePath.slice(prefix.length).split('/').slice(1).map(unescapePointer);
  const field = segments.length === 0 ? '' : segments.length === 1 ? segments[0] : `${segments[0]}[${segments[1]}]`;
  switch (error.keyword) {
    case 'type':
      return segments.length === 0 ? 'the entry must be a mapping' : `${field} must be ${error.params.type === 'array' ? 'a list' : `a ${error.params.type}`}`;
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return `${missing} is missing`;
    }
    case 'anyOf':
      return 'neither controls nor rules is given: an exception must name the controls or rules it waives';
    case 'additionalProperties':
      return `unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum': {
      const got = segments.length === 2 ? (value[segments[0]] as unknown[] | undefined)?.[Number(segments[1])] : undefined;
      if (got === 'exception') return 'control exception cannot be waived';
      return `${field} ${JSON.stringify(got)} is not a known control`;
    }
    case 'pattern':
      if (segments[0] === 'created' || segments[0] === 'expires') return `${field} ${JSON.stringify(value[segments[0]])} is not a date (YYYY-MM-DD)`;
      if (segments[0] === 'pointer') return `pointer ${JSON.stringify(value.pointer)} is not a JSON Pointer (it starts with /)`;
      return `${field} is empty`;
    case 'minItems':
      return `${field} is empty`;
    default:
      return `${field || 'the entry'} ${error.message ?? 'is invalid'}`;
  }
}
