import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { UsageError } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../load/limits.js';
import { SourceFile } from '../load/source-file.js';
import { checkRegex } from '../load/safe-regex.js';
import { outsideReason } from '../load/contain.js';
import type { Severity } from '../types.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import { CONFIG_SCHEMA } from './schema.js';
import precompiledConfig from '../model/generated/config.js';

const require = createRequire(import.meta.url);

export const DEFAULT_CONFIG_FILE = '.publish-gate.yaml';
export const DEFAULT_RULESET = 'publish-gate:recommended';

export interface Config {
  /** Absolute path of the config file, when one was read. */
  file: string | undefined;
  contracts: string[] | undefined;
  manifests: string[] | undefined;
  ignore: string[];
  rulesets: string[];
  exceptions: string | undefined;
  failOn: Severity | 'none';
  policy: Policy;
  limits: Limits;
}

export function defaultConfig(): Config {
  return {
    file: undefined,
    contracts: undefined,
    manifests: undefined,
    ignore: [],
    rulesets: [DEFAULT_RULESET],
    exceptions: undefined,
    failOn: 'error',
    policy: structuredClone(DEFAULT_POLICY),
    limits: { ...DEFAULT_LIMITS },
  };
}

/** Reads `--config FILE`, or `.publish-gate.yaml` in `cwd` when present. Any problem is a `UsageError`. */
export function loadConfig(cwd: string, explicit?: string, text?: string): Config {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, DEFAULT_CONFIG_FILE);
  if (text === undefined && !existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return defaultConfig();
  }
  const display = path.relative(cwd, file).split(path.sep).join('/') || file;
  const outside = !explicit && text === undefined ? outsideReason(cwd, file) : undefined;
  if (outside) throw new UsageError(`config ${display} is not read: ${outside}`);
  const source = text === undefined ? readConfigFile(file, display) : SourceFile.fromText(file, display, text, DEFAULT_LIMITS);
  return parseConfig(source, display);
}

function readConfigFile(file: string, display: string): SourceFile {
  try {
    return SourceFile.fromText(file, display, readFileSync(file, 'utf8'), DEFAULT_LIMITS);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${display}: ${(error as Error).message}`);
  }
}

let validateConfig: ReturnType<Ajv['compile']> | undefined;

export function parseConfig(source: SourceFile, display: string): Config {
  const problem = source.problems[0];
  if (problem) {
    const { line, column } = source.positionAt(problem.start);
    throw new UsageError(`config ${display}:${line}:${column}: ${problem.message}`);
  }
  const data = source.data ?? {};
  // Precompiled by scripts/gen-openapi-validators.mjs: no ajv compilation at run time (~50 ms of start-up).
  validateConfig ??= process.env.PUBLISH_GATE_COMPILE_VALIDATORS ? createConfigValidator().validate : (precompiledConfig as unknown as ValidateFunction);
  if (!validateConfig(data)) {
    throw new UsageError(describeConfigError(source, display, validateConfig.errors ?? []));
  }
  const raw = data as Record<string, any>;
  const config = defaultConfig();
  config.file = source.absPath;
  config.contracts = raw.contracts;
  config.manifests = raw.manifests;
  config.ignore = raw.ignore ?? [];
  if (raw.rulesets) config.rulesets = raw.rulesets;
  config.exceptions = raw.exceptions;
  if (raw.failOn) config.failOn = raw.failOn;
  const policy = raw.policy ?? {};
  config.policy = {
    ticketPattern: policy.ticketPattern ?? DEFAULT_POLICY.ticketPattern,
    exceptionMaxDays: policy.exceptionMaxDays ?? DEFAULT_POLICY.exceptionMaxDays,
    expiryWarningDays: policy.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    threatModelMaxAgeDays: policy.threatModelMaxAgeDays ?? DEFAULT_POLICY.threatModelMaxAgeDays,
    deprecationNoticeDays: { ...DEFAULT_POLICY.deprecationNoticeDays, ...(policy.deprecationNoticeDays ?? {}) },
  };
  if (config.policy.ticketPattern !== undefined) {
    try {
      new RegExp(config.policy.ticketPattern);
    } catch (error) {
      const { line } = source.locate(['policy', 'ticketPattern']).start;
      throw new UsageError(`config ${display}:${line}: policy.ticketPattern is not a valid regular expression (${(error as Error).message})`);
    }
    const verdict = checkRegex(config.policy.ticketPattern);
    if (!verdict.ok) {
      const { line, column } = source.locate(['policy', 'ticketPattern']).start;
      throw new UsageError(`config ${display}:${line}:${column}: policy.ticketPattern is rejected: ${verdict.reason}`);
    }
  }
  config.limits = { ...DEFAULT_LIMITS, ...(raw.limits ?? {}) };
  return config;
}

function describeConfigError(source: SourceFile, display: string, errors: ErrorObject[]): string {
  const error = errors.find((candidate) => candidate.keyword === 'additionalProperties') ?? errors[0];
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = (segs: string[]) => {
    const { line, column } = source.locate(segs).start;
    return `config ${display}:${line}:${column}`;
  };
  const dotted = segments.join('.');
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return `${where([...segments, key])}: unknown key "${dotted ? `${dotted}.` : ''}${key}"`;
  }
  if (error.keyword === 'enum') {
    return `${where(segments)}: ${dotted} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return `${where(segments)}: ${dotted || 'config'} ${error.message ?? 'is invalid'}`;
}

/** Compiles the config validator with ajv (also used by scripts/gen-openapi-validators.mjs to precompile it). */
export function createConfigValidator(code?: { source: boolean }): { ajv: Ajv; validate: ValidateFunction } {
  const ajv = new (require('ajv') as typeof import('ajv')).Ajv({ allErrors: true, strict: false, ...(code ? { code: { source: code.source, esm: true } } : {}) });
  return { ajv, validate: ajv.compile(CONFIG_SCHEMA) };
}
