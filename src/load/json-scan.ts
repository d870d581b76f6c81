import type { ParseProblem } from './source-file.js';
import { clip, redactSecrets } from './redact.js';
import type { Node as JsonNode } from 'jsonc-parser';

/**
 * Keys written twice in one object of a JSON text that `JSON.parse` has accepted, found in one pass over
 * the characters (the general-purpose tokenizer it replaces took ~0.4 s on a 3.6 MB contract). Same
 * problems, offsets and messages: the offset is the key's opening quote, the length includes both quotes.
 */
export function scanJsonDuplicateKeys(text: string): ParseProblem[] {
  const problems: ParseProblem[] = [];
  // One entry per open container: a Set of the keys seen for an object, null for an array.
  const stack: Array<Set<string> | null> = [];
  let top: Set<string> | null | undefined;
  let expectKey = false;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) {
      const start = index;
      let escaped = false;
      index++;
      for (; index < length; index++) {
        const inner = text.charCodeAt(index);
        if (inner === 92 /* \ */) {
          escaped = true;
          index++;
        } else if (inner === 34) break;
      }
      if (expectKey && top) {
        expectKey = false;
        const key = escaped ? (JSON.parse(text.slice(start, index + 1)) as string) : text.slice(start + 1, index);
        if (top.has(key)) {
          problems.push({ code: 'duplicate-key', message: `duplicate key "${clip(redactSecrets(key))}": JSON keys must be unique in an object`, start, end: index + 1, fatal: false });
        }
        top.add(key);
      }
    } else if (code === 123 /* { */) {
      top = new Set();
      stack.push(top);
      expectKey = true;
    } else if (code === 91 /* [ */) {
      top = null;
      stack.push(top);
      expectKey = false;
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      stack.pop();
      top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      expectKey = false;
    } else if (code === 44 /* , */) {
      expectKey = top !== null && top !== undefined;
    }
  }
  return problems;
}

const keyMaps = new WeakMap<JsonNode, Map<string, JsonNode>>();

/**
 * The deepest node of a jsonc-parser tree along `path`, as repeated `findNodeAtLocation` calls on shorter
 * and shorter prefixes find it, in one walk: a string segment matches the first property with that key of
 * an object (looked up in a map built once per large object), a number an index of an array.
 */
export function deepestJsonNode(root: JsonNode, path: readonly (string | number)[]): JsonNode {
  let node = root;
  for (const segment of path) {
    let next: JsonNode | undefined;
    if (typeof segment === 'string') {
      if (node.type !== 'object' || !Array.isArray(node.children)) break;
      next = propertyValue(node, segment);
    } else {
      if (node.type !== 'array' || segment < 0 || !Array.isArray(node.children) || segment >= node.children.length) break;
      next = node.children[segment];
    }
    if (!next) break;
    node = next;
  }
  return node;
}

function propertyValue(object: JsonNode, key: string): JsonNode | undefined {
  const children = object.children as JsonNode[];
  if (children.length < 16) {
    for (const property of children) {
      if (Array.isArray(property.children) && property.children[0].value === key && property.children.length === 2) return property.children[1];
    }
    return undefined;
  }
  let map = keyMaps.get(object);
  if (!map) {
    map = new Map();
    for (const property of children) {
      if (Array.isArray(property.children) && property.children.length === 2) {
        const name = property.children[0].value;
        if (typeof name === 'string' && !map.has(name)) map.set(name, property.children[1]);
      }
    }
    keyMaps.set(object, map);
  }
  return map.get(key);
}

const OBJECT = 1;
const ARRAY = 2;
/** Entries of a large object are found through a map (first key wins) built when it is first searched. */
const MAP_FROM = 16;

/** A growing Int32Array. */
class IntList {
  array: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.array = new Int32Array(Math.max(capacity, 64));
  }

  push4(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.array.length) this.grow(this.length + 4);
    const array = this.array;
    array[this.length] = a;
    array[this.length + 1] = b;
    array[this.length + 2] = c;
    array[this.length + 3] = d;
    this.length += 4;
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(needed, 2 * this.array.length));
    grown.set(this.array.subarray(0, this.length));
    this.array = grown;
  }
}

/**
 * The ranges `deepestJsonNode` and SourceFile found through a jsonc-parser tree, from flat tables built in
 * one scan of a text that `JSON.parse` accepted (the tree of a 3.6 MB contract took ~180 ms and ~33 MiB).
 * Per container: kind, first entry, entry count; per entry: start (a key's opening quote, or an item's
 * first character), the key's end (negative when the key has escapes; 0 for an item), the value's end,
 * and the value's container (-1 for a scalar). Same rules as the tree walk: a string segment names the
 * first property with that key of an object, a number an index of an array; anything else stops the walk.
 */
