import retModule from 'ret';

// CommonJS whose module.exports is the tokenizer; unwrap whichever shape the loader hands over.
const tokenize = ((retModule as unknown as { default?: unknown }).default ?? retModule) as unknown as (source: string) => unknown;

/**
 * Star height alone (safe-regex2) misses the other exponential shape: an alternation inside a
 * repetition whose branches can start with the same character, as in `^(a|a)*$` or
 * `^([a-z]|[a-z0-9])+$`. On a near-miss (`aaaa…!`) the engine tries every way of splitting the
 * input between the branches: 2^n. This finds such an alternation, conservatively: branches that
 * can match the empty string overlap with every other.
 */
export function repeatedAmbiguousAlternation(body: string, flags = ''): boolean {
  let root: Node;
  try {
    root = tokenize(body) as Node;
  } catch {
    return false;
  }
  const foldCase = flags.includes('i');
  return walk(root, false, foldCase);
}

// ret's token types (ret.types): ROOT 0, GROUP 1, POSITION 2, SET 3, RANGE 4, REPETITION 5, REFERENCE 6, CHAR 7.
const T = { ROOT: 0, GROUP: 1, POSITION: 2, SET: 3, RANGE: 4, REPETITION: 5, REFERENCE: 6, CHAR: 7 } as const;

interface Node {
  type: number;
  stack?: Node[];
  options?: Node[][];
  value?: unknown;
  min?: number;
  max?: number | null;
  set?: Node[];
  not?: boolean;
  from?: number;
  to?: number;
  followedBy?: boolean;
  notFollowedBy?: boolean;
  lookBehind?: boolean;
}

function sequences(node: Node): Node[][] {
  if (node.options) return node.options;
  return node.stack ? [node.stack] : [];
}

function walk(node: Node, repeated: boolean, foldCase: boolean): boolean {
  if (node.type === T.REPETITION) {
    const max = node.max ?? Number.POSITIVE_INFINITY;
    return walk(node.value as Node, repeated || max > 1, foldCase);
  }
  if (node.type !== T.GROUP && node.type !== T.ROOT) return false;
  if (repeated && node.options && node.options.length > 1 && branchesOverlap(node.options, foldCase)) return true;
  return sequences(node).some((sequence) => sequence.some((child) => walk(child, repeated, foldCase)));
}

/** A predicate over UTF-16 code units: the characters a branch can start with. */
type CharTest = (code: number) => boolean;

interface First {
  test: CharTest;
  /** The sequence can match the empty string. */
  nullable: boolean;
}

const NOTHING: CharTest = () => false;
const ANY: CharTest = () => true;

function union(a: CharTest, b: CharTest): CharTest {
  if (a === NOTHING) return b;
  if (b === NOTHING) return a;
  return (code) => a(code) || b(code);
}

function setTest(node: Node): CharTest {
  switch (node.type) {
    case T.CHAR:
      return (code) => code === node.value;
    case T.RANGE:
      return (code) => code >= (node.from ?? 0) && code <= (node.to ?? -1);
    case T.SET: {
      const members = (node.set ?? []).map(setTest);
      const inSet: CharTest = (code) => members.some((member) => member(code));
      return node.not ? (code) => !inSet(code) : inSet;
    }
    default:
      return ANY;
  }
}

function firstOfSequence(sequence: Node[]): First {
  let test = NOTHING;
  for (const token of sequence) {
    const first = firstOfToken(token);
    test = union(test, first.test);
    if (!first.nullable) return { test, nullable: false };
  }
  return { test, nullable: true };
}

function firstOfToken(token: Node): First {
  switch (token.type) {
    case T.CHAR:
    case T.SET:
      return { test: setTest(token), nullable: false };
    case T.POSITION:
      return { test: NOTHING, nullable: true };
    case T.REPETITION: {
      const inner = firstOfToken(token.value as Node);
      return { test: inner.test, nullable: inner.nullable || (token.min ?? 0) === 0 };
    }
    case T.GROUP: {
      if (token.followedBy || token.notFollowedBy || token.lookBehind) return { test: NOTHING, nullable: true };
      let test = NOTHING;
      let nullable = false;
      for (const sequence of sequences(token)) {
        const first = firstOfSequence(sequence);
        test = union(test, first.test);
        nullable ||= first.nullable;
      }
      return { test, nullable };
    }
    default:
      // A back-reference (rejected elsewhere) can start with anything.
      return { test: ANY, nullable: true };
  }
}

function branchesOverlap(options: Node[][], foldCase: boolean): boolean {
  const firsts = options.map(firstOfSequence);
  if (firsts.filter((first) => first.nullable).length > 0) return true;
  const tests = firsts.map((first) => (foldCase ? folded(first.test) : first.test));
  for (let i = 0; i < tests.length; i++) {
    for (let j = i + 1; j < tests.length; j++) {
      for (let code = 0; code <= 0xffff; code++) {
        if (tests[i](code) && tests[j](code)) return true;
      }
    }
  }
  return false;
}

function folded(test: CharTest): CharTest {
  return (code) => {
    if (test(code)) return true;
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    return (lower.length === 1 && test(lower.charCodeAt(0))) || (upper.length === 1 && test(upper.charCodeAt(0)));
  };
}
