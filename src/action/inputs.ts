import * as core from '@actions/core';
import { parseJobs } from '../engine/parallel.js';
import { UsageError } from '../errors.js';
import { isSeverity, type Severity } from '../types.js';

/** The Action's inputs, with the defaults of action.yml (applied here too, for runs without them). */
export interface ActionInputs {
  paths: string[];
  config: string | undefined;
  rulesets: string[];
  exceptions: string | undefined;
  failOn: Severity | 'none' | undefined;
  /** A git revision whose policy (config, rulesets, exceptions) applies; undefined: the checked-out one. */
  policyFrom: string | undefined;
  /** Whether `policy-from` was given (else it is the pull request's base commit by default). */
  policyFromExplicit: boolean;
  sarifFile: string | undefined;
  comment: boolean;
  token: string;
  now: string | undefined;
  /** Threads to lint with, as `--jobs`; undefined: the CLI's default (the number of cores; small runs use one). */
  jobs: number | undefined;
}

interface EventPayload {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  pull_request?: { [key: string]: any };
}

export function readInputs(eventName: string, payload: EventPayload): ActionInputs {
  const failOn = input('fail-on');
  if (failOn !== undefined && failOn !== 'none' && !isSeverity(failOn)) {
    throw new UsageError(`input fail-on must be one of error, warn, info, hint, none (got "${failOn}")`);
  }
  const policyFromInput = input('policy-from');
  const policyFrom =
    policyFromInput === undefined ? (isPullRequest(eventName) ? payload.pull_request?.base?.sha : undefined) : policyFromInput === 'none' ? undefined : policyFromInput;
  const sarifFile = input('sarif-file', 'publish-gate.sarif');
  return {
    paths: list('paths'),
    config: input('config'),
    rulesets: list('rulesets'),
    exceptions: input('exceptions'),
    failOn: failOn as Severity | 'none' | undefined,
    policyFrom,
    policyFromExplicit: policyFromInput !== undefined,
    sarifFile: sarifFile === 'none' || sarifFile === 'false' ? undefined : sarifFile,
    comment: booleanInput('comment', true),
    token: input('github-token') ?? process.env.GITHUB_TOKEN ?? '',
    now: input('now') ?? (process.env.PUBLISH_GATE_NOW || undefined),
    jobs: jobsInput(),
  };
}

function jobsInput(): number | undefined {
  const value = input('jobs');
  try {
    return parseJobs(value);
  } catch {
    throw new UsageError(`input jobs must be a whole number from 1 to 256 (got "${value}")`);
  }
}

export function isPullRequest(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

function input(name: string): string | undefined;
function input(name: string, fallback: string): string;
function input(name: string, fallback?: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

/** One entry per line or separated by spaces (not commas: globs such as `*.{yaml,yml}` contain them). */
function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/\s+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false (got "${value}")`);
}
