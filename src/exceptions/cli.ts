import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { formatExceptionsListing, listExceptions } from './command.js';

interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
}

/** `publish-gate exceptions`: exit 1 when any exception is expired or invalid, 0 otherwise. */
export function runExceptionsCommand(args: string[], io: Io): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        format: { type: 'string' },
        exceptions: { type: 'string' },
        config: { type: 'string' },
        'policy-from': { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const format = (values.format as string | undefined) ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`unknown format "${format}" for exceptions (known: stylish, json)`);
  const listing = listExceptions({
    cwd: io.cwd,
    configPath: values.config as string | undefined,
    exceptionsPath: values.exceptions as string | undefined,
    policyFrom: values['policy-from'] as string | undefined,
    now: (values.now as string | undefined) ?? io.env.PUBLISH_GATE_NOW,
  });
  io.stdout.write(formatExceptionsListing(listing, format));
  return listing.result === 'pass' ? 0 : 1;
}
