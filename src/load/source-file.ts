import { printParseErrorCode, visit } from 'jsonc-parser';
import type { Position, Range } from '../types.js';
import { buildYamlData, parseYamlAst, type YamlAst, type YamlPositions } from './yaml.js';
import type { Limits } from './limits.js';
import { tabIndentation } from './text-checks.js';
import { JsonPositions, scanJsonDuplicateKeys } from './json-scan.js';

export type PathSegment = string | number;

export type ProblemCode =
  | 'syntax'
  | 'duplicate-key'
  | 'encoding'
  | 'binary'
  | 'too-large'
  | 'too-deep'
  | 'alias-limit'
  | 'unreadable';

export interface ParseProblem {
  code: ProblemCode;
  message: string;
  /** 0-based offsets into the text. */
  start: number;
  end: number;
  /** A fatal problem leaves the file without data. */
  fatal: boolean;
}

export type SourceFormat = 'yaml' | 'json';

/**
 * One parsed file: its data, the problems met while parsing it, and a lazy way from a JSON path to
 * a line and column. Locations are computed only for files that have findings.
 */
export class SourceFile {
  readonly problems: ParseProblem[] = [];
  data: unknown = undefined;
  private lineStarts: number[] | undefined;
  private yamlPositions: YamlPositions | undefined;
  private jsonPositions: JsonPositions | undefined;

  constructor(
    readonly absPath: string,
    /** Path relative to the working directory, with `/`. */
    readonly relPath: string,
    readonly text: string,
    readonly format: SourceFormat,
  ) {}

  get parsed(): boolean {
    return !this.problems.some((problem) => problem.fatal);
  }

  static fromBytes(absPath: string, relPath: string, bytes: Buffer, limits: Limits): SourceFile {
    const format: SourceFormat = /\.json$/i.test(absPath) ? 'json' : 'yaml';
    if (bytes.length > limits.maxFileBytes) {
      const file = new SourceFile(absPath, relPath, '', format);
      file.addProblem('too-large', `file is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes} bytes (limits.maxFileBytes)`, 0, 0, true);
      return file;
    }
    if (bytes.includes(0)) {
      const file = new SourceFile(absPath, relPath, '', format);
      file.addProblem('binary', 'file contains NUL bytes: it is binary, not YAML or JSON text', 0, 0, true);
      return file;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // Keep a lossy text, so that the file is still recognised as a contract and the problem located.
      const lossy = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      const file = new SourceFile(absPath, relPath, lossy, format);
      const at = Math.max(0, lossy.indexOf('\uFFFD'));
      file.addProblem('encoding', 'file is not valid UTF-8 (save it as UTF-8)', at, at + 1, true);
      return file;
    }
    const file = new SourceFile(absPath, relPath, text, format);
    file.parse(limits);
    return file;
  }

  static fromText(absPath: string, relPath: string, text: string, limits: Limits): SourceFile {
    return SourceFile.fromBytes(absPath, relPath, Buffer.from(text, 'utf8'), limits);
  }

  static unreadable(absPath: string, relPath: string, reason: string): SourceFile {
    const file = new SourceFile(absPath, relPath, '', /\.json$/i.test(absPath) ? 'json' : 'yaml');
    file.addProblem('unreadable', reason, 0, 0, true);
    return file;
  }

  addProblem(code: ProblemCode, message: string, start: number, end: number, fatal: boolean): void {
    this.problems.push({ code, message, start, end, fatal });
  }

  private parse(limits: Limits): void {
    if (this.format === 'json') this.parseJson(limits);
    else this.parseYaml(limits);
  }

  private parseJson(limits: Limits): void {
    const depth = jsonNestingDepth(this.text);
    if (depth.depth > limits.maxDepth) {
      this.addProblem('too-deep', `nesting is deeper than ${limits.maxDepth} levels (limits.maxDepth)`, depth.offset, depth.offset + 1, true);
      return;
    }
    try {
      this.data = JSON.parse(this.text);
      for (const problem of scanJsonDuplicateKeys(this.text)) this.problems.push(problem);
    } catch {
      let reported = false;
      visit(
        this.text,
        {
          onError: (error, offset, length) => {
            if (reported) return;
            reported = true;
            this.addProblem('syntax', `invalid JSON: ${describeJsonError(printParseErrorCode(error))}`, offset, offset + Math.max(length, 1), true);
          },
        },
        { disallowComments: true, allowTrailingComma: false },
      );
      if (!reported) this.addProblem('syntax', 'invalid JSON', 0, 1, true);
    }
  }

  private parseYaml(limits: Limits): void {
    let ast: YamlAst;
    try {
      ast = parseYamlAst(this.text);
    } catch (error) {
      if (error instanceof RangeError) {
        this.addProblem('too-deep', `nesting is deeper than ${limits.maxDepth} levels (limits.maxDepth): the document is nested too deeply to parse`, 0, 1, true);
        return;
      }
      // The parser itself failed (e.g. on a `!!binary` value): still a finding about this file, not a crash.
      this.addProblem('syntax', `invalid YAML: the parser could not read it (${String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200)})`, 0, 1, true);
      return;
    }
    const tab = tabIndentation(this.text);
    if (tab) this.problems.push(tab);
    // Later syntax errors are mostly consequences of the first one: report only that.
    const error = ast.errors.find((candidate) => !candidate.isWarning);
    if (error) this.addProblem('syntax', `invalid YAML: ${error.reason}`, error.position, error.position + 1, true);
    if (!this.parsed) return;
    const built = buildYamlData(ast.root, limits);
    for (const problem of built.problems) this.problems.push(problem);
    if (this.parsed) {
      this.data = built.data;
      this.yamlPositions = built.positions;
    }
  }

  positionAt(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The range of the value at `path` (for a mapping entry: from its key to the end of its value). */
  locate(path: readonly PathSegment[]): Range {
    const offsets = this.locateOffsets(path);
    return this.rangeOf(offsets.start, offsets.end);
  }

  private locateOffsets(path: readonly PathSegment[]): { start: number; end: number } {
    if (!this.parsed) return { start: 0, end: 0 };
    if (this.format === 'yaml') {
      if (!this.yamlPositions) return { start: 0, end: 0 };
      return this.yamlPositions.locate(path);
    }
    this.jsonPositions ??= new JsonPositions(this.text);
    return this.jsonPositions.locate(path);
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Deepest bracket nesting outside strings, found without building anything. */
function jsonNestingDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let maxOffset = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index++;
      else if (code === 34 /* " */) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        maxOffset = index;
      }
    } else if (code === 125 || code === 93) depth--;
  }
  return { depth: max, offset: maxOffset };
}

function describeJsonError(code: string): string {
  switch (code) {
    case 'InvalidCommentToken':
      return 'comments are not allowed in JSON';
    case 'PropertyNameExpected':
      return 'property name expected';
    case 'ValueExpected':
      return 'value expected';
    case 'ColonExpected':
      return 'colon expected';
    case 'CommaExpected':
      return 'comma expected';
    case 'CloseBraceExpected':
      return 'closing brace expected';
    case 'CloseBracketExpected':
      return 'closing bracket expected';
    case 'EndOfFileExpected':
      return 'end of file expected';
    default:
      return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }
}
