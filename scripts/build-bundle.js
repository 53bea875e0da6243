// npm run build:bundle: the CLI as one CommonJS file, dist/bundle/schengen.cjs, and the V8 code cache
// of a first run, dist/bundle/schengen.cjs.cache, which bin/schengen.js hands to V8 (issue 12).
//
// Why one CommonJS file: a script can be compiled with a code cache on Node 20 (vm.Script cachedData;
// module.enableCompileCache only exists from Node 22), and that saves V8 most of its parsing and
// compiling at every start. Our modules, commander, chalk and cli-table3 are bundled (a command's
// modules are evaluated only when it runs: esbuild keeps each dynamic import() of our own modules
// lazy); luxon and jsonc-parser stay packages of their own, required (never imported) only on the
// paths that use them.
//
// The big libraries of the rarer commands (the MCP SDK with zod and ajv, Hono, csv-parse,
// ical-generator: 900 KB, more than half of the bundle) are bundled apart, one file per command
// (dist/bundle/vendor-*.cjs), which the main bundle requires when that command runs. TypeBox, which
// defines the answers' schemas (src/app/answer-schemas.ts), is one of them: only serve's
// /openapi.json and mcp's tool list need the schemas. In the main
// bundle they cost every start of every command: V8 compiles the bundle's top level, and its code
// cache grew by half (status --json: 1.43x -> 1.33x of node -e 0). Only libraries go there, never
// our own modules: a class such as InputError must exist once.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bundle/schengen.cjs`;
const EXTERNAL = ['jsonc-parser'];
/**
 * The libraries bundled apart, by the file that holds them (dist/bundle/vendor-NAME.cjs). luxon is
 * one (issue 21): required as the package `luxon`, Node resolves its "exports" with the ES module
 * resolver (four more internal modules) at every calendar or ics; a file beside the bundle is found
 * by its path.
 */
const VENDOR = {
  mcp: ['@modelcontextprotocol/sdk'],
  serve: ['hono', '@hono/node-server'],
  csv: ['csv-parse'],
  ics: ['ical-generator'],
  schemas: ['typebox'],
  luxon: ['luxon'],
};

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

/** The group of a vendor package's import specifier ("hono/html" -> serve), or undefined. */
function vendorGroup(specifier) {
  return Object.keys(VENDOR).find((group) => VENDOR[group].some((name) => specifier === name || specifier.startsWith(`${name}/`)));
}

/**
 * In the main bundle, each import of a vendor library becomes a small module that requires the
 * vendor file (at run time, when the importing module is evaluated) and re-exports that library's
 * names, found by importing it here. The specifiers seen are collected for the vendor builds.
 */
