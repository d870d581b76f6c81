import type { PathSegment, SourceFile } from '../load/source-file.js';
import { toPointer, type RefFailure, type Workspace } from '../load/workspace.js';
import { samePointer, SchemaVisitSet } from './visit-set.js';

export type OasVersion = '2.0' | '3.0' | '3.1';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** A value together with where it is written: which file, and the path inside that file. */
export interface Located<T = unknown> {
  value: T;
  file: SourceFile;
  path: PathSegment[];
}

export type JsonObject = Record<string, unknown>;

export interface RefProblem {
  /** Where the `$ref` is written. */
  at: Located<JsonObject>;
  ref: string;
  code: RefFailure | 'circular';
  message: string;
}

export interface ParameterInfo {
  name: string;
  in: string;
  node: Located<JsonObject>;
  schema?: Located<JsonObject>;
}

export interface HeaderInfo {
  name: string;
  node: Located<JsonObject>;
  schema?: Located<JsonObject>;
}

export interface MediaTypeInfo {
  mediaType: string;
  node?: Located<JsonObject>;
  schema?: Located<JsonObject>;
}

export interface ResponseInfo {
  code: string;
  node: Located<JsonObject>;
  /** Keyed by lower-case header name. */
  headers: Map<string, HeaderInfo>;
  content: MediaTypeInfo[];
}

export interface SecurityInfo {
  /** Where the requirement that applies comes from. */
  source: 'operation' | 'root' | 'none';
  node?: Located<unknown[]>;
  requirements: Array<Record<string, string[]>>;
}

export interface Operation {
  method: string;
  pathKey: string;
  /** "GET /pets/{petId}": how messages name the operation. */
  label: string;
  node: Located<JsonObject>;
  pathItem: Located<JsonObject>;
  parameters: ParameterInfo[];
  requestBody?: Located<JsonObject>;
  requestContent: MediaTypeInfo[];
  responses: ResponseInfo[];
  security: SecurityInfo;
  deprecated: boolean;
}

/**
 * One index of an OpenAPI document, built once and shared by every rule: operations with their
 * resolved parameters, responses, headers and security, each value with the file and path it is
 * written at (which may be a `$ref`'d file).
 */
export class ContractIndex {
  readonly version: OasVersion;
  readonly root: Located<JsonObject>;
  readonly refProblems: RefProblem[] = [];
  private readonly refProblemKeys = new Set<string>();
  private operationsCache: Operation[] | undefined;
  private securitySchemesCache: Map<string, Located<JsonObject>> | undefined;
  private schemaCache: SchemaVisit[] | undefined;
  /** Every file this contract reaches through `$ref`, the root first. */
  readonly files = new Set<SourceFile>();

  constructor(
    readonly file: SourceFile,
    readonly workspace: Workspace,
  ) {
    const data = file.data as JsonObject;
    this.version = detectVersion(data) ?? '3.0';
    this.root = { value: data, file, path: [] };
    this.files.add(file);
  }

  get isSwagger2(): boolean {
    return this.version === '2.0';
  }

  /** Follows `$ref`s from `node` to the value they name; records a problem when one does not resolve. */
  resolve<T = JsonObject>(node: Located<unknown>): Located<T> | undefined {
    let current = node;
    // The places this chain has passed (most values have no `$ref`: nothing is allocated for them).
    let seen: Located<unknown>[] | undefined;
    for (let hop = 0; hop <= this.workspace.limits.maxRefHops; hop++) {
      const value = current.value;
      if (!isObject(value) || typeof value.$ref !== 'string') return current as Located<T>;
      if (seen !== undefined && seen.some((place) => samePlace(place, current))) {
        this.addRefProblem(node as Located<JsonObject>, String((node.value as JsonObject).$ref), 'circular', `$ref "${(node.value as JsonObject).$ref}" is circular: it leads back to itself without reaching a value`);
        return undefined;
      }
      (seen ??= []).push(current);
      const result = this.workspace.resolveRef(current.file, value.$ref);
      if (!result.ok) {
        this.addRefProblem(current as Located<JsonObject>, value.$ref, result.code, result.message);
        return undefined;
      }
      this.files.add(result.file);
      current = { value: result.value, file: result.file, path: result.path };
    }
    this.addRefProblem(node as Located<JsonObject>, String((node.value as JsonObject).$ref), 'circular', `$ref chain is longer than ${this.workspace.limits.maxRefHops} hops (limits.maxRefHops)`);
    return undefined;
  }

