// npm run build:bundle: the CLI as one CommonJS file, dist/bundle/schengen.cjs, and the V8 code cache
// of a first run, dist/bundle/schengen.cjs.cache, which bin/schengen.js hands to V8 (issue 12).
//
// Why one CommonJS file: a script can be compiled with a code cache on Node 20 (vm.Script cachedData;
// module.enableCompileCache only exists from Node 22), and that saves V8 most of its parsing and
// compiling at every start. Our modules, commander, chalk, ical-generator, csv-parse, Hono and the MCP
// SDK are bundled (a command's modules are evaluated only when it runs: esbuild keeps each dynamic
// import() of our own modules lazy); the other libraries stay packages of their own, required (never
// imported) only on the paths that use them.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bundle/schengen.cjs`;
const EXTERNAL = ['luxon', 'cli-table3', 'jsonc-parser'];

/**
 * `await import('luxon')` of an external package would stay an import() in the output, which a
 * vm.Script cannot run without an experimental loader callback: turn it into a lazy require.
 */
const dynamicImportAsRequire = {
  name: 'dynamic-import-as-require',
  setup(builder) {
    const filter = new RegExp(`^(${EXTERNAL.join('|')})$`);
    builder.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'required-package' } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'required-package' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // bin/schengen.js passes the bundle's URL in under this name (a script has no import.meta).
  define: { 'import.meta.url': '__schengenImportMetaUrl' },
  plugins: [dynamicImportAsRequire],
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: [`${root}src/cli/main.ts`], outfile });
// The worker threads of batch --jobs run a bundle of their own, beside the main one, as a plain
// CommonJS file (no code cache: a worker starts once per run). It has a real __filename.
const workerFile = `${root}dist/bundle/batch-worker.cjs`;
await build({
  ...common,
  entryPoints: [`${root}src/cli/batch-worker.ts`],
  outfile: workerFile,
  banner: { js: "var __schengenImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

for (const file of [outfile, workerFile]) {
  if (/\bimport\(/.test(readFileSync(file, 'utf8'))) throw new Error(`${file} still contains an import(): a vm.Script cannot run it`);
}

// The code cache: run a typical command once with the bundle, and keep what V8 compiled on the way.
// It only fits the V8 version and flags that made it; anywhere else V8 rejects it and compiles as usual.
const cache = `${outfile}.cache`;
rmSync(cache, { force: true });
const run = spawnSync(process.execPath, [`${root}bin/schengen.js`, 'status', `${root}examples/traveller.txt`, '--on', '2026-11-22', '--json'], {
  env: { ...process.env, SCHENGEN_WRITE_CODE_CACHE: `${cache}.tmp`, TZ: 'UTC', LANG: 'C', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`the code-cache run exited with ${run.status}`);
renameSync(`${cache}.tmp`, cache);
