// Error-response shapes for the error-model control: which schema a 4xx/5xx/default response uses, and
// whether two shapes belong to one error model.
import type { ContractIndex, JsonObject, Located, Operation, ResponseInfo } from './contract.js';
import { isErrorCode, isJsonMediaType, isProblemMediaType, isSuccessCode, locationKey } from './http.js';
import { objectProperties } from './list-shape.js';

export interface ErrorShape {
  operation: Operation;
  response: ResponseInfo;
  /** Where to report: the media type's schema (or the response). */
  at: Located<unknown>;
  /** `problem` for RFC 9457 problem details; otherwise a description of the schema. */
  kind: 'problem' | 'schema';
  /** Top-level property names (for `schema`), sorted. */
  properties: string[];
  /** Where the schema is written (identifies a shared component). */
  schemaKey: string;
  /** A short name for messages: the component name or the property list. */
  label: string;
}

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'];

export function isErrorResponseCode(code: string): boolean {
  return isErrorCode(code) || code === 'default';
}

/** The error shape of one response, or undefined when it has no JSON body to judge. */
export function errorShape(contract: ContractIndex, operation: Operation, response: ResponseInfo): ErrorShape | undefined {
  const problem = response.content.find((media) => isProblemMediaType(media.mediaType));
  if (problem) {
    return { operation, response, at: problem.schema ?? problem.node ?? response.node, kind: 'problem', properties: [], schemaKey: 'problem', label: 'application/problem+json' };
  }
  const media = response.content.find((candidate) => candidate.schema && isJsonMediaType(candidate.mediaType));
  if (!media?.schema) {
    // A non-JSON body (text/html from a proxy, text/plain) is an error shape of its own.
    const other = response.content.find((candidate) => !isJsonMediaType(candidate.mediaType));
    if (!other || response.content.some((candidate) => isJsonMediaType(candidate.mediaType))) return undefined;
    // ...but only on operations that answer JSON: a browser page such as an OAuth `/authorize` endpoint
    // answers errors in HTML by design.
    const answersJson = operation.responses.some((candidate) => isSuccessCode(candidate.code) && candidate.content.some((media) => isJsonMediaType(media.mediaType)));
    if (!answersJson) return undefined;
    const base = other.mediaType.split(';')[0].trim().toLowerCase();
    return { operation, response, at: other.node ?? response.node, kind: 'schema', properties: [], schemaKey: `media:${base}`, label: `a ${base} body` };
  }
  const schema = media.schema;
  const properties = propertyNames(contract, schema);
  // A JSON body with the RFC 9457 members is a problem document served under another media type.
  const isProblem = properties.includes('type') && properties.includes('title') && properties.filter((name) => PROBLEM_MEMBERS.includes(name)).length >= 3;
  const name = componentName(schema);
  return {
    operation,
    response,
    at: schema,
    kind: isProblem ? 'problem' : 'schema',
    properties,
    schemaKey: locationKey(schema),
    label: isProblem ? 'problem details (RFC 9457 members)' : name ? `schema ${name}` : properties.length > 0 ? `an object with {${properties.join(', ')}}` : schema.value.type === 'object' ? 'an object schema without properties' : `a schema of type ${String(schema.value.type ?? '(untyped)')}`,
  };
}

function propertyNames(contract: ContractIndex, schema: Located<JsonObject>): string[] {
  const names = new Set(objectProperties(contract, schema).keys());
  // `oneOf`/`anyOf` of error variants: the properties common to the first variant stand for the shape.
  if (names.size === 0) {
    const variants = contract.items(contract.child(schema, 'oneOf') ?? contract.child(schema, 'anyOf'));
    const first = variants.length > 0 ? contract.resolveObject(variants[0]) : undefined;
    if (first) for (const name of objectProperties(contract, first).keys()) names.add(name);
  }
  return [...names].sort();
}

function componentName(schema: Located<JsonObject>): string | undefined {
  const path = schema.path;
  if (path.length === 3 && path[0] === 'components' && path[1] === 'schemas') return String(path[2]);
  if (path.length === 2 && path[0] === 'definitions') return String(path[1]);
  if (path.length === 0) return schema.file.relPath;
  return undefined;
}

/** RFC 6749 §5.2 prescribes `{error, error_description}` for OAuth token endpoints: not the API's own choice. */
export function isOAuthErrorShape(shape: ErrorShape): boolean {
  return shape.kind === 'schema' && shape.properties.includes('error') && shape.properties.includes('error_description');
}

/**
 * Whether two shapes are one error model: the same schema, both problem details, or objects that share at
 * least half of the smaller one's properties (a validation error that adds `errors` to the
 * common `{message, documentation_url}` is the same model).
 */
export function sameErrorModel(a: ErrorShape, b: ErrorShape): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'problem') return true;
  if (a.schemaKey === b.schemaKey) return true;
  if (a.properties.length === 0 || b.properties.length === 0) return a.properties.length === b.properties.length && a.label === b.label;
  const setB = new Set(b.properties);
  const shared = a.properties.filter((name) => setB.has(name)).length;
  const smaller = Math.min(a.properties.length, b.properties.length);
  return shared > 0 && shared * 2 >= smaller;
}
