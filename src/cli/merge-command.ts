import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { formatReport, FORMATS, isFormatName } from '../report/format.js';
import { asReport, mergeReports } from '../report/merge.js';
import { SEVERITIES, type Severity } from '../types.js';
import type { CliIo } from './main.js';

/** `publish-gate merge REPORT.json... [--format NAME [--output FILE]]... [--fail-on LEVEL] [--config FILE]` */
export function runMerge(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', multiple: true },
        output: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        quiet: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals, tokens } = parsed;
  if (positionals.length === 0) throw new UsageError('merge needs the JSON reports to combine (publish-gate merge shard-1.json shard-2.json ...)');
  const failOnText = values['fail-on'] as string | undefined;
  if (failOnText !== undefined && failOnText !== 'none' && !(SEVERITIES as readonly string[]).includes(failOnText)) {
    throw new UsageError(`--fail-on must be one of error, warn, info, hint, none (got "${failOnText}")`);
  }
  const failOn = (failOnText as Severity | 'none' | undefined) ?? loadConfig(io.cwd, values.config as string | undefined).failOn;
  const reports = positionals.map((name) => {
    let text: string;
    try {
      text = readFileSync(path.resolve(io.cwd, name), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new UsageError(`${name} is not JSON`);
    }
    return asReport(data, name);
  });
  const report = mergeReports(reports, failOn);
  const targets: Array<{ format: string; file: string | undefined }> = [];
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
  if (targets.length === 0) targets.push({ format: 'stylish', file: undefined });
  const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  for (const target of targets) {
    const text = formatReport(report, target.format, { color: target.file ? false : color, quiet: Boolean(values.quiet) });
    if (target.file) {
      const absolute = path.resolve(io.cwd, target.file);
      try {
        mkdirSync(path.dirname(absolute), { recursive: true });
        writeFileSync(absolute, text);
      } catch (error) {
        throw new UsageError(`cannot write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    } else io.stdout.write(text);
  }
  return report.result === 'pass' ? 0 : 1;
}