  resolveObject(node: Located<unknown> | undefined): Located<JsonObject> | undefined {
    if (!node) return undefined;
    const resolved = this.resolve<unknown>(node);
    return resolved && isObject(resolved.value) ? (resolved as Located<JsonObject>) : undefined;
  }

  private addRefProblem(at: Located<JsonObject>, ref: string, code: RefProblem['code'], message: string): void {
    const key = `${at.file.absPath}#${toPointer(at.path)}`;
    if (this.refProblemKeys.has(key)) return;
    this.refProblemKeys.add(key);
    this.refProblems.push({ at, ref, code, message });
  }

  child<T = unknown>(parent: Located<unknown>, key: PathSegment): Located<T> | undefined {
    const value = parent.value;
    if (Array.isArray(value)) {
      const index = Number(key);
      if (!(index >= 0 && index < value.length)) return undefined;
      return { value: value[index] as T, file: parent.file, path: appendSegment(parent.path, index) };
    }
    if (!isObject(value) || !Object.hasOwn(value, String(key))) return undefined;
    return { value: value[String(key)] as T, file: parent.file, path: appendSegment(parent.path, key) };
  }

  /** The child at `key`, with `$ref`s followed. */
  get(parent: Located<unknown> | undefined, key: PathSegment): Located<JsonObject> | undefined {
    if (!parent) return undefined;
    return this.resolveObject(this.child(parent, key));
  }

  entries(parent: Located<unknown> | undefined): Array<[string, Located<unknown>]> {
    if (!parent || !isObject(parent.value)) return [];
    return Object.keys(parent.value).map((key) => [key, { value: (parent.value as JsonObject)[key], file: parent.file, path: appendSegment(parent.path, key) }]);
  }

  items(parent: Located<unknown> | undefined): Located<unknown>[] {
    if (!parent || !Array.isArray(parent.value)) return [];
    return parent.value.map((value, index) => ({ value, file: parent.file, path: appendSegment(parent.path, index) }));
  }

  get operations(): Operation[] {
    return (this.operationsCache ??= this.buildOperations());
  }

  get securitySchemes(): Map<string, Located<JsonObject>> {
    if (this.securitySchemesCache) return this.securitySchemesCache;
    const schemes = new Map<string, Located<JsonObject>>();
    const container = this.isSwagger2 ? this.get(this.root, 'securityDefinitions') : this.get(this.get(this.root, 'components'), 'securitySchemes');
    for (const [name, node] of this.entries(container)) {
      const resolved = this.resolveObject(node);
      if (resolved) schemes.set(name, resolved);
    }
    return (this.securitySchemesCache = schemes);
  }

  /** Every schema reachable from the contract, each place once (see `SchemaVisit`). */
  get schemas(): SchemaVisit[] {
    return (this.schemaCache ??= collectSchemas(this));
  }

  private buildOperations(): Operation[] {
    const operations: Operation[] = [];
    const paths = this.get(this.root, 'paths');
    const rootSecurity = this.child<unknown[]>(this.root, 'security');
    for (const [pathKey, rawPathItem] of this.entries(paths)) {
      if (pathKey.startsWith('x-')) continue;
      const pathItem = this.resolveObject(rawPathItem);
      if (!pathItem) continue;
      const pathParameters = this.collectParameters(this.child(pathItem, 'parameters'));
      for (const method of HTTP_METHODS) {
        const node = this.get(pathItem, method);
        if (!node) continue;
        const ownParameters = this.collectParameters(this.child(node, 'parameters'));
        const parameters = [...ownParameters];
        for (const inherited of pathParameters) {
          if (!ownParameters.some((own) => own.name === inherited.name && own.in === inherited.in)) parameters.push(inherited);
        }
        const operationSecurity = this.child<unknown[]>(node, 'security');
        let security: SecurityInfo;
        if (operationSecurity && Array.isArray(operationSecurity.value)) {
          security = { source: 'operation', node: operationSecurity, requirements: normaliseRequirements(operationSecurity.value) };
        } else if (rootSecurity && Array.isArray(rootSecurity.value)) {
          security = { source: 'root', node: rootSecurity, requirements: normaliseRequirements(rootSecurity.value) };
        } else security = { source: 'none', requirements: [] };
        const requestBody = this.isSwagger2 ? undefined : this.get(node, 'requestBody');
        let requestContent: MediaTypeInfo[] = [];
        if (requestBody) requestContent = this.collectContent(this.get(requestBody, 'content'));
        else if (this.isSwagger2) {
          const body = parameters.find((parameter) => parameter.in === 'body');
          if (body) requestContent = this.swagger2MediaTypes(node, 'consumes', body.schema);
        }
        operations.push({
          method,
          pathKey,
          label: `${method.toUpperCase()} ${pathKey}`,
          node,
          pathItem,
          parameters,
          requestBody,
          requestContent,
          responses: this.collectResponses(node),
          security,
          deprecated: node.value.deprecated === true,
        });
      }
    }
    return operations;
  }

