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
