import * as ast from '@stoplight/yaml-ast-parser';
import type { Limits } from './limits.js';
import { clip, redactSecrets } from './redact.js';
import type { ParseProblem, PathSegment } from './source-file.js';

const { Kind } = ast;
type YamlNode = ast.YAMLNode;

export interface YamlAst {
  root: YamlNode | undefined;
  errors: Array<{ reason: string; position: number; isWarning: boolean }>;
}

export function parseYamlAst(text: string): YamlAst {
  const root = ast.load(text, { ignoreDuplicateKeys: true }) as YamlNode | undefined;
  const errors = (root?.errors ?? []).map((error) => ({
    reason: error.reason,
    position: error.mark?.position ?? 0,
    isWarning: Boolean(error.isWarning),
  }));
  return { root, errors };
}

class LimitExceeded extends Error {
  constructor(readonly problem: ParseProblem) {
    super(problem.message);
  }
}

/**
 * Turns the AST into plain data. Unlike a naive walk, aliases share one value (no exponential
 * re-walk), the size they expand to is bounded, keys named `__proto__` become own properties,
 * and duplicate keys are reported.
 */
export function buildYamlData(root: YamlNode | undefined, limits: Limits): { data: unknown; problems: ParseProblem[]; positions?: YamlPositions } {
  const problems: ParseProblem[] = [];
  if (!root) return { data: null, problems };
  // Where each entry of each built mapping and sequence is written (see YamlPositions): kept instead of the AST.
  const offsets = new OffsetList();
  const tables = new Map<object, number | unknown[]>();
  let merges: Map<object, unknown[]> | undefined;
  // The expansion check walks the whole AST once more: it is needed only when the document has aliases
  // or is large enough to reach the node limit, which the build below finds out (it is linear either way).
  const expansionProblem = (): ParseProblem | undefined => {
    try {
      checkExpansion(root, limits);
    } catch (error) {
      if (error instanceof LimitExceeded) return error.problem;
      throw error;
    }
    return undefined;
  };
  const anchored = new Map<YamlNode, unknown>();
  let aliasSeen = false;
  let visited = 0;

  const walk = (node: YamlNode | null | undefined, depth: number): unknown => {
    visited++;
    if (!node) return null;
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(fatal('too-deep', `nesting is deeper than ${limits.maxDepth} levels (limits.maxDepth)`, node));
    }
    if (node.kind === Kind.ANCHOR_REF) {
      aliasSeen = true;
      const target = (node as ast.YAMLAnchorReference).value;
      if (!target) return null;
      if (anchored.has(target)) return anchored.get(target);
      return walk(target, depth);
    }
    let value: unknown;
    switch (node.kind) {
      case Kind.SCALAR:
        value = scalarValue(node as ast.YAMLScalar);
        break;
      case Kind.SEQ: {
        const items: unknown[] = [];
        if (node.anchorId) anchored.set(node, items);
        const sequence = (node as ast.YAMLSequence).items;
        let slot = offsets.reserve(sequence.length);
        tables.set(items, slot);
        for (let index = 0; index < sequence.length; index++) {
          const item = sequence[index];
          if (item) offsets.set(slot, item.startPosition, item.endPosition);
          else offsets.set(slot, -1, -1);
          slot += 2;
          items.push(walk(item, depth + 1));
        }
        value = items;
        break;
      }
      case Kind.MAP: {
        const object: Record<string, unknown> = {};
        if (node.anchorId) anchored.set(node, object);
        const mappings = (node as ast.YamlMap).mappings as ast.YAMLMapping[];
        const base = offsets.reserve(mappings.length);
        // Entry `index` of the mapping: key at table[index + 1], offsets at base + 2 * index (a skipped entry leaves a hole).
        const table: unknown[] = new Array(mappings.length + 1);
        table[0] = base;
        tables.set(object, table);
        // Keys a merge (`<<`) set and no mapping of this node has set yet: the only own keys that are not duplicates.
        let mergedOnly: Set<string> | undefined;
        for (let index = 0; index < mappings.length; index++) {
          const mapping = mappings[index];
          visited++;
          if (!mapping?.key) continue;
          const keyNode: YamlNode | undefined = mapping.key.kind === Kind.ANCHOR_REF ? (mapping.key as unknown as ast.YAMLAnchorReference).value : mapping.key;
          if (!keyNode || keyNode.kind !== Kind.SCALAR) {
            throw new LimitExceeded(fatal('syntax', 'invalid YAML for OpenAPI: a mapping key must be a plain string, not a mapping or sequence', mapping.key));
          }
          const key = keyString(mapping.key);
          if (key === '<<' && mapping.key.kind === Kind.SCALAR && (mapping.key as ast.YAMLScalar).plainScalar) {
            const merged = walk(mapping.value, depth + 1);
            table[index + 1] = key;
            offsets.set(base + 2 * index, mapping.key.startPosition, mapping.value ? mapping.value.endPosition : mapping.key.endPosition);
            ((merges ??= new Map()).get(object) ?? merges.set(object, []).get(object)!).push(merged);
            for (const source of Array.isArray(merged) ? merged : [merged]) {
              if (source && typeof source === 'object' && !Array.isArray(source)) {
                for (const [mergedKey, mergedValue] of Object.entries(source)) {
                  if (!Object.hasOwn(object, mergedKey)) {
                    setOwn(object, mergedKey, mergedValue);
                    (mergedOnly ??= new Set()).add(mergedKey);
                  }
                }
              }
            }
            continue;
          }
          if (Object.hasOwn(object, key) && !mergedOnly?.delete(key)) {
            problems.push({
              code: 'duplicate-key',
              message: `duplicate key "${clip(redactSecrets(key))}": YAML keys must be unique in a mapping`,
              start: mapping.key.startPosition,
              end: mapping.key.endPosition,
              fatal: false,
            });
          }
          const child = walk(mapping.value, depth + 1);
          table[index + 1] = key;
          offsets.set(base + 2 * index, mapping.key.startPosition, mapping.value ? mapping.value.endPosition : mapping.key.endPosition);
          // A quoted `<<` is a plain key of the data, but locating treats every `<<` entry as a merge (as the AST walk did).
          if (key === '<<') ((merges ??= new Map()).get(object) ?? merges.set(object, []).get(object)!).push(child);
          setOwn(object, key, child);
        }
        value = object;
        break;
      }
      case Kind.INCLUDE_REF:
        throw new LimitExceeded(fatal('syntax', 'invalid YAML: the !include tag is not supported (files are joined with $ref, never included)', node));
      default:
        value = null;
    }
    return value;
  };

  let data: unknown;
  try {
    data = walk(root, 0);
  } catch (error) {
    const first = expansionProblem();
    if (first) return { data: undefined, problems: [first] };
    if (error instanceof LimitExceeded) return { data: undefined, problems: [...problems, error.problem] };
    if (error instanceof RangeError) {
      return { data: undefined, problems: [...problems, { code: 'too-deep', message: `nesting is deeper than ${limits.maxDepth} levels (limits.maxDepth)`, start: 0, end: 1, fatal: true }] };
    }
    throw error;
  }
  if (aliasSeen || visited * 2 > limits.maxNodes) {
    const problem = expansionProblem();
    if (problem) return { data: undefined, problems: [problem] };
  }
  return { data, problems, positions: new YamlPositions(root.startPosition, root.endPosition, data, offsets.done(), tables, merges) };
}

