// Bundles the GitHub Action (src/action/index.ts) into one self-contained ESM file, dist/index.js.
// Deterministic: same sources and lockfile, same bytes (test/action/bundle.test.ts checks dist/ is fresh).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTFILE = path.join(root, 'dist/index.js');

// Library files are written to run from src/ (and lib/); two patterns need help to run from dist/index.js:
// - `createRequire(import.meta.url)` + `require('pkg')`: a bundler cannot follow it, and at run time it would look
//   for node_modules beside dist/. The createRequire line is dropped so the plain require() calls are bundled.
// - `new URL('../relative/file', import.meta.url)`: the path is relative to the source file; it is rewritten to
//   the same file relative to dist/, so data files of the repository (package.json, schemas/) are found.
const distDir = path.join(root, 'dist');
const adaptToDist = {
  name: 'adapt-to-dist',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      let contents = source.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '// (createRequire removed by scripts/build-action.mjs: require() calls are bundled)');
      contents = contents.replace(/new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g, (_match, quote, relative) => {
        const target = path.resolve(path.dirname(args.path), relative);
        const fromDist = path.relative(distDir, target).split(path.sep).join('/');
        return `new URL(${quote}${fromDist.startsWith('.') ? fromDist : `./${fromDist}`}${quote}, import.meta.url)`;
      });
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
};

/** Builds the bundle and returns its text without writing it. */
export async function buildAction() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/action/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Prefer ESM builds: some packages' "main" is a UMD build whose dynamic require() a bundler cannot follow (jsonc-parser).
    mainFields: ['module', 'main'],
    write: false,
    outfile: OUTFILE,
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'silent',
    plugins: [adaptToDist],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);" },
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join('\n'));
  return result.outputFiles[0].text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--outfile FILE` writes the bundle elsewhere (the freshness test compares it with dist/index.js).
  const at = process.argv.indexOf('--outfile');
  const outfile = at === -1 ? OUTFILE : path.resolve(process.argv[at + 1]);
  const text = await buildAction();
  mkdirSync(path.dirname(outfile), { recursive: true });
  writeFileSync(outfile, text);
  if (at === -1) writeFileSync(path.join(root, 'dist/package.json'), '{ "type": "module" }\n');
  console.log(`wrote ${path.relative(root, outfile)} (${Math.round(Buffer.byteLength(text) / 1024)} KiB)`);
}
