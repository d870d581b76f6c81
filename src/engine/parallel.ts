import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { Finding, Severity } from '../types.js';
import { balance, fileBytes, type FileGroup } from './scope.js';
import type { SentSummary } from './repository.js';

/** What a worker is given: the run's options, already discovered files, and the files it lints. */
export interface WorkerTask {
  cwd: string;
  configPath?: string;
  config: Config;
  rulesets?: string[];
  failOn?: Severity | 'none';
  now: string;
  /** Workers read the rulesets from the same git ref as the main thread. */
  policyFrom?: string;
  internal: InternalOptions;
}

/** Options `lint` accepts from the parallel runner only. */
export interface InternalOptions {
  /** Discovered files (absolute, sorted) and those named on the command line. */
  files: string[];
  explicit: string[];
  /** The files this worker lints. */
  targets: string[];
  /** Discovered listings, read for context. */
  listings: string[];
  /** Listings outside the discovered files (subset runs), read for context. */
  extraListings: string[];
}

export interface WorkerResult {
  ok: true;
  findings: Finding[];
  files: number;
  /** Files the worker read (linted and `$ref`'d), relative: the exception stage needs them for "unused". */
  linted: string[];
  /** The contracts the worker linted, summarised for the main thread's repository rules. */
  summaries: SentSummary[];
}

export interface WorkerResults {
  findings: Finding[];
  files: number;
  linted: string[];
  summaries: SentSummary[];
}

export interface WorkerFailure {
  ok: false;
  usage: boolean;
  message: string;
}

/** Below this many bytes of contracts, a run without an explicit `--jobs` stays on the main thread. */
export const PARALLEL_MIN_BYTES = 512 * 1024;

/**
 * On a 2-core machine a single-threaded run already keeps about 1.5 cores busy (V8's concurrent GC and
 * compilation), and a worker measured slower up to 200 contracts (bench/results.md): there, runs without
 * an explicit `--jobs` use workers only for large repositories.
 */
export const PARALLEL_MIN_BYTES_FEW_CORES = 32 * 1024 * 1024;

function autoParallelMinBytes(): number {
  return defaultJobs() <= 2 ? PARALLEL_MIN_BYTES_FEW_CORES : PARALLEL_MIN_BYTES;
}

export function defaultJobs(): number {
  const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, available);
}

/** Parses `--jobs`: a positive integer (at most 256). */
export function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(text.trim()) || Number(text) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${text}")`);
  return Number(text);
}

/** Whether a run should use workers: several groups, and either `--jobs` given or enough bytes to pay for them. */
export function shouldParallelise(groups: readonly FileGroup[], jobs: number, explicit: boolean): boolean {
  if (jobs <= 1 || groups.length < 2) return false;
  if (explicit) return true;
  return groups.reduce((sum, group) => sum + group.bytes, 0) >= autoParallelMinBytes();
}

function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  // Under the test runner this module is the TypeScript source: run the built worker.
  if (here.endsWith('.ts')) {
    const built = path.resolve(path.dirname(here), '../../lib/engine/worker.js');
    if (!existsSync(built)) throw new Error('lib/engine/worker.js is missing: run npm run build');
    return new URL(`file://${built}`);
  }
  return new URL('./worker.js', import.meta.url);
}

/** Whether the worker script exists (a single-file bundle, such as the Action's, has none: it lints on one thread). */
function workerAvailable(): boolean {
  try {
    return existsSync(fileURLToPath(workerUrl()));
  } catch {
    return false;
  }
}

/**
 * Splits the groups into `jobs` disjoint shares balanced by size: the main thread lints the first share
 * itself (it has nothing else to do meanwhile, and needs no start-up), workers lint the others.
 */
export function splitWork(groups: readonly FileGroup[], jobs: number): { main: Set<string>; workers: FileGroup[][] } {
  const [first = [], ...rest] = balance(groups, jobs);
  return { main: new Set(first.flatMap((group) => group.files)), workers: rest };
}

/**
 * Worker threads started before the files are grouped, so their start-up (isolate, module imports)
 * overlaps the main thread's planning. Idle workers do not keep the process alive; unused ones are ended.
 */
export class WorkerPool {
  readonly workers: Worker[];

  constructor(count: number) {
    const url = workerUrl();
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(url);
      worker.on('error', () => undefined);
      worker.unref();
      return worker;
    });
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}

/** Starts `jobs - 1` workers when the run may be parallel: several files and `--jobs` given, or enough bytes. */
export function startWorkers(files: readonly string[], jobs: number, explicit: boolean): WorkerPool | undefined {
  if (jobs <= 1 || files.length < 2 || !workerAvailable()) return undefined;
  if (!explicit && files.reduce((sum, file) => sum + fileBytes(file), 0) < autoParallelMinBytes()) return undefined;
  return new WorkerPool(jobs - 1);
}

/**
 * Lints each share of groups in one worker of the pool and returns their findings in a fixed order (by
 * worker, then as each worker found them) and the number of files they linted. The caller sorts
 * findings, so the report is the same bytes as a single-thread run. The pool is closed afterwards.
 */
export async function lintInWorkers(
  pool: WorkerPool,
  base: Omit<WorkerTask, 'internal'>,
  discovered: { files: string[]; explicit: Set<string> },
  bins: readonly FileGroup[][],
  listings: Set<string>,
  extraListings: string[],
): Promise<WorkerResults> {
  try {
    const results = await Promise.all(
      bins.map(
        (bin, index) =>
          new Promise<WorkerResult>((resolve, reject) => {
            const task: WorkerTask = {
              ...base,
              internal: {
                files: discovered.files,
                explicit: [...discovered.explicit],
                targets: bin.flatMap((group) => group.files),
                listings: [...listings],
                extraListings,
              },
            };
            const worker = pool.workers[index];
            let settled = false;
            worker.once('message', (message: WorkerResult | WorkerFailure) => {
              settled = true;
              if (message.ok) resolve(message);
              else reject(message.usage ? new UsageError(message.message) : new Error(message.message));
            });
            worker.once('error', (error) => {
              settled = true;
              reject(error);
            });
            worker.once('exit', (code) => {
              if (!settled) reject(new Error(`a lint worker stopped (exit code ${code}) before reporting`));
            });
            worker.ref();
            worker.postMessage(task);
          }),
      ),
    );
    const findings: Finding[] = [];
    const linted: string[] = [];
    const summaries: SentSummary[] = [];
    let files = 0;
    for (const result of results) {
      for (const finding of result.findings) findings.push(finding);
      linted.push(...result.linted);
      summaries.push(...result.summaries);
      files += result.files;
    }
    return { findings, files, linted, summaries };
  } finally {
    pool.close();
  }
}
