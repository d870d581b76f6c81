#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI (bundle/, built by `npm run build`) loads in one read instead of ~130 modules; lib/ is the
// same code, unbundled, for a build that has not made the bundle.
const bundled = new URL('../bundle/cli.js', import.meta.url);
const { run } = await import(existsSync(bundled) ? bundled.href : '../lib/cli/main.js');

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
