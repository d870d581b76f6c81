import { loadConfig } from '../config/config.js';
import { lint } from '../engine/lint.js';
import { runExceptionsCommand } from '../exceptions/cli.js';
import { init } from '../init/init.js';
import { redactSecrets, safeOneLine } from '../load/redact.js';
import { UsageError } from '../errors.js';
import { FORMATS } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { outputTargets, writeReports } from './output.js';
import { parseCommandArgs, parseFailOn } from './args.js';
import { rulesMarkdown, sortedRules } from '../report/rules-table.js';
import { docsPath } from '../rules/rule.js';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';
import { parseJobs } from '../engine/parallel.js';
import { runMerge } from './merge-command.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

const HELP = `publish-gate ${VERSION}: lint OpenAPI contracts and portal listings against governance rulesets

Usage:
  publish-gate lint [PATH|GLOB ...] [options]   lint contracts and listings (default: the current directory)
  publish-gate rules [--format stylish|json|markdown]  list every rule with its control and default severity
  publish-gate exceptions [--format stylish|json] [--exceptions FILE] [--config FILE] [--policy-from REF] [--now D]
                                                list every exception with its state and days to expiry, by expiry
                                                (exit 1 when any is expired or invalid)
  publish-gate init [CONTRACT]                  scaffold .publish-gate.yaml, an exceptions file and a listing
                                                next to the contract (never overwrites a file)
  publish-gate merge REPORT.json... [--format NAME [--output FILE]]...
                                                combine the JSON reports of --shard runs into one report
  publish-gate --help | --version

Lint options:
  --config FILE          config file (default: .publish-gate.yaml when present)
  --ruleset NAME|FILE    ruleset to use instead of the config's; repeatable
                         (publish-gate:recommended, publish-gate:strict, or a Spectral-format file)
  --format NAME          ${FORMATS.join(', ')}; repeatable, each optionally followed by --output
  --output FILE          write the preceding --format to FILE instead of stdout
  --fail-on LEVEL        error (default), warn, info, hint or none: lowest unwaived severity that fails
  --now YYYY-MM-DD       "today" for date rules (or PUBLISH_GATE_NOW); default: today in UTC
  --exceptions FILE      exceptions file (default: the config's exceptions:, or .publish-gate.exceptions.yaml)
  --policy-from REF      read the config, rulesets and exceptions from git ref REF (e.g. the PR base), not
                         the working tree; changes to them are reported as pending review
  --quiet                show only failing errors in stylish output
  --no-color             plain stylish output
  --jobs N               worker threads (default: the number of cores; small runs use one)
  --shard I/N            lint only shard I of N (contracts with their listings), for a CI matrix
  --changed-since REF    lint only what changed since the git ref REF (and what uses it)
  --timing               print on stderr where the time went: per rule and stage, over all threads

Exit codes: 0 the gate passed, 1 the gate failed, 2 the tool could not do its job.
`;

/** Runs the CLI and returns its exit code; never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if ((command === 'rules' || command === 'exceptions' || command === 'merge') && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout.write(HELP);
      return 0;
    }
    switch (command) {
      case 'lint':
        return await runLint(rest, io);
      case 'rules':
        return runRules(rest, io);
      case 'exceptions':
        return runExceptionsCommand(rest, io);
      case 'init':
        return await runInit(rest, io);
      case 'merge':
        return runMerge(rest, io);
      default:
        throw new UsageError(`unknown command "${command}" (try: publish-gate --help)`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`publish-gate: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`publish-gate: internal error: ${safeOneLine(message)}\n`);
  if (io.env.DEBUG?.includes('publish-gate') && error instanceof Error && error.stack) io.stderr.write(`${redactSecrets(error.stack)}\n`);
  return 2;
}

async function runLint(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs(args, {
    config: { type: 'string' },
    ruleset: { type: 'string', multiple: true },
    format: { type: 'string', multiple: true },
    output: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    now: { type: 'string' },
    quiet: { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    exceptions: { type: 'string' },
    'policy-from': { type: 'string' },
    jobs: { type: 'string' },
    shard: { type: 'string' },
    'changed-since': { type: 'string' },
    timing: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const jobs = parseJobs(values.jobs as string | undefined);
  const failOn = parseFailOn(values['fail-on'] as string | undefined);
  const targets = outputTargets(tokens);
  const policyFrom = values['policy-from'] as string | undefined;
  // With --policy-from, the config is read from the ref by lint().
  const config = policyFrom === undefined ? loadConfig(io.cwd, values.config as string | undefined) : undefined;
  const { report, failOn: gateFailOn, timings } = await lint({
    cwd: io.cwd,
    paths: positionals,
    config,
    rulesets: values.ruleset as string[] | undefined,
    failOn: failOn as Severity | 'none' | undefined,
    now: (values.now as string | undefined) ?? io.env.PUBLISH_GATE_NOW,
    configPath: values.config as string | undefined,
    exceptionsPath: values.exceptions as string | undefined,
    policyFrom,
    jobs,
    shard: values.shard as string | undefined,
    changedSince: values['changed-since'] as string | undefined,
    timing: Boolean(values.timing),
  });
  const write = () => writeReports(report, targets, io, { color: Boolean(values.color), noColor: Boolean(values['no-color']), quiet: Boolean(values.quiet), failOn: gateFailOn });
  if (timings) {
    timings.measure('(write reports)', write);
    io.stderr.write(`\npublish-gate timing (milliseconds, added up over all threads):\n${timings.table()}`);
  } else write();
  return report.result === 'pass' ? 0 : 1;
}

function runRules(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, { format: { type: 'string' } });
  const format = (values.format as string | undefined) ?? 'stylish';
  const rules = sortedRules(RULES);
  if (format === 'markdown') {
    io.stdout.write(rulesMarkdown(RULES));
    return 0;
  }
  if (format === 'json') {
    const listing = rules.map((rule) => ({
      id: rule.id,
      control: rule.control,
      target: rule.target,
      severity: rule.severity,
      strictSeverity: rule.strictSeverity ?? rule.severity,
      relaxFor: rule.relaxFor ?? {},
      description: rule.description,
      hint: rule.hint,
      docs: docsPath(rule.id),
    }));
    io.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
    return 0;
  }
  if (format !== 'stylish') throw new UsageError(`unknown format "${format}" for rules (known: stylish, json, markdown)`);
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const controlWidth = Math.max(...rules.map((rule) => rule.control.length));
  io.stdout.write(`${'RULE'.padEnd(idWidth)}  ${'CONTROL'.padEnd(controlWidth)}  RECOMMENDED  STRICT  DESCRIPTION\n`);
  for (const rule of rules) {
    io.stdout.write(
      `${rule.id.padEnd(idWidth)}  ${rule.control.padEnd(controlWidth)}  ${rule.severity.padEnd(11)}  ${(rule.strictSeverity ?? rule.severity).padEnd(6)}  ${rule.description}\n`,
    );
  }
  return 0;
}

async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one contract path');
  const result = await init({ cwd: io.cwd, contract: positionals[0] });
  for (const file of result.created) io.stdout.write(`created ${file}\n`);
  for (const file of result.kept) io.stdout.write(`kept ${file}: it already exists and was not overwritten\n`);
  if (result.created.some((file) => !file.startsWith('.publish-gate'))) {
    io.stdout.write('Fill in every TODO value of the listing, then run: publish-gate lint\n');
  }
  return 0;
}
