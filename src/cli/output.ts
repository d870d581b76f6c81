import path from 'node:path';
import type { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { FORMATS, isFormatName, writeReport } from '../report/format.js';
import { writeReportFile } from '../report/write-file.js';
import type { Report, Severity } from '../types.js';
import type { CliIo } from './main.js';

export interface OutputTarget {
  format: string;
  file: string | undefined;
}

/** Pairs each `--output` with the `--format` before it; no `--format`: stylish on stdout. */
export function outputTargets(tokens: ReturnType<typeof parseArgs>['tokens']): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') {
      if (!token.value || !isFormatName(token.value)) throw new UsageError(`unknown format "${token.value ?? ''}" (known: ${FORMATS.join(', ')})`);
      targets.push({ format: token.value, file: undefined });
    } else if (token.name === 'output') {
      const last = targets[targets.length - 1];
      if (!last || last.file !== undefined) throw new UsageError('--output must follow the --format it writes');
      last.file = token.value;
    }
  }
  return targets.length > 0 ? targets : [{ format: 'stylish', file: undefined }];
}

export interface WriteOptions {
  color?: boolean;
  noColor?: boolean;
  quiet?: boolean;
  failOn: Severity | 'none';
}

/** Writes the report in every requested format: to its `--output` file, or to stdout. */
export function writeReports(report: Report, targets: OutputTarget[], io: CliIo, options: WriteOptions): void {
  const color = options.noColor ? false : options.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  for (const target of targets) {
    const format = { color: target.file ? false : color, quiet: Boolean(options.quiet), failOn: options.failOn };
    if (!target.file) {
      writeReport(report, target.format, format, (chunk) => io.stdout.write(chunk));
      continue;
    }
    writeReportFile(path.resolve(io.cwd, target.file), target.file, report, target.format, format);
  }
}

