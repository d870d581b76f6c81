import type { ContractIndex, Located, Operation, ParameterInfo } from '../model/contract.js';
import { findHeader, locationKey, normaliseName, plural } from '../model/http.js';
import { CURSOR_PROPERTIES, listResponses, objectProperties, type ListResponse } from '../model/list-shape.js';
import { defineRule } from './rule.js';

/** Page-size parameter names, compared case- and separator-insensitively (`per_page`, `pageSize`, `$top`, `page[size]`). */
const SIZE_PARAMETERS = new Set(['limit', 'pagesize', 'perpage', 'size', 'first', 'last', 'max', 'count', 'top', 'maxresults', 'maxpagesize', 'maxitems', 'pagelimit', 'maxrecords']);
/** Cursor, offset or page-number parameter names. */
const CURSOR_PARAMETERS = new Set([
  'cursor', 'after', 'before', 'pagetoken', 'offset', 'page', 'pagenumber', 'startingafter', 'endingbefore', 'skip', 'next', 'continuation',
  'continuationtoken', 'nexttoken', 'nextpagetoken', 'skiptoken', 'marker', 'pagecursor', 'startindex', 'startat',
]);

/** Lists capped at this many items by `maxItems` need no paging parameters. */
const MAX_UNPAGED_ITEMS = 1000;

export const SIZE_NAMES = 'limit, pageSize, per_page, page_size, size, first, max, count, top';
export const CURSOR_NAMES = 'cursor, after, before, pageToken, offset, page, starting_after, ending_before, skip, next, continuation';

/** A page-size bound written in prose: "max 100", "between 1 and 100", "up to 100", "at most 100". */
export function describedBound(description: unknown): string | undefined {
  if (typeof description !== 'string') return undefined;
  const match = /\b(?:max(?:imum)?(?: (?:is|of|value))?:?\s*\(?\d+|between \d+ and \d+|up to \d+|at most \d+|cannot exceed \d+|no more than \d+|range(?:s)? (?:from|between) \d+ (?:to|and) \d+|\d+\s*(?:-|to)\s*\d+)/i.exec(description);
  return match ? match[0] : undefined;
}

/**
 * Keyset cursors: `since_id`/`after_id`/`max_id`, and a `since` that takes an ID ("only return users with an
 * ID greater than this ID"), not a time (`since` is a date filter as often as a cursor).
 */
export function keysetCursorParameters(operation: Operation): ParameterInfo[] {
  return operation.parameters.filter((parameter) => {
    if (parameter.in !== 'query') return false;
    const name = normaliseName(parameter.name);
    if (/^(?:since|after|before|max|min|startingafter|endingbefore)id$/.test(name)) return true;
    if (name !== 'since') return false;
    const schema = parameter.schema?.value ?? {};
    if (typeof schema.format === 'string' && /date|time/i.test(schema.format)) return false;
    const description = [parameter.node.value.description, schema.description].filter((text): text is string => typeof text === 'string').join(' ');
    return /\bID\b/.test(description) && !/\b(?:timestamp|date|time|ISO ?8601)\b/i.test(description);
  });
}

export function queryParameters(operation: Operation, names: Set<string>): ParameterInfo[] {
  return operation.parameters.filter((parameter) => parameter.in === 'query' && parameterNames(parameter.name).some((name) => names.has(name)));
}

/** The names a parameter answers to: `page[size]` (JSON:API) is both `pagesize` and `size`. */
function parameterNames(name: string): string[] {
  const names = [normaliseName(name)];
  const bracket = /\[([^\]]+)\]$/.exec(name);
  if (bracket) names.push(normaliseName(bracket[1]));
  return names;
}

/** Flags that say more items exist but give the client nothing to fetch them with (no link, no token). */
const MORE_FLAGS = new Set(['hasmore', 'hasnext', 'hasnextpage']);

/** Evidence that clients can fetch the next page without a cursor parameter: a Link header, x-ms-pageable, a next link in the body. */
function cursorEvidence(contract: ContractIndex, operation: Operation, list: ListResponse, pageSized: boolean): boolean {
  // With a page-size parameter, a `has_more` flag alone leaves the client stuck on the first page. (Without one,
  // the missing page size is the finding; the flag is then taken as the server's own paging.)
  const isNextPageReference = (name: string): boolean => CURSOR_PROPERTIES.has(name) && !(pageSized && MORE_FLAGS.has(name));
  if (list.operation.responses.some((response) => /^2/.test(response.code) && findHeader(response, 'link'))) return true;
  if (operation.node.value['x-ms-pageable'] !== undefined) return true;
  if (list.siblings.some(isNextPageReference)) return true;
  // A nested `meta`/`links` object carrying `next` (JSON:API, DigitalOcean).
  if (list.property) {
    for (const [name, schema] of objectProperties(contract, list.body)) {
      if (name === list.property) continue;
      for (const inner of objectProperties(contract, schema).keys()) {
        const key = normaliseName(inner);
        if (isNextPageReference(key) || key === 'pages') return true;
      }
    }
  }
  return false;
}

