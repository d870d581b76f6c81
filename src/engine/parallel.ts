import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../types.js';
import { fileBytes, type FileGroup } from './scope.js';
import type { SentSummary } from './repository.js';

/** What a worker is given: the run's options, the listings to read, and the queue to take groups from. */
export interface WorkerTask {
  cwd: string;
  configPath?: string;
  config: Config;
  rulesets?: string[];
  now: string;
  /** Workers read the rulesets from the same git ref as the main thread. */
  policyFrom?: string;
  /** Files named on the command line (absolute). */
  explicit: string[];
  /** Discovered listings, read for context. */
  listings: string[];
  /** Listings outside the discovered files (subset runs), read for context. */
  extraListings: string[];
  queue: SharedQueue;
  /** `--timing`: each worker measures and returns its timings. */
  timing?: boolean;
}

/** What every thread of a parallel run returns: raw findings (before waivers), files linted, contract summaries. */
export interface WorkerResults {
  findings: Finding[];
  files: number;
  /** Files read (linted and `$ref`'d), relative: the exception stage needs them for "unused". */
  linted: string[];
  /** The contracts linted, summarised for the main thread's repository rules. */
  summaries: SentSummary[];
  /** With `--timing`: milliseconds per rule and stage. */
  timings?: Array<[string, number]>;
}

type WorkerReply = ({ ok: true } & WorkerResults) | WorkerFailure;

export interface WorkerFailure {
  ok: false;
  usage: boolean;
  message: string;
}

/** The groups of a parallel run and the index of the next one to take, shared by every thread. */
export interface SharedQueue {
  groups: string[][];
  next: SharedArrayBuffer;
}

/**
 * Groups handed out one at a time to whichever thread asks first, largest first: a thread that starts
 * late (a worker's start-up) or meets a slow contract takes fewer, so no thread waits for another at the
 * end. Which thread lints which group changes from run to run; the report does not (findings are sorted).
 */
export class WorkQueue {
  private readonly groups: string[][];
  private readonly next: Int32Array;

  private constructor(queue: SharedQueue) {
    this.groups = queue.groups;
    this.next = new Int32Array(queue.next);
  }

  static of(groups: readonly FileGroup[]): WorkQueue {
    const ordered = [...groups].sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return new WorkQueue({ groups: ordered.map((group) => group.files), next: new SharedArrayBuffer(4) });
  }

  static attach(queue: SharedQueue): WorkQueue {
    return new WorkQueue(queue);
  }

  shared(): SharedQueue {
    return { groups: this.groups, next: this.next.buffer as SharedArrayBuffer };
  }

  /** The next group's files, or undefined when every group has been taken. */
  take(): string[] | undefined {
    const index = Atomics.add(this.next, 0, 1);
    return index < this.groups.length ? this.groups[index] : undefined;
  }
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

/** Whether the worker script exists (lib/engine/worker.js; in the Action's bundle, dist/worker.js). Without it a run lints on one thread. */
function workerAvailable(): boolean {
  try {
    return existsSync(fileURLToPath(workerUrl()));
  } catch {
    return false;
  }
}

/**
 * Worker threads started before the files are grouped, so their start-up (isolate, module imports)
 * overlaps the main thread's planning. Idle workers do not keep the process alive; unused ones are ended.
 */
export class WorkerPool {
  readonly workers: Worker[];
  /** Why a worker can no longer report, recorded from its start: one that dies before it is given its task must still fail the run. */
  private readonly failures = new Map<Worker, Error>();

  constructor(count: number) {
    const url = workerUrl();
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(url);
      worker.on('error', (error) => {
        if (!this.failures.has(worker)) this.failures.set(worker, error);
      });
      worker.on('exit', (code) => {
        if (!this.failures.has(worker)) this.failures.set(worker, new Error(`a lint worker stopped (exit code ${code}) before reporting`));
      });
      worker.unref();
      return worker;
    });
  }

  /** The error that stopped `worker`, if it has stopped. */
  failureOf(worker: Worker): Error | undefined {
    return this.failures.get(worker);
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
 * Sends the task to every worker of the pool (each takes groups from the shared queue until it is empty)
 * and gathers their results in worker order. The caller sorts findings, so the report is the same bytes
 * as a single-thread run. A worker that fails or stops fails the run. The pool is closed afterwards.
 */
export async function lintInWorkers(pool: WorkerPool, task: WorkerTask): Promise<WorkerResults> {
  try {
    const results = await Promise.all(
      pool.workers.map(
        (worker) =>
          new Promise<WorkerResults>((resolve, reject) => {
            const early = pool.failureOf(worker);
            if (early) {
              reject(early);
              return;
            }
            let settled = false;
            worker.once('message', (message: WorkerReply) => {
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
    const merged: WorkerResults = { findings: [], files: 0, linted: [], summaries: [], timings: [] };
    for (const result of results) {
      for (const finding of result.findings) merged.findings.push(finding);
      for (const file of result.linted) merged.linted.push(file);
      for (const summary of result.summaries) merged.summaries.push(summary);
      for (const entry of result.timings ?? []) merged.timings!.push(entry);
      merged.files += result.files;
    }
    return merged;
  } finally {
    pool.close();
  }
}
