import { parentPort } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import { lintShare } from './lint.js';
import type { WorkerFailure, WorkerTask } from './parallel.js';

/** A lint worker: waits for its task, lints groups from the shared queue and posts back their findings (before sorting and waivers). */
parentPort?.once('message', (task: WorkerTask) => {
  void runTask(task);
});

async function runTask(task: WorkerTask): Promise<void> {
  try {
    parentPort?.postMessage({ ok: true, ...(await lintShare(task)) });
  } catch (error) {
    const failure: WorkerFailure = {
      ok: false,
      usage: error instanceof UsageError,
      message: error instanceof Error ? error.message : String(error),
    };
    parentPort?.postMessage(failure);
  }
}
