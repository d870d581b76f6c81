import type { PathSegment, SourceFile } from '../load/source-file.js';
import { toPointer, type Workspace } from '../load/workspace.js';
import { displayRef } from '../load/redact.js';
import { isObject, type ContractIndex, type Located } from './contract.js';
import { reverseFrom } from '../load/data-walk.js';
import { samePointer } from './visit-set.js';

export interface RefWalkProblem {
  at: Located<unknown>;
  message: string;
}

/** Keys whose values are data, not OpenAPI structure: a `$ref` inside them is never followed. */
const DATA_KEYS = new Set(['example', 'default', 'enum', 'const', 'value']);

/**
 * Visits every `$ref` of a contract and of the files it references, and reports each that does not
 * resolve. Example values and `x-` extensions are data: `$ref`s inside them are left alone.
 */
export function walkRefs(contract: ContractIndex): RefWalkProblem[] {
  const problems: RefWalkProblem[] = [];
  // Places already queued (file and JSON Pointer), grouped by the value written there: no `file#pointer` string per `$ref`.
  const visited = new Map<unknown, Array<{ file: SourceFile; path: readonly PathSegment[] }>>();
  const maxDepth = contract.workspace.limits.maxDepth;
  const queue: Array<{ file: SourceFile; path: PathSegment[]; value: unknown }> = [{ file: contract.file, path: [], value: contract.file.data }];
  const enqueue = (file: SourceFile, path: PathSegment[], value: unknown) => {
    let places = visited.get(value);
    if (places === undefined) visited.set(value, (places = []));
    else if (places.some((place) => samePlace(place, file, path))) return;
    places.push({ file, path });
    queue.push({ file, path, value });
  };
  visited.set(contract.file.data, [{ file: contract.file, path: [] }]);
  while (queue.length > 0) {
    const start = queue.pop()!;
    // Paths are built only where a `$ref` is met: each stack entry links to its parent instead.
    const stack: WalkEntry[] = [{ value: start.value, parent: undefined, key: undefined, parentKey: undefined, depth: 0 }];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      const { value, parentKey } = entry;
      if (entry.depth > maxDepth) continue;
      if (Array.isArray(value)) {
        if (parentKey === 'examples') continue;
        for (let index = value.length - 1; index >= 0; index--) {
          const item = value[index];
          // Only objects and arrays can hold a `$ref`: no entry for the other values.
          if (item !== null && typeof item === 'object') stack.push({ value: item, parent: entry, key: index, parentKey: undefined, depth: entry.depth + 1 });
        }
        continue;
      }
      if (!isObject(value)) continue;
      if (typeof value.$ref === 'string' || (Object.hasOwn(value, '$ref') && parentKey !== 'properties')) {
        const path = pathOf(start.path, entry);
        const at = { value, file: start.file, path };
        if (typeof value.$ref !== 'string') {
          problems.push({ at, message: `$ref at ${toPointer(path) || '/'} must be a string` });
          continue;
        }
        const chain = followChain(contract, start.file, value.$ref, path);
        if (chain.problem) problems.push({ at, message: chain.problem });
        else if (chain.target) enqueue(chain.target.file, chain.target.path, chain.target.value);
        continue;
      }
      // Keys in order (for-in: no key array per object), the entries pushed then reversed: popped first to last.
      const first = stack.length;
      for (const key in value) {
        const child = value[key];
        if (child === null || typeof child !== 'object' || key.startsWith('x-') || (DATA_KEYS.has(key) && parentKey !== 'properties')) continue;
        stack.push({ value: child, parent: entry, key, parentKey: key, depth: entry.depth + 1 });
      }
      reverseFrom(stack, first);
    }
  }
  return problems;
}

/** Whether `place` is `file` at `path` (the same `file#pointer`). */
function samePlace(place: { file: SourceFile; path: readonly PathSegment[] }, file: SourceFile, path: readonly PathSegment[]): boolean {
  return place.file.absPath === file.absPath && samePointer(place.path, path);
}

interface WalkEntry {
  value: unknown;
  parent: WalkEntry | undefined;
  key: PathSegment | undefined;
  parentKey: string | undefined;
  depth: number;
}

function pathOf(base: readonly PathSegment[], entry: WalkEntry): PathSegment[] {
  const tail: PathSegment[] = [];
  for (let current: WalkEntry | undefined = entry; current && current.key !== undefined; current = current.parent) tail.push(current.key);
  return [...base, ...tail.reverse()];
}

function followChain(contract: ContractIndex, file: SourceFile, ref: string, path: PathSegment[]): { problem?: string; target?: Located<unknown> } {
  // The places this chain has passed (a short list: chains are a hop or two).
  const seen: Array<{ file: SourceFile; path: readonly PathSegment[] }> = [{ file, path }];
  let currentFile = file;
  let currentRef = ref;
  for (let hop = 0; hop <= contract.workspace.limits.maxRefHops; hop++) {
    const result = contract.workspace.resolveRef(currentFile, currentRef);
    if (!result.ok) return { problem: hop === 0 ? result.message : `$ref "${displayRef(ref)}" leads to a broken reference: ${result.message}` };
    contract.files.add(result.file);
    if (seen.some((place) => samePlace(place, result.file, result.path))) return { problem: `$ref "${displayRef(ref)}" is circular: it leads back to itself without reaching a value` };
    seen.push({ file: result.file, path: result.path });
    const value = result.value;
    if (isObject(value) && typeof value.$ref === 'string') {
      currentFile = result.file;
      currentRef = value.$ref;
      continue;
    }
    return { target: { value, file: result.file, path: result.path } };
  }
  return { problem: `$ref "${displayRef(ref)}" starts a chain longer than ${contract.workspace.limits.maxRefHops} hops (limits.maxRefHops)` };
}

/**
 * How many nodes `file` becomes once every `$ref` is inlined (as Spectral's resolved view of it is walked),
 * counted without inlining: each `$ref` target's size is computed once. A diamond of `$ref`s (a schema with
 * 30 properties referencing one with 30 properties, 20 levels down) is small on disk and astronomically
 * large inlined. Cycles count once. Returns a number above `limit` as soon as the count passes it.
 */
export function inlinedSize(file: SourceFile, workspace: Workspace, limit: number): number {
  const sizes = new Map<string, number>();
  const inProgress = new Set<string>();
  const maxStack = 4 * workspace.limits.maxDepth + 1000;
  const over = limit + 1;
  const sizeOf = (from: SourceFile, value: unknown, stack: number): number => {
    if (stack > maxStack) return over;
    if (value === null || typeof value !== 'object') return 1;
    if (!Array.isArray(value) && typeof (value as Record<string, unknown>).$ref === 'string') {
      const result = workspace.resolveRef(from, (value as Record<string, string>).$ref);
      if (!result.ok) return 1;
      const key = `${result.file.absPath}#${toPointer(result.path)}`;
      const known = sizes.get(key);
      if (known !== undefined) return known;
      if (inProgress.has(key)) return 1;
      inProgress.add(key);
      const size = sizeOf(result.file, result.value, stack + 1);
      inProgress.delete(key);
      sizes.set(key, size);
      return size;
    }
    let total = 1;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      total += sizeOf(from, child, stack + 1);
      if (total > limit) return over;
    }
    return total;
  };
  return sizeOf(file, file.data, 0);
}
