/** Helpers for the `naming` and `versioning` controls: word splitting, casing and version strings. */

export type Casing = 'kebab-case' | 'snake_case' | 'camelCase' | 'PascalCase';
export const CASING_ORDER: readonly Casing[] = ['kebab-case', 'snake_case', 'camelCase', 'PascalCase'];

/** Splits an identifier written in camelCase, PascalCase, snake_case, kebab-case or dotted form into lower-case words. */
export function splitWords(name: string): string[] {
  // Pure and called for the same property and field names many times over a large contract: remembered.
  // Callers must not modify the returned array.
  let words = splitWordsCache.get(name);
  if (words === undefined) {
    words = splitWordsUncached(name);
    if (splitWordsCache.size >= 50_000) splitWordsCache.clear();
    splitWordsCache.set(name, words);
  }
  return words;
}

const splitWordsCache = new Map<string, string[]>();

function splitWordsUncached(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** A version-like path segment (`v1`, `v2beta`, `v1.2`, `2010-04-01`, `2024-06`), excluded from casing checks. */
export function isVersionSegment(segment: string): boolean {
  return /^v\d+([._-]?\d+)*([._-]?(alpha|beta|preview|rc)\d*)?$/i.test(segment) || /^\d{4}-\d{2}(-\d{2})?$/.test(segment) || /^\d+(\.\d+)*$/.test(segment);
}

/**
 * Endpoint names fixed by SCIM 2.0 (RFC 7644 §3.2): under a `scim` segment the contract cannot choose
 * their casing, so they are not counted for or against a convention.
 */
const SCIM_ENDPOINTS = new Set(['Users', 'Groups', 'Me', 'Schemas', 'ServiceProviderConfig', 'ServiceProviderConfigs', 'ResourceTypes', 'Bulk', '.search']);

/** The casing of each segment of a path (`undefined` for neutral ones), with names fixed by a standard neutral too. */
export function pathSegmentCasings(pathKey: string): Array<{ segment: string; casing: Casing | undefined }> {
  const segments = pathKey.split('/');
  const scim = segments.findIndex((segment) => segment.toLowerCase() === 'scim');
  return segments.map((segment, index) => ({ segment, casing: scim >= 0 && index > scim && SCIM_ENDPOINTS.has(segment) ? undefined : segmentCasing(segment) }));
}

/**
 * The casing of one path segment, or `undefined` when it is neutral (a single lower-case word, a
 * parameter, a version, or something no convention names).
 */
export function segmentCasing(raw: string): Casing | undefined {
  if (raw.includes('{') || isVersionSegment(raw)) return undefined;
  // `.well-known`, `Calls.json`, `things:batchGet`: the casing is the stem's
  let segment = raw.replace(/^\.+/, '').replace(/:.*$/, '');
  segment = segment.replace(/\.(json|xml|yaml|yml|csv|txt|html|pdf|zip|png|jpg|svg)$/i, '');
  if (!/^[A-Za-z0-9_-]+$/.test(segment) || !/[A-Za-z]/.test(segment)) return undefined;
  const hasDash = segment.includes('-');
  const hasUnderscore = segment.includes('_');
  const hasUpper = /[A-Z]/.test(segment);
  if (hasDash && hasUnderscore) return undefined;
  if (hasDash) return hasUpper ? undefined : 'kebab-case';
  if (hasUnderscore) return hasUpper ? undefined : 'snake_case';
  if (/^[A-Z]/.test(segment)) return /^[A-Z][A-Z0-9]*$/.test(segment) ? undefined : 'PascalCase';
  if (hasUpper) return 'camelCase';
  return undefined;
}

export interface VersionKind {
  ok: boolean;
  /** What the version string is, in words: "semantic version 1.2.3", "date-based version 2024-06-01", "major-version label". */
  description: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

function validDate(year: number, month: number, day?: number): boolean {
  if (year < 1970 || year > 9999 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** Classifies an `info.version` value: semver (with optional pre-release/build) or a date (`YYYY-MM-DD`, `YYYY-MM`) pass. */
export function classifyVersion(value: unknown): VersionKind {
  if (value === undefined || value === null) return { ok: false, description: 'missing' };
  if (typeof value === 'number') return { ok: false, description: `the number ${value} (write it as a string like "${Number.isInteger(value) ? `${value}.0.0` : `${value}.0`}")` };
  if (typeof value !== 'string') return { ok: false, description: `a ${Array.isArray(value) ? 'list' : typeof value}, not a string` };
  const text = value.trim();
  if (text === '') return { ok: false, description: 'empty' };
  const semver = SEMVER.exec(text);
  if (semver) return { ok: true, description: `semantic version ${text}${semver[4] ? ` (pre-release ${semver[4]})` : ''}` };
  const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (date) {
    const ok = validDate(Number(date[1]), Number(date[2]), date[3] === undefined ? undefined : Number(date[3]));
    return ok ? { ok: true, description: `date-based version ${text}` } : { ok: false, description: `"${text}", which looks like a date but is not a valid calendar date` };
  }
  if (/^\d{8}$/.test(text)) return { ok: false, description: `"${text}", a compact date (write it as YYYY-MM-DD)` };
  if (/^v\d+(\.\d+){0,2}$/i.test(text)) return { ok: false, description: `"${text}", a version label with a "v" prefix (semver is written without it, e.g. "${text.slice(1)}${'.0'.repeat(Math.max(0, 2 - (text.match(/\./g) ?? []).length))}")` };
  if (/^\d+(\.\d+)?$/.test(text)) return { ok: false, description: `"${text}", a ${text.includes('.') ? 'two' : 'one'}-part number (semver needs MAJOR.MINOR.PATCH, e.g. "${text}${'.0'.repeat(text.includes('.') ? 1 : 2)}")` };
  const leadingZero = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (leadingZero) {
    const fixed = leadingZero.slice(1).map((part) => String(Number(part))).join('.');
    return { ok: false, description: `"${text}", which has a leading zero in a number (semver forbids them: "${fixed}")` };
  }
  if (/^\d+\.\d+\.\d+/.test(text)) return { ok: false, description: `"${text}", which starts like semver but has an invalid suffix` };
  return { ok: false, description: `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}", neither semver nor a date` };
}
