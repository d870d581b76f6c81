import { findInData, SKIP_ENTRY } from './data-walk.js';
import safeRegex from 'safe-regex2';
import { repeatedAmbiguousAlternation } from './regex-ambiguity.js';

/** Longest user-supplied regular expression accepted, in characters. */
export const MAX_PATTERN_LENGTH = 512;

export type RegexVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Decides statically whether a user-supplied regular expression (a ruleset's `pattern` function, the
 * config's `policy.ticketPattern`) is safe to run on untrusted text. JavaScript's engine backtracks, so a
 * nested quantifier such as `(a+)+$` takes exponential time on a near-miss; such patterns are rejected
 * rather than run. Rejected: invalid syntax, patterns longer than `MAX_PATTERN_LENGTH`, star height above
 * one (a quantifier inside a quantified group), more than 25 quantifiers, and back-references.
 * `source` may be written `/body/flags` as Spectral allows.
 */
export function checkRegex(source: string): RegexVerdict {
  if (typeof source !== 'string') return { ok: false, reason: 'it is not a string' };
  let body = source;
  let flags = '';
  const slashed = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (slashed) {
    body = slashed[1];
    flags = slashed[2];
  }
  if (body.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `it is longer than ${MAX_PATTERN_LENGTH} characters` };
  try {
    new RegExp(body, flags);
  } catch (error) {
    return { ok: false, reason: `it is not a valid regular expression (${(error as Error).message})` };
  }
  if (/\\[1-9]|\\k</.test(body.replace(/\\\\/g, ''))) {
    return { ok: false, reason: 'it uses a back-reference, which can take exponential time to match' };
  }
  // A fixed count on a single atom (`\d{3}`) adds no ambiguity: `(\d{3}-)*` is as safe as `(\d-)*`.
  if (!safeRegex(body.replace(/(?<![\\)])\{\d+\}/g, ''))) {
    return { ok: false, reason: 'it can take exponential time to match (a quantifier nested inside another, as in (a+)+, or too many quantifiers); rewrite it without nested repetition' };
  }
  if (repeatedAmbiguousAlternation(body, flags)) {
    return { ok: false, reason: 'it can take exponential time to match (a repeated alternation whose branches can start with the same character, as in ([a-z]|[a-z0-9])+); make the branches disjoint or use one character class' };
  }
  return { ok: true };
}

/** Rejects (through `fail`, which names the ruleset file and line) an unsafe `match`/`notMatch` of Spectral's `pattern` function, or an unsafe `pattern` in the JSON Schema of its `schema` function. */
export function checkPatternOptions(options: unknown, at: (string | number)[], fail: (segments: (string | number)[], message: string) => never): void {
  if (!options || typeof options !== 'object' || Array.isArray(options)) return;
  // The `schema` function: patterns inside the user's JSON Schema are compiled and run on contract values too.
  if (Object.hasOwn(options, 'schema')) {
    const unsafe = findUnsafeSchemaPattern((options as Record<string, unknown>).schema);
    if (unsafe) fail([...at, 'schema', ...unsafe.path], `schema pattern is rejected: ${unsafe.reason}`);
  }
  for (const key of ['match', 'notMatch']) {
    if (!Object.hasOwn(options, key)) continue;
    const value = (options as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const verdict = checkRegex(value);
    if (!verdict.ok) fail([...at, key], `pattern ${key} is rejected: ${verdict.reason}`);
  }
}

/** Keys whose values are data, not schema: patterns inside them are never compiled. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/**
 * The first regular expression in a parsed document (a schema's `pattern`, a `patternProperties` key)
 * that `checkRegex` rejects, with its path. Engines that validate examples against schemas (Spectral's
 * oas rules) compile these patterns and would hang on a near-miss example.
 */
export function findUnsafeSchemaPattern(data: unknown, maxDepth = 512): { path: Array<string | number>; pattern: string; reason: string } | undefined {
  return findInData(data, maxDepth, (key, child, path) => {
    const parentKey = path[path.length - 1];
    if (key.startsWith('x-') || (DATA_KEYS.has(key) && parentKey !== 'properties')) return SKIP_ENTRY;
    if (key === 'pattern' && typeof child === 'string' && parentKey !== 'properties') {
      const verdict = checkRegex(child);
      if (!verdict.ok) return { path: [...path, key], pattern: child, reason: verdict.reason };
    }
    if (key === 'patternProperties' && child && typeof child === 'object' && !Array.isArray(child)) {
      for (const pattern of Object.keys(child)) {
        const verdict = checkRegex(pattern);
        if (!verdict.ok) return { path: [...path, key, pattern], pattern, reason: verdict.reason };
      }
    }
    return undefined;
  });
}
