// Entry point of the GitHub Action (bundled into dist/index.js by `npm run build:action`).
import * as core from '@actions/core';
import { runAction } from './run.js';

process.on('unhandledRejection', (reason) => {
  core.setFailed(`publish-gate could not run: ${reason instanceof Error ? reason.message : String(reason)}`);
});

await runAction();
