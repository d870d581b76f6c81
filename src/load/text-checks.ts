import { findInData } from './data-walk.js';
import { createRequire } from 'node:module';
import type { ParseProblem } from './source-file.js';

const require = createRequire(import.meta.url);

/**
 * YAML forbids tabs for indentation; the AST parser used for positions accepts them and builds a
 * different document than the author sees. Checked with the `yaml` package, only when a line starts
 * with a tab after any spaces (a tab inside a block scalar's content is legal and is not reported).
 */
export function tabIndentation(text: string): ParseProblem | undefined {
  // Most files have no tab at all: one indexOf instead of a multiline regex tried at every offset.
  if (text.indexOf('\t') === -1 || !/^ *\t/m.test(text)) return undefined;
  // The yaml package is loaded only for a file that may indent with tabs.
  const { parseDocument } = require('yaml') as typeof import('yaml');
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const error = document.errors.find((candidate) => candidate.code === 'TAB_AS_INDENT');
  if (!error) return undefined;
  return { code: 'syntax', message: 'invalid YAML: tabs are not allowed as indentation (indent with spaces)', start: error.pos[0], end: error.pos[1], fatal: true };
}

/** The path of the first key named `__proto__` in parsed data (an own property, safe here; not in engines that assign keys naively). */
export function findProtoKey(data: unknown, maxDepth = 512): Array<string | number> | undefined {
  return findInData(data, maxDepth, (key, _value, path) => (key === '__proto__' ? [...path, key] : undefined));
}
