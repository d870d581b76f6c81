import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { SEVERITIES, type Severity } from '../types.js';

type ArgOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/** Parses a command's arguments strictly; any mistake is a one-line `UsageError` (exit 2). */
export function parseCommandArgs(args: string[], options: ArgOptions, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** Validates a `--fail-on` value (undefined when not given). */
export function parseFailOn(text: string | undefined): Severity | 'none' | undefined {
  if (text === undefined) return undefined;
  if (text !== 'none' && !(SEVERITIES as readonly string[]).includes(text)) {
    throw new UsageError(`--fail-on must be one of error, warn, info, hint, none (got "${text}")`);
  }
  return text as Severity | 'none';
}
