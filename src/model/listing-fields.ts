import type { PathSegment } from '../load/source-file.js';
import type { Located } from './contract.js';
import { isObject } from './contract.js';
import type { Listing } from './listing.js';

/** A placeholder a person still has to replace (what `publish-gate init` writes for facts only a person knows). */
export function isTodo(value: unknown): boolean {
  return typeof value === 'string' && /^\s*TODO/i.test(value);
}

/** Whether a listing value is stated: present, not null, not empty text, not a TODO placeholder. */
export function isStated(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '' && !isTodo(value);
  return true;
}

/** The value at `path` below the listing root, or undefined. */
export function valueAt(listing: Listing, path: readonly PathSegment[]): unknown {
  let current: unknown = listing.root.value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/**
 * Where to report about `path`: the path itself when it is written, otherwise the deepest written
 * ancestor (a missing `spec.owner` is reported at `spec`).
 */
export function locate(listing: Listing, path: readonly PathSegment[]): Located<unknown> {
  let current: unknown = listing.root.value;
  const written: PathSegment[] = [];
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) current = current[segment];
    else if (isObject(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else break;
    written.push(segment);
  }
  return { value: current, file: listing.file, path: written };
}

/** How a listing names itself in messages. */
export function listingLabel(listing: Listing): string {
  return listing.name ? `listing "${listing.name}"` : `listing ${listing.file.relPath}`;
}

/** Days from `from` to `to` (both YYYY-MM-DD), or undefined when either is not a valid date. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a === undefined || b === undefined) return undefined;
  return Math.round((b - a) / 86_400_000);
}

export function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return undefined;
  return time;
}

/** The stated lifecycle, or undefined. */
export function lifecycleOf(listing: Listing): string | undefined {
  const lifecycle = listing.spec.lifecycle;
  return typeof lifecycle === 'string' && ['preview', 'ga', 'deprecated', 'retired'].includes(lifecycle) ? lifecycle : undefined;
}