function fatal(code: ParseProblem['code'], message: string, node: YamlNode): ParseProblem {
  return { code, message, start: node.startPosition, end: node.endPosition, fatal: true };
}

/** Counts aliases and the nodes the document expands to, without expanding it. */
function checkExpansion(root: YamlNode, limits: Limits): void {
  const sizes = new Map<YamlNode, number>();
  let aliases = 0;
  let total = 0;
  const size = (node: YamlNode | null | undefined, depth: number): number => {
    if (!node) return 1;
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(fatal('too-deep', `nesting is deeper than ${limits.maxDepth} levels (limits.maxDepth)`, node));
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let count = 1;
    if (node.kind === Kind.ANCHOR_REF) {
      aliases++;
      if (aliases > limits.maxAliases) {
        throw new LimitExceeded(fatal('alias-limit', `more than ${limits.maxAliases} YAML aliases (limits.maxAliases)`, node));
      }
      const target = (node as ast.YAMLAnchorReference).value;
      // An alias to an anchor that encloses it would expand forever.
      count = target && sizes.has(target) ? (sizes.get(target) as number) : target && isAncestor(target, node) ? Infinity : size(target, depth + 1);
    } else if (node.kind === Kind.SEQ) {
      for (const item of (node as ast.YAMLSequence).items) count += size(item, depth + 1);
    } else if (node.kind === Kind.MAP) {
      for (const mapping of (node as ast.YamlMap).mappings as ast.YAMLMapping[]) {
        if (mapping) count += 1 + size(mapping.value, depth + 1);
      }
    }
    if (count > limits.maxNodes) {
      throw new LimitExceeded(fatal('alias-limit', `aliases expand the document to more than ${limits.maxNodes} nodes (limits.maxNodes)`, node));
    }
    if (node.anchorId) sizes.set(node, count);
    return count;
  };
  total = size(root, 0);
  if (total > limits.maxNodes) {
    throw new LimitExceeded(fatal('alias-limit', `aliases expand the document to more than ${limits.maxNodes} nodes (limits.maxNodes)`, root));
  }
}

