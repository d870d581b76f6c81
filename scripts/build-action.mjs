// Bundles the GitHub Action (src/action/index.ts) into one self-contained ESM file, dist/index.js.
// Deterministic: same sources and lockfile, same bytes (test/action/bundle.test.ts checks dist/ is fresh).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTFILE = path.join(root, 'dist/index.js');

// A few library files load packages through createRequire(import.meta.url), which a bundler cannot follow
// and which would look for node_modules next to dist/ at run time. Turn those into plain require() calls so
// esbuild bundles the packages.
const inlineCreateRequire = {
  name: 'inline-create-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /^const require = createRequire\(import\.meta\.url\);$/m;
      if (!pattern.test(source)) return undefined;
      return { contents: source.replace(pattern, '// (createRequire removed by scripts/build-action.mjs: require() calls are bundled)'), loader: 'ts' };
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
    plugins: [inlineCreateRequire],
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
