// Entry point of the GitHub Action (bundled into dist/index.js by `npm run build:action`).
import * as core from '@actions/core';
import { runAction } from './run.js';

process.on('unhandledRejection', (reason) => {
  core.setFailed(`publish-gate could not run: ${reason instanceof Error ? reason.message : String(reason)}`);
});

// Node ends a process whose event loop empties while the Action still waits (a lint worker that stopped
// before anyone listened, say) with exit code 13 and nothing else: the step must still say it had no result.
let finished = false;
process.on('exit', () => {
  if (finished) return;
  core.setOutput('result', 'error');
  core.setFailed('publish-gate could not run: it stopped before finishing (a lint thread ended without reporting)');
});

await runAction();
finished = true;