function isAncestor(candidate: YamlNode, node: YamlNode): boolean {
  for (let current: YamlNode | undefined = node.parent; current; current = current.parent) {
    if (current === candidate) return true;
  }
  return false;
}

function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function keyString(node: YamlNode): string {
  if (node.kind === Kind.SCALAR) return String((node as ast.YAMLScalar).value ?? '');
  if (node.kind === Kind.ANCHOR_REF) {
    const target = (node as ast.YAMLAnchorReference).value;
    return target ? keyString(target) : '';
  }
  return String(node.value ?? '');
}

/** The plain scalars the parser reads as null or a boolean; every other non-string starts with one of `0-9 - + . ~`. */
const NULL_OR_BOOLEAN_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function scalarValue(node: ast.YAMLScalar): unknown {
  if (!node.plainScalar) return node.value ?? '';
  // Most plain scalars are words: a string without the parser's type inference (it builds six regexes per call).
  const text = node.value;
  if (typeof text === 'string' && text.length > 0) {
    const first = text.charCodeAt(0);
    const maybeOther = (first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46 || first === 126;
    if (!maybeOther && !NULL_OR_BOOLEAN_WORDS.has(text)) return text;
  }
  switch (ast.determineScalarType(node)) {
    case ast.ScalarType.null:
      return null;
    case ast.ScalarType.bool:
      return ast.parseYamlBoolean(node.value);
    case ast.ScalarType.int: {
      const parsed = ast.parseYamlBigInteger(node.value);
      return typeof parsed === 'bigint' ? Number(parsed) : parsed;
    }
    case ast.ScalarType.float:
      return ast.parseYamlFloat(node.value);
    default:
      return node.value ?? '';
  }
}

/** Offsets of the node at `path`, or of the deepest ancestor that exists. */
export function locateInYaml(root: YamlNode | undefined, path: readonly PathSegment[]): { start: number; end: number } {
  if (!root) return { start: 0, end: 0 };
  let start = root.startPosition;
  let end = root.endPosition;
  let node: YamlNode | undefined = root;
  for (const segment of path) {
    node = deref(node);
    if (!node) break;
    if (node.kind === Kind.MAP) {
      const mapping = findMapping(node as ast.YamlMap, String(segment), 0);
      if (!mapping) break;
      start = mapping.key.startPosition;
      end = mapping.value ? mapping.value.endPosition : mapping.key.endPosition;
      node = mapping.value ?? undefined;
    } else if (node.kind === Kind.SEQ) {
      const item: YamlNode | undefined = (node as ast.YAMLSequence).items[Number(segment)];
      if (!item) break;
      start = item.startPosition;
      end = item.endPosition;
      node = item;
    } else break;
  }
  return { start, end };
}

function deref(node: YamlNode | undefined): YamlNode | undefined {
  let current = node;
  for (let hops = 0; current && current.kind === Kind.ANCHOR_REF && hops < 32; hops++) {
    current = (current as ast.YAMLAnchorReference).value;
  }
  return current;
}

function findMapping(map: ast.YamlMap, key: string, depth: number): ast.YAMLMapping | undefined {
  const mappings = map.mappings as ast.YAMLMapping[];
  for (let index = mappings.length - 1; index >= 0; index--) {
    const mapping = mappings[index];
    if (mapping?.key && keyString(mapping.key) === key) return mapping;
  }
  if (depth > 8) return undefined;
  for (const mapping of mappings) {
    if (!mapping?.key || keyString(mapping.key) !== '<<') continue;
    const sources = deref(mapping.value);
    const candidates = sources?.kind === Kind.SEQ ? (sources as ast.YAMLSequence).items.map(deref) : [sources];
    for (const candidate of candidates) {
      if (candidate?.kind === Kind.MAP) {
        const found = findMapping(candidate as ast.YamlMap, key, depth + 1);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Pairs of offsets in one growing Int32Array: 8 bytes an entry, nothing for the collector to trace. */
class OffsetList {
  private array = new Int32Array(4096);
  private length = 0;

  /** Reserves `count` pairs and returns the index of the first. */
  reserve(count: number): number {
    const first = this.length;
    this.length += 2 * count;
    if (this.length > this.array.length) {
      const grown = new Int32Array(Math.max(this.length, 2 * this.array.length));
      grown.set(this.array.subarray(0, first));
      this.array = grown;
    }
    return first;
  }

  set(slot: number, start: number, end: number): void {
    this.array[slot] = start;
    this.array[slot + 1] = end;
  }

  done(): Int32Array {
    return this.array.length > 2 * this.length ? this.array.slice(0, this.length) : this.array;
  }
}

/**
 * The offsets `locateInYaml` finds, without keeping the AST (which is ~3x the size of the data). For each
 * sequence the data builder made, the index of its items' `start, end` pairs in `offsets` (-1 for an
 * empty item); for each mapping, `[index, key, key, ...]`: the keys of its entries in order (a hole for an
 * entry without a key), each with a `keyStart, valueEnd` pair; and the values of its `<<` entries. A path is followed through the built
 * values, so an alias leads to the anchored value's entries, as the AST walk's `deref` does.
 */
export class YamlPositions {
  constructor(
    private readonly rootStart: number,
    private readonly rootEnd: number,
    private readonly root: unknown,
    private readonly offsets: Int32Array,
    private readonly tables: Map<object, number | unknown[]>,
    private readonly merges: Map<object, unknown[]> | undefined,
  ) {}

  private readonly keyIndexes = new WeakMap<unknown[], Map<string, number>>();

  /** Offsets of the value at `path`, or of the deepest ancestor that exists (as `locateInYaml`). */
  locate(path: readonly PathSegment[]): { start: number; end: number } {
    let start = this.rootStart;
    let end = this.rootEnd;
    let value = this.root;
    for (const segment of path) {
      if (value === null || typeof value !== 'object') break;
      const table = this.tables.get(value);
      if (table === undefined) break;
      if (typeof table === 'number') {
        const index = Number(segment);
        const items = value as unknown[];
        if (!Number.isInteger(index) || index < 0 || index >= items.length) break;
        const slot = table + 2 * index;
        if (this.offsets[slot] === -1) break;
        start = this.offsets[slot];
        end = this.offsets[slot + 1];
        value = items[index];
      } else {
        const found = this.findEntry(value, table, String(segment), 0);
        if (found === undefined) break;
        start = this.offsets[found.slot];
        end = this.offsets[found.slot + 1];
        value = found.value;
      }
    }
    return { start, end };
  }

  /** The last entry named `key`, else the first found through `<<` (to the depth `findMapping` goes). */
  private findEntry(object: object, table: unknown[], key: string, depth: number): { slot: number; value: unknown } | undefined {
    const index = table.length > LARGE_MAPPING ? this.lastIndexes(table).get(key) : lastIndexOf(table, key);
    if (index !== undefined) {
      // The last entry of a key holds the value the data has for it; a `<<` entry's value is the last merge source.
      const value = key === '<<' ? this.merges!.get(object)!.at(-1) : (object as Record<string, unknown>)[key];
      return { slot: (table[0] as number) + 2 * (index - 1), value };
    }
    if (depth > 8) return undefined;
    const sources = this.merges?.get(object);
    if (sources === undefined) return undefined;
    for (const merged of sources) {
      for (const candidate of Array.isArray(merged) ? merged : [merged]) {
        if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate)) continue;
        const candidateTable = this.tables.get(candidate);
        if (candidateTable === undefined || typeof candidateTable === 'number') continue;
        const found = this.findEntry(candidate, candidateTable, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** For a large mapping (`paths` of a big contract): the last index of each key, so locating a finding is not a scan of every key. */
  private lastIndexes(table: unknown[]): Map<string, number> {
    let indexes = this.keyIndexes.get(table);
    if (indexes === undefined) {
      indexes = new Map();
      for (let index = 1; index < table.length; index++) if (typeof table[index] === 'string') indexes.set(table[index] as string, index);
      this.keyIndexes.set(table, indexes);
    }
    return indexes;
  }
}

/** Mappings with more keys than this get a key index when a finding is located in them. */
const LARGE_MAPPING = 32;

function lastIndexOf(table: unknown[], key: string): number | undefined {
  for (let index = table.length - 1; index >= 1; index--) if (table[index] === key) return index;
  return undefined;
}
