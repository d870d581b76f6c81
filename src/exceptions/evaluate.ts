import { Minimatch } from 'minimatch';
import type { Policy } from '../config/policy.js';
import type { Finding } from '../types.js';
import type { ExceptionEntry } from './load.js';

export type EntryState = 'active' | 'expiring' | 'expired' | 'invalid';

export interface EvaluatedException {
  entry: ExceptionEntry;
  state: EntryState;
  /** `expires - now` in days (negative once expired); null when `expires` is not a date. */
  daysToExpiry: number | null;
  /** Why the entry is invalid (empty otherwise). */
  problems: string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real calendar date `YYYY-MM-DD`, or null. */
export function dayNumber(date: string | null | undefined): number | null {
  if (typeof date !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(time / DAY_MS);
}

/**
 * The state of every entry on `now`: invalid (any problem), expired (`now > expires`), expiring
 * (`expires - now <= policy.expiryWarningDays`) or active. An entry that expires today still waives.
 */
export function evaluateEntries(entries: ExceptionEntry[], policy: Policy, now: string): EvaluatedException[] {
  const today = dayNumber(now);
  if (today === null) throw new Error(`now is not a date: ${now}`);
  const firstById = new Map<string, ExceptionEntry>();
  const ticketPattern = policy.ticketPattern !== undefined ? new RegExp(policy.ticketPattern) : undefined;
  return entries.map((entry) => {
    const problems = [...entry.problems];
    const has = (key: string) => Object.hasOwn(entry.raw, key);
    if (has('id') && typeof entry.raw.id === 'string' && entry.raw.id.trim() !== '') {
      const first = firstById.get(entry.id);
      if (first) problems.push(`duplicate id ${entry.id} (also exceptions[${first.index}])`);
      else firstById.set(entry.id, entry);
    }
    const created = dayNumber(entry.created);
    const expires = dayNumber(entry.expires);
    if (entry.created !== null && typeof entry.raw.created === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.created) && created === null) {
      problems.push(`created ${entry.created} is not a calendar date`);
    }
    if (entry.expires !== null && typeof entry.raw.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.expires) && expires === null) {
      problems.push(`expires ${entry.expires} is not a calendar date`);
    }
    if (created !== null && created > today) problems.push(`created ${entry.created} is in the future (today is ${now})`);
    if (created !== null && expires !== null) {
      if (expires < created) problems.push(`expires ${entry.expires} is before created ${entry.created}`);
      else if (expires - created > policy.exceptionMaxDays) {
        problems.push(`expires ${entry.expires} is ${expires - created} days after created ${entry.created}, more than policy.exceptionMaxDays (${policy.exceptionMaxDays})`);
      }
    }
    if (ticketPattern && entry.ticket !== null && typeof entry.raw.ticket === 'string' && !ticketPattern.test(entry.ticket)) {
      problems.push(`ticket ${JSON.stringify(entry.ticket)} does not match policy.ticketPattern ${policy.ticketPattern}`);
    }
    const daysToExpiry = expires === null ? null : expires - today;
    let state: EntryState;
    if (problems.length > 0) state = 'invalid';
    else if (daysToExpiry !== null && daysToExpiry < 0) state = 'expired';
    else if (daysToExpiry !== null && daysToExpiry <= policy.expiryWarningDays) state = 'expiring';
    else state = 'active';
    return { entry, state, daysToExpiry, problems };
  });
}

const GLOB = { dot: true, nocomment: true, nonegate: true } as const;
const compiled = new Map<string, Minimatch>();

/** Compiled once per pattern: matching runs for every finding against every entry. */
function glob(pattern: string): Minimatch {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    matcher = new Minimatch(pattern, GLOB);
    compiled.set(pattern, matcher);
  }
  return matcher;
}

/** Whether `relPath` (relative to the working directory, with `/`) is covered by the entry's `files`. */
export function coversFile(entry: ExceptionEntry, relPath: string): boolean {
  return entry.files.some((pattern) => glob(pattern.replace(/^\.\//, '')).match(relPath));
}

/** Segment-wise prefix: `/servers` covers `/servers` and `/servers/0`, not `/serversX`. */
export function pointerCovers(prefix: string | undefined, pointer: string): boolean {
  if (prefix === undefined || prefix === '') return true;
  return pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** Whether the entry matches the finding: its file, its pointer prefix, and one of its controls or rules. */
export function matches(entry: ExceptionEntry, finding: Finding): boolean {
  if (finding.control === 'exception') return false;
  if (!coversFile(entry, finding.file)) return false;
  if (!pointerCovers(entry.pointer, finding.pointer)) return false;
  return entry.controls.includes(finding.control) || entry.rules.some((pattern) => glob(pattern).match(finding.ruleId));
}