function vendorStubs(seen) {
  return {
    name: 'vendor-stubs',
    setup(builder) {
      builder.onResolve({ filter: /^[@a-z]/ }, (args) => {
        const group = vendorGroup(args.path);
        if (group === undefined || args.namespace === 'vendor') return undefined;
        (seen[group] ??= new Set()).add(args.path);
        return { path: args.path, namespace: 'vendor', pluginData: group };
      });
      builder.onResolve({ filter: /^\.\/vendor-\w+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      builder.onLoad({ filter: /.*/, namespace: 'vendor' }, async (args) => {
        const names = Object.keys(await import(args.path));
        const lines = [`const library = require(${JSON.stringify(`./vendor-${vendorGroup(args.path)}.cjs`)}).libraries[${JSON.stringify(args.path)}];`];
        names.forEach((name, index) => lines.push(`const name${index} = library[${JSON.stringify(name)}];`, `export { name${index} as ${name} };`));
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * Built-in modules whose loading costs start-up though the run may never call them: commander
 * requires node:child_process (with net, dgram, streams: ~2 ms) for executable subcommands, which
 * we have none of; node:fs/promises (with readline, fs watchers) is imported by modules every
 * command evaluates (the store, the input loader) but called only on some paths. Each gets a
 * stand-in with the module's names (from this Node), each a getter that requires the real module
 * on first use. The pattern says whose imports of it get the stand-in.
 */
const LAZY_BUILTINS = {
  child_process: /[\\/]node_modules[\\/]commander[\\/]/,
  'fs/promises': /[\\/]src[\\/]/,
};
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?(child_process|fs\/promises)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return LAZY_BUILTINS[name]?.test(args.importer) ? { path: name, namespace: 'lazy-builtin' } : undefined;
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(`node:${args.path}`)).filter((name) => name !== 'default');
      return {
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= require(${JSON.stringify(`node:${args.path}`)}));`,
          `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * Two stand-ins for the table. chalk's supports-color looks at the terminal when chalk is first
 * imported (node:tty, with net and streams: ~2 ms), for chalk's default instance; we never use that
 * instance (render/table.ts and calendar.ts make `new Chalk({ level })` from our own terminal.ts),
 * so it gets "no colour" without looking. cli-table3 measures every cell with string-width, whose
 * emoji regular expression takes ~1.5 ms to compile: text of printable ASCII and Latin-1 letters
 * (U+0020-U+007E, U+00C0-U+00FF: one column each, as string-width counts them) is measured by its
 * length, anything else by string-width itself.
 */
const tableStandIns = {
  name: 'table-stand-ins',
  setup(builder) {
    builder.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'stand-in' } : undefined,
    );
    builder.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (!/[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer)) return undefined;
      const real = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      return { path: 'string-width', namespace: 'stand-in', pluginData: real.path };
    });
    builder.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({
      contents:
        args.path === 'supports-color'
          ? 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };'
          : [
              `const stringWidth = require(${JSON.stringify(args.pluginData)});`,
              'const oneColumnEach = /^[\\x20-\\x7e\\u00c0-\\u00ff]*$/;',
              "const width = (text) => (typeof text === 'string' && oneColumnEach.test(text) ? text.length : stringWidth(text));",
              'module.exports = width;',
              'module.exports.default = width;',
            ].join('\n'),
      loader: 'js',
      resolveDir: root,
    }));
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
const vendorSpecifiers = {};
await build({ ...common, entryPoints: [`${root}src/cli/start.ts`], outfile, plugins: [dynamicImportAsRequire, vendorStubs(vendorSpecifiers), lazyBuiltins, tableStandIns] });
// Each vendor file: the libraries of one command, as namespaces under `libraries`, by specifier.
const vendorFiles = [];
for (const [group, specifiers] of Object.entries(vendorSpecifiers)) {
  const list = [...specifiers].sort();
  const file = `${root}dist/bundle/vendor-${group}.cjs`;
  vendorFiles.push(file);
  await build({
    ...common,
    stdin: {
      contents: `${list.map((specifier, index) => `import * as library${index} from ${JSON.stringify(specifier)};`).join('\n')}\nexport const libraries = { ${list.map((specifier, index) => `${JSON.stringify(specifier)}: library${index}`).join(', ')} };\n`,
      resolveDir: root,
      loader: 'js',
    },
    outfile: file,
    sourcemap: false,
    banner: { js: "var __schengenImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}
// The worker threads of batch --jobs run a bundle of their own, beside the main one, as a plain
// CommonJS file (no code cache: a worker starts once per run). It has a real __filename.
const workerFile = `${root}dist/bundle/batch-worker.cjs`;
await build({
  ...common,
  entryPoints: [`${root}src/batch/worker.ts`],
  outfile: workerFile,
  banner: { js: "var __schengenImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

for (const file of [outfile, workerFile, ...vendorFiles]) {
  if (/\bimport\(/.test(readFileSync(file, 'utf8'))) throw new Error(`${file} still contains an import(): a vm.Script cannot run it`);
}

// The code cache: run a typical command once with the bundle, and keep what V8 compiled on the way.
// It only fits the V8 version and flags that made it; anywhere else V8 rejects it and compiles as usual.
const cache = `${outfile}.cache`;
rmSync(cache, { force: true });
// The first run is `status --json`; the further runs, in the same process (bin/schengen.js), add the
// code of the table and of annex3, the commands people run most.
const cacheRuns = JSON.stringify([
  ['status', `${root}examples/traveller.txt`, '--on', '2026-11-22'],
  ['annex3', '--arrival', '2026-12-24', '--on', '2026-11-22', '--json'],
]);
// No settings file and no own stamp file of whoever builds: the runs must not depend on them.
const cacheEnv = { ...process.env, SCHENGEN_WRITE_CODE_CACHE: `${cache}.tmp`, SCHENGEN_CODE_CACHE_RUNS: cacheRuns, TZ: 'UTC', LANG: 'C', NO_COLOR: '1' };
delete cacheEnv['SCHENGEN_FILE'];
cacheEnv['XDG_CONFIG_HOME'] = cacheEnv['XDG_DATA_HOME'] = `${root}dist/bundle/no-such-directory`;
const run = spawnSync(process.execPath, [`${root}bin/schengen.js`, 'status', `${root}examples/traveller.txt`, '--on', '2026-11-22', '--json'], {
  env: cacheEnv,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`the code-cache run exited with ${run.status}`);
renameSync(`${cache}.tmp`, cache);
