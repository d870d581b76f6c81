// Bundles the GitHub Action into dist/: two ESM entry points, dist/index.js (the Action, src/action/index.ts)
// and dist/worker.js (the lint worker thread, src/engine/worker.ts), plus the chunk files they share, so the
// Action lints with worker threads as the CLI does without carrying the library twice.
// Deterministic: same sources and lockfile, same bytes and file names (chunk names are content hashes);
// test/action/bundle.test.ts checks that dist/ holds exactly what this writes.
// With `--cli` it bundles the command line instead, into bundle/ (cli.js, worker.js, chunks; built by
// `npm run build`, not committed): one file to load instead of ~130 modules, which takes about 0.1 s off
// every run (a third of linting one small contract).
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(root, 'dist');
export const CLI_BUNDLE = path.join(root, 'bundle');

/** Entry points: the output name (without `.js`) and the source it is built from. */
const ENTRY_POINTS = { index: 'src/action/index.ts', worker: 'src/engine/worker.ts' };
const CLI_ENTRY_POINTS = { cli: 'src/cli/main.ts', worker: 'src/engine/worker.ts' };

/** Written beside the bundle so Node loads dist/*.js as ES modules. */
const PACKAGE_JSON = '{ "type": "module" }\n';

// Library files are written to run from src/ (and lib/); two patterns need help to run from dist/:
// - `createRequire(import.meta.url)` + `require('pkg')`: a bundler cannot follow it, and at run time it would look
//   for node_modules beside dist/. The createRequire line is dropped so the plain require() calls are bundled.
// - `new URL('./relative/file', import.meta.url)`: the path is relative to the source file. When it names the
//   compiled form of an entry point (`./worker.js` in src/engine/parallel.ts), it is rewritten to that entry's
//   file in dist/; otherwise to the same file relative to dist/, so data files of the repository
//   (package.json, schemas/) are found. Every output file is written directly in dist/ (no subfolders), so
//   the rewritten path holds from whichever output file the code lands in.
const adaptTo = (targetDir, entryPoints) => {
  const entrySources = new Map(Object.entries(entryPoints).map(([name, source]) => [path.join(root, source), `./${name}.js`]));
  return {
  name: 'adapt-to-dist',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      let contents = source.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '// (createRequire removed by scripts/build-action.mjs: require() calls are bundled)');
      contents = contents.replace(/new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g, (_match, quote, relative) => {
        const target = path.resolve(path.dirname(args.path), relative);
        const entry = entrySources.get(target.replace(/\.js$/, '.ts'));
        if (entry) return `new URL(${quote}${entry}${quote}, import.meta.url)`;
        const fromDist = path.relative(targetDir, target).split(path.sep).join('/');
        return `new URL(${quote}${fromDist.startsWith('.') ? fromDist : `./${fromDist}`}${quote}, import.meta.url)`;
      });
      // `await import('package')`: see lazyPackages.
      contents = contents.replace(/\bawait import\((['"])([^./'"][^'"]*)\1\)/g, (_match, quote, specifier) => `await import(${quote}${LAZY}${specifier}${quote}).then((lazy) => lazy.namespace)`);
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
  };
};

// A package the library loads lazily (`await import('@stoplight/spectral-core')`) stays lazy: it becomes a chunk
// loaded on first use. But a chunk holding a CommonJS package exports only `default` (esbuild cannot name
// the exports of CommonJS code in ESM output), where the library expects the names (`core.Ruleset`) as Node's
// own import() gives them. So the import goes through a small module of this plugin, `import * as namespace
// from 'package'; export { namespace }`, which esbuild compiles to the same namespace object (named exports
// plus `default`) a bundle without chunks gives. Its name ends in `.mjs` so that esbuild treats it as Node
// does an ES module (`default` is the whole `module.exports`).
const LAZY = 'publish-gate-lazy:';
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${LAZY}`) }, (args) => ({ path: `${args.path.slice(LAZY.length)}.mjs`, namespace: 'publish-gate-lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'publish-gate-lazy' }, (args) => ({
      contents: `import * as namespace from ${JSON.stringify(args.path.slice(0, -'.mjs'.length))};\nexport { namespace };\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** Builds the Action's bundle without writing it: the files of dist/ (name → text), sorted by name. */
export function buildAction() {
  return buildBundle(DIST, ENTRY_POINTS);
}

/** Builds a bundle meant to live in `targetDir` (a direct child of the repository) without writing it. */
async function buildBundle(targetDir, entryPoints) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.entries(entryPoints).map(([out, source]) => ({ in: source, out })),
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Prefer ESM builds: some packages' "main" is a UMD build whose dynamic require() a bundler cannot follow (jsonc-parser).
    mainFields: ['module', 'main'],
    write: false,
    outdir: targetDir,
    // Shared code goes to chunk-<content hash>.js directly in dist/ (see adaptToDist on why not in a subfolder).
    chunkNames: 'chunk-[hash]',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'silent',
    plugins: [adaptTo(targetDir, entryPoints), lazyPackages],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);" },
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join('\n'));
  const files = new Map([['package.json', PACKAGE_JSON]]);
  for (const file of result.outputFiles) {
    const name = path.relative(targetDir, file.path).split(path.sep).join('/');
    if (name.includes('/')) throw new Error(`esbuild wrote ${name} outside ${path.basename(targetDir)}/'s top level`);
    files.set(name, file.text);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Makes `dir` hold exactly `files`: writes each one and removes any other file (a chunk of an earlier build). */
export function writeDist(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!files.has(entry.name)) rmSync(path.join(dir, entry.name), { recursive: true, force: true });
  }
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--outdir DIR` writes the bundle elsewhere (the freshness test compares it with dist/).
  const cli = process.argv.includes('--cli');
  const at = process.argv.indexOf('--outdir');
  const outdir = at === -1 ? (cli ? CLI_BUNDLE : DIST) : path.resolve(process.argv[at + 1]);
  const files = cli ? await buildBundle(CLI_BUNDLE, CLI_ENTRY_POINTS) : await buildAction();
  writeDist(outdir, files);
  if (!cli) for (const [name, text] of files) console.log(`wrote ${path.relative(root, path.join(outdir, name))} (${Math.round(Buffer.byteLength(text) / 1024)} KiB)`);
}