  private collectParameters(list: Located<unknown> | undefined): ParameterInfo[] {
    const parameters: ParameterInfo[] = [];
    for (const item of this.items(list)) {
      const node = this.resolveObject(item);
      if (!node || typeof node.value.name !== 'string' || typeof node.value.in !== 'string') continue;
      const schema = this.isSwagger2 && node.value.in !== 'body' ? node : this.get(node, 'schema');
      parameters.push({ name: node.value.name, in: node.value.in, node, schema });
    }
    return parameters;
  }

  private collectResponses(operation: Located<JsonObject>): ResponseInfo[] {
    const responses: ResponseInfo[] = [];
    for (const [code, raw] of this.entries(this.get(operation, 'responses'))) {
      if (code.startsWith('x-')) continue;
      const node = this.resolveObject(raw);
      if (!node) continue;
      const headers = new Map<string, HeaderInfo>();
      for (const [name, rawHeader] of this.entries(this.get(node, 'headers'))) {
        const header = this.resolveObject(rawHeader);
        if (!header) continue;
        headers.set(name.toLowerCase(), { name, node: header, schema: this.isSwagger2 ? header : this.get(header, 'schema') });
      }
      const content = this.isSwagger2
        ? this.swagger2MediaTypes(operation, 'produces', this.get(node, 'schema'))
        : this.collectContent(this.get(node, 'content'));
      responses.push({ code, node, headers, content });
    }
    return responses;
  }

  private collectContent(content: Located<JsonObject> | undefined): MediaTypeInfo[] {
    const media: MediaTypeInfo[] = [];
    for (const [mediaType, raw] of this.entries(content)) {
      const node = this.resolveObject(raw);
      media.push({ mediaType, node, schema: node ? this.get(node, 'schema') : undefined });
    }
    return media;
  }

  private swagger2MediaTypes(operation: Located<JsonObject>, key: 'produces' | 'consumes', schema: Located<JsonObject> | undefined): MediaTypeInfo[] {
    if (!schema) return [];
    const declared = Array.isArray(operation.value[key]) ? operation.value[key] : this.root.value[key];
    const types = Array.isArray(declared) && declared.length > 0 ? declared.filter((type): type is string => typeof type === 'string') : ['application/json'];
    return types.map((mediaType) => ({ mediaType, schema }));
  }
}

export interface SchemaVisit {
  node: Located<JsonObject>;
  /** The property name when this schema is the value of `properties.<name>`. */
  propertyName?: string;
  /** The nearest classification stated on this schema or an enclosing one. */
  classification?: Classification;
  /** Whether the schema is reached from a request or response body, parameter or header (not only from components). */
  parent?: Located<JsonObject>;
}

export interface Classification {
  /** True when the annotation says the data is personal, false when it says it is not. */
  personal: boolean;
  label: string;
  at: Located<JsonObject>;
}

const CLASSIFICATION_LEVELS = new Set(['public', 'internal', 'confidential', 'restricted', 'pii']);

/** Reads the data-classification annotations PRODUCT.md accepts from one schema object. */
export function readClassification(node: Located<JsonObject>): Classification | undefined {
  const schema = node.value;
  const level = schema['x-data-classification'];
  if (typeof level === 'string' && CLASSIFICATION_LEVELS.has(level)) {
    return { personal: level !== 'public', label: `x-data-classification: ${level}`, at: node };
  }
  const pii = schema['x-pii'];
  if (pii === true || pii === false) return { personal: pii, label: `x-pii: ${pii}`, at: node };
  if (isObject(pii)) return { personal: true, label: 'x-pii', at: node };
  const sap = schema['x-sap-dpp-is-potentially-personal'];
  if (sap === true || sap === false) return { personal: sap, label: `x-sap-dpp-is-potentially-personal: ${sap}`, at: node };
  return undefined;
}

const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const SCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_SINGLE_KEYS = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'];

