import { parseCommandArgs } from '../cli/args.js';
import { UsageError } from '../errors.js';
import { formatExceptionsListing, listExceptions } from './command.js';

interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
}

/** `publish-gate exceptions`: exit 1 when any exception is expired or invalid, 0 otherwise. */
export function runExceptionsCommand(args: string[], io: Io): number {
  const { values } = parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      exceptions: { type: 'string' },
      config: { type: 'string' },
      'policy-from': { type: 'string' },
      now: { type: 'string' },
    },
    false,
  );
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
