import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  UsageError,
  lintShare
} from "./chunk-75MXGCKQ.js";
import "./chunk-ELPKQBRT.js";
import "./chunk-TVRYNVJ6.js";
import "./chunk-DGOV536S.js";
import "./chunk-N4LTUWFQ.js";

// src/engine/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.once("message", (task) => {
  void runTask(task);
});
async function runTask(task) {
  try {
    parentPort?.postMessage({ ok: true, ...await lintShare(task) });
  } catch (error) {
    const failure = {
      ok: false,
      usage: error instanceof UsageError,
      message: error instanceof Error ? error.message : String(error)
    };
    parentPort?.postMessage(failure);
  }
}