function collectSchemas(index: ContractIndex): SchemaVisit[] {
  const visits: SchemaVisit[] = [];
  const seen = new SchemaVisitSet();
  const maxDepth = index.workspace.limits.maxDepth;
  const visit = (raw: Located<unknown> | undefined, propertyName: string | undefined, inherited: Classification | undefined, depth: number): void => {
    if (!raw || depth > maxDepth) return;
    const node = index.resolveObject(raw);
    if (!node) return;
    const own = readClassification(node);
    const classification = own ?? inherited;
    if (!seen.add(node, propertyName, classification)) return;
    visits.push({ node, propertyName, classification });
    for (const mapKey of SCHEMA_MAP_KEYS) {
      const map = index.child(node, mapKey);
      if (!map || !isObject(map.value)) continue;
      for (const [name, child] of index.entries(map)) visit(child, mapKey === 'properties' ? name : undefined, classification, depth + 1);
    }
    for (const listKey of SCHEMA_LIST_KEYS) {
      for (const item of index.items(index.child(node, listKey))) visit(item, propertyName, classification, depth + 1);
    }
    for (const singleKey of SCHEMA_SINGLE_KEYS) {
      const child = index.child(node, singleKey);
      if (child && isObject(child.value)) visit(child, singleKey === 'items' ? propertyName : undefined, classification, depth + 1);
      else if (child && Array.isArray(child.value)) for (const item of index.items(child)) visit(item, propertyName, classification, depth + 1);
    }
  };
  const components = index.isSwagger2 ? index.root : index.get(index.root, 'components');
  const schemaContainer = index.isSwagger2 ? index.get(index.root, 'definitions') : index.get(components, 'schemas');
  for (const [, schema] of index.entries(schemaContainer)) visit(schema, undefined, undefined, 0);
  for (const operation of index.operations) {
    for (const parameter of operation.parameters) {
      if (parameter.schema && parameter.in !== 'body') visit(parameter.schema, parameter.name, readClassification(parameter.node), 0);
      else if (parameter.schema) visit(parameter.schema, undefined, undefined, 0);
    }
    for (const media of operation.requestContent) visit(media.schema, undefined, undefined, 0);
    for (const response of operation.responses) {
      for (const media of response.content) visit(media.schema, undefined, undefined, 0);
      for (const header of response.headers.values()) visit(header.schema, undefined, undefined, 0);
    }
  }
  // OpenAPI 3.1 webhooks: the request and response bodies of each webhook operation
  for (const [, rawItem] of index.entries(index.get(index.root, 'webhooks'))) {
    const item = index.resolveObject(rawItem);
    for (const method of HTTP_METHODS) {
      const operation = index.get(item, method);
      if (!operation) continue;
      for (const [, media] of index.entries(index.get(index.get(operation, 'requestBody'), 'content'))) visit(index.get(index.resolveObject(media), 'schema'), undefined, undefined, 0);
      for (const [, response] of index.entries(index.get(operation, 'responses'))) {
        for (const [, media] of index.entries(index.get(index.resolveObject(response), 'content'))) visit(index.get(index.resolveObject(media), 'schema'), undefined, undefined, 0);
      }
    }
  }
  return visits;
}

export function detectVersion(data: unknown): OasVersion | undefined {
  if (!isObject(data)) return undefined;
  if (data.swagger === '2.0' || data.swagger === 2) return '2.0';
  if (typeof data.openapi === 'string') {
    if (/^3\.0(\.\d+)?/.test(data.openapi)) return '3.0';
    if (/^3\.1(\.\d+)?/.test(data.openapi)) return '3.1';
  }
  return undefined;
}

function normaliseRequirements(list: unknown[]): Array<Record<string, string[]>> {
  return list.filter(isObject).map((requirement) => {
    const normalised: Record<string, string[]> = {};
    for (const [name, scopes] of Object.entries(requirement)) {
      normalised[name] = Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string') : [];
    }
    return normalised;
  });
}

/**
 * `[...path, segment]` allocated at its final size: array spread leaves slack (~2.5x the bytes for a
 * 6-segment path, and slower), and every located child of the index keeps its path.
 */
function appendSegment(path: readonly PathSegment[], segment: PathSegment): PathSegment[] {
  const length = path.length;
  const next = new Array<PathSegment>(length + 1);
  for (let index = 0; index < length; index++) next[index] = path[index];
  next[length] = segment;
  return next;
}

/** Whether two located values are written at the same place (same file and JSON Pointer). */
function samePlace(a: Located<unknown>, b: Located<unknown>): boolean {
  return a.file.absPath === b.file.absPath && samePointer(a.path, b.path);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
