import safeRegex from 'safe-regex2';

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
  if (!safeRegex(body)) {
    return { ok: false, reason: 'it can take exponential time to match (a quantifier nested inside another, as in (a+)+, or too many quantifiers); rewrite it without nested repetition' };
  }
  return { ok: true };
}

/** Rejects (through `fail`, which names the ruleset file and line) an unsafe `match`/`notMatch` of Spectral's `pattern` function. */
export function checkPatternOptions(options: unknown, at: (string | number)[], fail: (segments: (string | number)[], message: string) => never): void {
  if (!options || typeof options !== 'object' || Array.isArray(options)) return;
  for (const key of ['match', 'notMatch']) {
    if (!Object.hasOwn(options, key)) continue;
    const value = (options as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const verdict = checkRegex(value);
    if (!verdict.ok) fail([...at, key], `pattern ${key} is rejected: ${verdict.reason}`);
  }
}
