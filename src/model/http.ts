// HTTP-level helpers shared by the traffic rules (pagination, deprecation, rate-limit, error-model):
// status-code classes, header lookup, documented header values, and date parsing.
import { isObject, type ContractIndex, type HeaderInfo, type JsonObject, type Located, type MediaTypeInfo, type Operation, type ResponseInfo } from './contract.js';

/** `200`, `201`, `2XX`. */
export function isSuccessCode(code: string): boolean {
  return /^2(\d\d|XX)$/i.test(code);
}

/** `4xx`/`5xx` codes and ranges (not `default`). */
export function isErrorCode(code: string): boolean {
  return /^[45](\d\d|XX)$/i.test(code);
}

export function successResponses(operation: Operation): ResponseInfo[] {
  return operation.responses.filter((response) => isSuccessCode(response.code));
}

/** Lower-case with separators removed: `per_page`, `perPage`, `per-page`, `$top`, `page[size]` compare equal to their plain forms. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The response header named `name` (case-insensitive). */
export function findHeader(response: ResponseInfo, name: string): HeaderInfo | undefined {
  return response.headers.get(name.toLowerCase());
}

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0].trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*' || base === 'application/*' || base === 'text/json';
}

export function isProblemMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0].trim().toLowerCase();
  return base === 'application/problem+json' || base === 'application/problem+xml';
}

/** The first JSON media type of a response that has a schema. */
export function jsonContent(response: ResponseInfo): MediaTypeInfo | undefined {
  return response.content.find((media) => media.schema && isJsonMediaType(media.mediaType));
}

/**
 * The values a header documents (example, default, enum members, named examples), each where it is
 * written: on the header object (2.0 and 3.x `example`/`examples`) and on its schema.
 */
export function headerValues(contract: ContractIndex, header: HeaderInfo): Located<unknown>[] {
  const values: Located<unknown>[] = [];
  const seen = new Set<string>();
  const add = (located: Located<unknown> | undefined): void => {
    if (!located) return;
    const key = `${located.file.absPath}#${located.path.join('/')}`;
    if (seen.has(key)) return;
    seen.add(key);
    values.push(located);
  };
  const fromNode = (node: Located<JsonObject> | undefined): void => {
    if (!node) return;
    for (const key of ['example', 'default', 'x-example']) add(contract.child(node, key));
    for (const item of contract.items(contract.child(node, 'enum'))) add(item);
    for (const item of contract.items(contract.child(node, 'examples'))) add(item);
  };
  fromNode(header.node);
  if (header.schema && header.schema !== header.node) fromNode(header.schema);
  const examples = contract.child(header.node, 'examples');
  if (examples && isObject(examples.value)) {
    for (const [, raw] of contract.entries(examples)) {
      const example = contract.resolveObject(raw);
      if (example) add(contract.child(example, 'value'));
    }
  }
  return values.filter((located) => typeof located.value === 'string' || typeof located.value === 'number' || located.value instanceof Date);
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * A date written in a header value as `YYYY-MM-DD`: an HTTP-date (IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`,
 * RFC 850 or asctime), an ISO 8601 date or date-time, or a structured-field date `@1688169599` (RFC 9745).
 * Returns undefined for anything else (the value is then not a date and is not judged).
 */
export function parseHeaderDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let match = /^@(-?\d{1,12})$/.exec(text);
  if (match) return isoFromParts(new Date(Number(match[1]) * 1000));
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (match) return checkedDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT (the weekday is optional here)
  match = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s+\d{2}:\d{2}(?::\d{2})?)?(?:\s+(?:GMT|UTC|Z))?$/i.exec(text);
  if (match && MONTHS[match[2].toLowerCase()]) return checkedDate(Number(match[3]), MONTHS[match[2].toLowerCase()], Number(match[1]));
  // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
  match = /^[A-Za-z]+,\s*(\d{2})-([A-Za-z]{3})-(\d{2})\s+\d{2}:\d{2}:\d{2}\s+GMT$/i.exec(text);
  if (match && MONTHS[match[2].toLowerCase()]) {
    const year = Number(match[3]);
    return checkedDate(year < 70 ? 2000 + year : 1900 + year, MONTHS[match[2].toLowerCase()], Number(match[1]));
  }
  // asctime: Sun Nov  6 08:49:37 1994
  match = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+\d{2}:\d{2}:\d{2}\s+(\d{4})$/.exec(text);
  if (match && MONTHS[match[1].toLowerCase()]) return checkedDate(Number(match[3]), MONTHS[match[1].toLowerCase()], Number(match[2]));
  return undefined;
}

function checkedDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return isoFromParts(date);
}

function isoFromParts(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Rate-limit headers on a response, by kind. */
export interface RateLimitHeaders {
  /** `RateLimit`, `RateLimit-Policy` (draft -07 and later) and `RateLimit-Limit/-Remaining/-Reset` (drafts up to -06). */
  standard: HeaderInfo[];
  retryAfter: HeaderInfo | undefined;
  /** `X-RateLimit-*` and similar pre-standard names. */
  legacy: HeaderInfo[];
}

const STANDARD_RATE_LIMIT = new Set(['ratelimit', 'ratelimit-policy', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']);

export function rateLimitHeaders(response: ResponseInfo): RateLimitHeaders {
  const standard: HeaderInfo[] = [];
  const legacy: HeaderInfo[] = [];
  for (const [name, header] of response.headers) {
    if (STANDARD_RATE_LIMIT.has(name)) standard.push(header);
    else if (/^x-(?:[a-z0-9]+-)?rate-?limit/.test(name)) legacy.push(header);
  }
  return { standard, retryAfter: findHeader(response, 'retry-after'), legacy };
}

/** Stable key of where a value is written, to report a shared component once. */
export function locationKey(located: Located<unknown>): string {
  return `${located.file.absPath}#${located.path.join('\u0000')}`;
}

/** `1 operation`, `2 operations`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
