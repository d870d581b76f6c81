// Recognises list operations: a GET whose 2xx JSON response is an array, or an object whose one array
// property holds the items. Used by the pagination rules.
import { isObject, type ContractIndex, type JsonObject, type Located, type Operation, type ResponseInfo } from './contract.js';
import { isJsonMediaType, isSuccessCode, normaliseName } from './http.js';

export interface ListResponse {
  operation: Operation;
  response: ResponseInfo;
  /** The response body schema. */
  body: Located<JsonObject>;
  /** The array schema holding the items (the body itself, or its items property). */
  array: Located<JsonObject>;
  /** The property holding the items when the body is an envelope object. */
  property?: string;
  /** Names of the envelope's other properties (normalised), for cursor evidence such as `next` or `has_more`. */
  siblings: string[];
}

const MAX_ALLOF_DEPTH = 4;

export function isArraySchema(schema: JsonObject): boolean {
  const type = schema.type;
  if (type === 'array') return true;
  if (Array.isArray(type)) return type.includes('array') && !type.includes('object');
  return type === undefined && isObject(schema.items) && !isObject(schema.properties);
}

/** Top-level properties of an object schema, merged across `allOf` (resolved, each where it is written). */
export function objectProperties(contract: ContractIndex, schema: Located<JsonObject>, depth = 0): Map<string, Located<JsonObject>> {
  const properties = new Map<string, Located<JsonObject>>();
  if (depth > MAX_ALLOF_DEPTH) return properties;
  for (const member of contract.items(contract.child(schema, 'allOf'))) {
    const resolved = contract.resolveObject(member);
    if (resolved) for (const [name, value] of objectProperties(contract, resolved, depth + 1)) if (!properties.has(name)) properties.set(name, value);
  }
  for (const [name, raw] of contract.entries(contract.child(schema, 'properties'))) {
    const resolved = contract.resolveObject(raw);
    if (resolved) properties.set(name, resolved);
  }
  return properties;
}

/** Property names that an envelope's item array typically has. */
const ITEM_PROPERTIES = new Set(['data', 'items', 'results', 'result', 'value', 'values', 'list', 'entries', 'records', 'elements', 'content', 'nodes', 'edges', 'objects', 'resources', 'members', 'rows', 'hits', 'collection', 'embedded']);

/** Envelope properties that show the object is a page of a list. */
export const PAGE_PROPERTIES = new Set([
  'next', 'nextlink', 'nextpage', 'nextpagetoken', 'nextpageurl', 'nexturl', 'nextcursor', 'nexttoken', 'nextmarker', 'nextpageuri',
  'hasmore', 'hasnext', 'hasnextpage', 'cursor', 'cursors', 'continuationtoken', 'odatanextlink', 'pagination', 'paging', 'pageinfo',
  'links', 'link', 'meta', 'total', 'totalcount', 'totalitems', 'totalresults', 'count', 'page', 'pagesize', 'pagetoken', 'previous',
  'prev', 'previouspageuri', 'firstpageuri', 'lastid', 'firstid', 'offset', 'limit', 'end', 'start', 'url', 'object',
]);

/** Envelope properties that are evidence of a cursor: the server hands out the next page. */
export const CURSOR_PROPERTIES = new Set([
  'next', 'nextlink', 'nextpage', 'nextpagetoken', 'nextpageurl', 'nexturl', 'nextcursor', 'nexttoken', 'nextmarker', 'nextpageuri',
  'hasmore', 'hasnext', 'hasnextpage', 'cursor', 'cursors', 'continuationtoken', 'odatanextlink', 'pagination', 'paging', 'pageinfo', 'links', 'lastid',
]);

/** Page fields that, next to an items-named array, show the object is a page (`count` or `url` alone do not). */
const STRONG_PAGE_PROPERTIES = new Set([...CURSOR_PROPERTIES, 'total', 'totalcount', 'totalitems', 'totalresults', 'page', 'pagesize', 'pagetoken', 'offset', 'limit']);

/** The list-shaped 2xx JSON responses of a GET operation (empty when it is not a list operation). */
export function listResponses(contract: ContractIndex, operation: Operation): ListResponse[] {
  if (operation.method !== 'get') return [];
  const lists: ListResponse[] = [];
  const seen = new Set<JsonObject>();
  for (const response of operation.responses) {
    if (!isSuccessCode(response.code)) continue;
    for (const media of response.content) {
      if (!media.schema || !isJsonMediaType(media.mediaType) || seen.has(media.schema.value)) continue;
      seen.add(media.schema.value);
      const list = listShape(contract, operation, response, media.schema);
      if (list) lists.push(list);
    }
  }
  return lists;
}

function listShape(contract: ContractIndex, operation: Operation, response: ResponseInfo, body: Located<JsonObject>): ListResponse | undefined {
  if (isArraySchema(body.value)) {
    // An array of tuples (`[[1700000000, 12, 3], ...]`) is a data series, not a list of resources.
    const items = contract.get(body, 'items');
    if (items && isArraySchema(items.value)) return undefined;
    return { operation, response, body, array: body, siblings: [] };
  }
  const properties = objectProperties(contract, body);
  const arrays = [...properties].filter(([, schema]) => isArraySchema(schema.value));
  if (arrays.length !== 1) return undefined;
  const [name, array] = arrays[0];
  const siblings = [...properties.keys()].filter((key) => key !== name).map(normaliseName);
  const lastSegment = normaliseName(operation.pathKey.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).pop() ?? '');
  const collectionPath = !/\}\/?$/.test(operation.pathKey);
  // Named like the path's collection only counts on the collection itself: `GET /keys/{key}` answering
  // `{"keys": [...]}` fetches one resource (an envelope quirk), it does not list them.
  const itemsNamed = ITEM_PROPERTIES.has(normaliseName(name)) || (collectionPath && lastSegment !== '' && normaliseName(name) === lastSegment);
  // The object is a page of a list when
  // - the array is its only property and is named like items or like the path (`{"pets": []}` at `/pets`;
  //   not a `{"contexts": [...]}` card), or
  // - every other property is page bookkeeping (`next`, `has_more`, `total_count`...), or
  // - the array is named like items, the path is a collection (not ending in a parameter) and a strong page
  //   field (`total`, `next`, `cursor`...) sits beside it.
  // So a `User` with `emails: []` is not a list, nor an `Order` with `items: []` next to its own fields.
  if (siblings.length === 0 && !itemsNamed) return undefined;
  const pageFields = siblings.every((sibling) => PAGE_PROPERTIES.has(sibling));
  if (!pageFields && !(itemsNamed && collectionPath && siblings.some((sibling) => STRONG_PAGE_PROPERTIES.has(sibling)))) return undefined;
  return { operation, response, body, array, property: name, siblings };
}
