import { parentPort } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import { lint } from './lint.js';
import type { WorkerFailure, WorkerResult, WorkerTask } from './parallel.js';

/** A lint worker: waits for its task, lints the files it is given and posts back their findings (before sorting and waivers). */
parentPort?.once('message', (task: WorkerTask) => {
  void runTask(task);
});

async function runTask(task: WorkerTask): Promise<void> {
try {
  const { report, summaries } = await lint({
    cwd: task.cwd,
    configPath: task.configPath,
    config: task.config,
    rulesets: task.rulesets,
    failOn: task.failOn,
    now: task.now,
    policyFrom: task.policyFrom,
    jobs: 1,
    internal: task.internal,
  });
  const result: WorkerResult = { ok: true, findings: report.findings, files: report.summary.files, linted: (report.linted as string[] | undefined) ?? [], summaries: summaries ?? [] };
  parentPort?.postMessage(result);
} catch (error) {
  const failure: WorkerFailure = {
    ok: false,
    usage: error instanceof UsageError,
    message: error instanceof Error ? error.message : String(error),
  };
  parentPort?.postMessage(failure);
}
}
