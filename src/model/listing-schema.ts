import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { PathSegment } from '../load/source-file.js';
import precompiledListing from './generated/listing.js';

const require = createRequire(import.meta.url);

/** The JSON Schema of `kind: ApiListing`, shipped in the package as `schemas/listing.schema.json`. */
export const LISTING_SCHEMA_URL = new URL('../../schemas/listing.schema.json', import.meta.url);

export interface ListingSchemaProblem {
  path: PathSegment[];
  message: string;
}

/**
 * Keys the schema requires whose absence is a publish-checklist finding of its own control
 * (ownership, auth, pii, inventory): the schema rule leaves them to those rules.
 */
const CHECKLIST_KEYS: Record<string, ReadonlySet<string>> = {
  '/spec': new Set(['owner', 'audience', 'riskClass', 'lifecycle', 'auth', 'dataClassification', 'incidentContacts']),
  '/spec/auth': new Set(['model']),
  '/spec/dataClassification': new Set(['pii']),
};

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  // Precompiled by scripts/gen-openapi-validators.mjs: no ajv compilation in each process and worker.
  validator ??= process.env.PUBLISH_GATE_COMPILE_VALIDATORS ? createListingValidator().validate : (precompiledListing as unknown as ValidateFunction);
  return validator;
}

/** Compiles the listing validator with ajv (also used by scripts/gen-openapi-validators.mjs to precompile it). */
export function createListingValidator(code?: { source: boolean }): { ajv: Ajv; validate: ValidateFunction } {
  const schema = JSON.parse(readFileSync(LISTING_SCHEMA_URL, 'utf8')) as object;
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ allErrors: true, strict: true, ...(code ? { code: { source: code.source, esm: true } } : {}) });
  const addFormats = require('ajv-formats') as (ajv: Ajv, formats: string[]) => Ajv;
  addFormats(ajv, ['date']);
  return { ajv, validate: ajv.compile(schema) };
}

const MAX_PROBLEMS = 50;

/** Validates listing data against the shipped schema; problems name the field and what is expected. */
export function validateListing(data: unknown): ListingSchemaProblem[] {
  const check = validate();
  if (check(data)) return [];
  const errors = (check.errors ?? []).filter((error) => {
    if (error.keyword === 'anyOf' || error.schemaPath.startsWith('#/definitions/todo')) return false;
    if (error.keyword === 'required') return !CHECKLIST_KEYS[error.instancePath]?.has((error.params as { missingProperty: string }).missingProperty);
    return true;
  });
  const problems: ListingSchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = describe(error);
    // One problem per field: the first says what is expected (a non-date fails both pattern and format).
    const key = `${problem.path.join('\u0000')}|${error.keyword === 'required' ? problem.message : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

function toPath(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

export function fieldName(path: readonly PathSegment[]): string {
  let name = '';
  for (const segment of path) name += typeof segment === 'number' ? `[${segment}]` : name === '' ? segment : `.${segment}`;
  return name === '' ? 'the listing' : name;
}

function describe(error: ErrorObject): ListingSchemaProblem {
  const path = toPath(error.instancePath);
  const where = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const parent = path.length === 0 ? 'at the top level of the listing' : `in ${where}`;
      return { path: [...path, property], message: `unknown key "${property}" ${parent} (extensions start with "x-"; see docs/listing.md)` };
    }
    case 'required':
      return { path, message: `${where} is missing the required key "${String(params.missingProperty)}"` };
    case 'enum':
      return { path, message: `${where} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}` };
    case 'type': {
      const type = Array.isArray(params.type) ? params.type.join(' or ') : String(params.type);
      return { path, message: `${where} must be of type ${type}` };
    }
    case 'pattern': {
      const last = path[path.length - 1];
      const expected =
        last === 'name'
          ? 'a kebab-case name (lower-case letters, digits and single hyphens)'
          : last === 'window'
            ? 'a window like 30s, 1m, 1h or 1d'
            : /announced|sunset|reviewed/.test(String(last))
              ? 'a date as YYYY-MM-DD'
              : `text matching ${String(params.pattern)}`;
      return { path, message: `${where} must be ${expected}` };
    }
    case 'format':
      return { path, message: `${where} must be a date as YYYY-MM-DD (a day that exists)` };
    case 'minimum':
      return { path, message: `${where} must be at least ${String(params.limit)}` };
    case 'minLength':
      return { path, message: `${where} must not be empty` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}