export class JsonPositions {
  private readonly containers: Int32Array;
  private readonly entries: Int32Array;
  private readonly keyMaps = new Map<number, Map<string, number>>();
  private readonly rootStart: number;
  private readonly rootEnd: number;
  private readonly rootChild: number;

  constructor(private readonly text: string) {
    const containers = new IntList(1024);
    const entries = new IntList(text.length >> 3);
    // Entries of the containers being scanned, innermost last; a finished container moves its own to `entries`.
    const pending = new IntList(1024);
    const length = text.length;
    let index = 0;
    let child = -1;

    const skipSpace = (): void => {
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return;
        index++;
      }
    };
    /** Moves past the string whose opening quote is at `index`; true when it has an escape. */
    const skipString = (): boolean => {
      let escaped = false;
      index++;
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code === 92 /* \ */) {
          escaped = true;
          index += 2;
        } else if (code === 34 /* " */) {
          index++;
          return escaped;
        } else index++;
      }
      return escaped;
    };
    /** Scans the value at `index` (after spaces): leaves `index` at its end and `child` at its container or -1. */
    const value = (): void => {
      const code = text.charCodeAt(index);
      if (code === 123 /* { */ || code === 91 /* [ */) {
        const kind = code === 123 ? OBJECT : ARRAY;
        const base = pending.length;
        index++;
        skipSpace();
        const close = kind === OBJECT ? 125 : 93;
        while (index < length && text.charCodeAt(index) !== close) {
          const start = index;
          let keyEnd = 0;
          if (kind === OBJECT) {
            const escaped = skipString();
            keyEnd = escaped ? -index : index;
            skipSpace();
            index++; // the colon
            skipSpace();
          }
          value();
          pending.push4(start, keyEnd, index, child);
          skipSpace();
          if (text.charCodeAt(index) === 44 /* , */) {
            index++;
            skipSpace();
          }
        }
        index++;
        const first = entries.length >> 2;
        const count = (pending.length - base) >> 2;
        for (let at = base; at < pending.length; at += 4) entries.push4(pending.array[at], pending.array[at + 1], pending.array[at + 2], pending.array[at + 3]);
        pending.length = base;
        child = containers.length / 4;
        containers.push4(kind, first, count, 0);
        return;
      }
      child = -1;
      if (code === 34) {
        skipString();
        return;
      }
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next === 44 || next === 125 || next === 93 || next === 32 || next === 10 || next === 13 || next === 9) return;
        index++;
      }
    };

    skipSpace();
    this.rootStart = index;
    value();
    this.rootEnd = index;
    this.rootChild = child;
    this.containers = containers.array.slice(0, containers.length);
    this.entries = entries.array.slice(0, entries.length);
  }

  /** Offsets of the value at `path` (for an object's property: from its key to the end of its value), or of the deepest ancestor that exists. */
  locate(path: readonly (string | number)[]): { start: number; end: number } {
    let start = this.rootStart;
    let end = this.rootEnd;
    let container = this.rootChild;
    for (const segment of path) {
      if (container === -1) break;
      const kind = this.containers[4 * container];
      const first = this.containers[4 * container + 1];
      const count = this.containers[4 * container + 2];
      let entry: number;
      if (typeof segment === 'string') {
        if (kind !== OBJECT) break;
        entry = this.findKey(container, first, count, segment);
        if (entry === -1) break;
      } else {
        if (kind !== ARRAY || !Number.isInteger(segment) || segment < 0 || segment >= count) break;
        entry = first + segment;
      }
      start = this.entries[4 * entry];
      end = this.entries[4 * entry + 2];
      container = this.entries[4 * entry + 3];
    }
    return { start, end };
  }

  private findKey(container: number, first: number, count: number, key: string): number {
    if (count < MAP_FROM) {
      for (let entry = first; entry < first + count; entry++) {
        const start = this.entries[4 * entry];
        const keyEnd = this.entries[4 * entry + 1];
        // A key without escapes is its text between the quotes: compared in place.
        if (keyEnd > 0 ? keyEnd - start - 2 === key.length && this.text.startsWith(key, start + 1) : this.keyAt(entry) === key) return entry;
      }
      return -1;
    }
    let map = this.keyMaps.get(container);
    if (map === undefined) {
      map = new Map();
      for (let entry = first; entry < first + count; entry++) {
        const name = this.keyAt(entry);
        if (!map.has(name)) map.set(name, entry);
      }
      this.keyMaps.set(container, map);
    }
    return map.get(key) ?? -1;
  }

  private keyAt(entry: number): string {
    const start = this.entries[4 * entry];
    const keyEnd = this.entries[4 * entry + 1];
    return keyEnd < 0 ? (JSON.parse(this.text.slice(start, -keyEnd)) as string) : this.text.slice(start + 1, keyEnd - 1);
  }
}
