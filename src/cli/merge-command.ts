import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { asReport, mergeReports } from '../report/merge.js';
import type { CliIo } from './main.js';
import { outputTargets, writeReports } from './output.js';
import { parseCommandArgs, parseFailOn } from './args.js';

/** `publish-gate merge REPORT.json... [--format NAME [--output FILE]]... [--fail-on LEVEL] [--config FILE]` */
export function runMerge(args: string[], io: CliIo): number {
  const { values, positionals, tokens } = parseCommandArgs(args, {
    format: { type: 'string', multiple: true },
    output: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    quiet: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    color: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('merge needs the JSON reports to combine (publish-gate merge shard-1.json shard-2.json ...)');
  const failOn = parseFailOn(values['fail-on'] as string | undefined) ?? loadConfig(io.cwd, values.config as string | undefined).failOn;
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
  writeReports(report, outputTargets(tokens), io, { color: Boolean(values.color), noColor: Boolean(values['no-color']), quiet: Boolean(values.quiet), failOn });
  return report.result === 'pass' ? 0 : 1;
}