export default defineRule({
  id: 'pagination-list-operations',
  control: 'pagination',
  severity: 'error',
  relaxFor: { internal: 'warn' },
  target: 'contract',
  description: 'A GET that returns a list must accept a bounded page size (with `maximum`) and a cursor, offset or page parameter (or document a `Link` header).',
  hint: 'Add a query parameter such as `limit` with `minimum: 1` and `maximum` (e.g. 100), and a `cursor` (or `page`/`offset`) parameter or a `Link` response header with `rel="next"`.',
  check({ contract, report }) {
    // A shared page-size parameter (a component) is reported once, where it is written.
    const maximumReported = new Map<string, { first: string; count: number; at: Located<unknown>; name: string; described: string | undefined }>();
    for (const operation of contract.operations) {
      const lists = listResponses(contract, operation);
      if (lists.length === 0) continue;
      // Missing parameters are reported at the operation (its pointer does not depend on whether it has a `parameters` list).
      const sizes = queryParameters(operation, SIZE_PARAMETERS);
      const cursors = [...queryParameters(operation, CURSOR_PARAMETERS), ...keysetCursorParameters(operation)];
      // A list that takes no paging parameter at all but whose every item array is capped by `maxItems`
      // (reference data such as countries or regions) is bounded: one `info` finding instead of errors.
      const bound = Math.max(...lists.map((list) => (typeof list.array.value.maxItems === 'number' ? list.array.value.maxItems : Infinity)));
      if (sizes.length === 0 && cursors.length === 0 && bound <= MAX_UNPAGED_ITEMS) {
        report({
          message: `${operation.label} returns a list without paging parameters; it is bounded by \`maxItems: ${bound}\``,
          at: operation.node,
          severity: 'info',
          hint: 'If the list can grow beyond `maxItems`, add `limit` (with `maximum`) and `cursor` query parameters; otherwise nothing to do.',
        });
        continue;
      }
      if (sizes.length === 0) {
        report({
          message: `${operation.label} returns a list but accepts no page-size parameter (one of ${SIZE_NAMES})`,
          at: operation.node,
          hint: 'Add a query parameter such as `limit` (integer, `minimum: 1`, `maximum: 100`, a `default`) so clients and the server agree on a bounded page size.',
        });
      } else if (!sizes.some((size) => size.schema && (typeof size.schema.value.maximum === 'number' || typeof size.schema.value.exclusiveMaximum === 'number' || Array.isArray(size.schema.value.enum)))) {
        const size = sizes[0];
        const at = size.schema ?? size.node;
        const key = locationKey(at);
        const described = describedBound(size.node.value.description) ?? describedBound(size.schema?.value.description);
        const previous = maximumReported.get(key);
        if (previous) previous.count++;
        else maximumReported.set(key, { first: operation.label, count: 1, at, name: size.name, described });
      }
      if (cursors.length > 0) continue;
      if (lists.some((list) => cursorEvidence(contract, operation, list, sizes.length > 0))) continue;
      report({
        message: `${operation.label} returns a list but accepts no cursor, offset or page parameter (one of ${CURSOR_NAMES}) and documents no \`Link\` header`,
        at: operation.node,
        hint: 'Add a `cursor` (or `page`/`offset`/`starting_after`) query parameter, or document a `Link` response header with `rel="next"`, so clients can reach every page.',
      });
    }
    for (const { first, count, at, name, described } of maximumReported.values()) {
      const operations = count > 1 ? `${first} (and ${plural(count - 1, 'more list operation')})` : first;
      if (described) {
        report({
          message: `${operations}: page-size parameter "${name}" states its bound only in the description ("${described}"), not as \`maximum\``,
          at,
          severity: 'hint',
          hint: `Move the bound into the schema: \`maximum\` on "${name}", so tools and gateways can enforce it.`,
        });
      } else {
        report({
          message: `${operations}: page-size parameter "${name}" has no \`maximum\``,
          at,
          hint: `Give "${name}" a \`maximum\` (e.g. 100) so one request cannot ask for an unbounded page.`,
        });
      }
    }
  },
});
