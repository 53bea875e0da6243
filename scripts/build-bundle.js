// npm run build:bundle: the CLI as CommonJS-style chunks, and the V8 code cache of each file of
// chunks, which bin/schengen.js hands to V8 (issues 12 and 21): dist/bundle/schengen.cjs (what
// `status --json` in English runs) with schengen.cjs.cache, and dist/bundle/chunks/*.cjs each with
// its .cache (the table and calendar's terminal.cjs; every other language, command and door apart).
//
// Why scripts with a code cache: a script can be compiled with one on Node 20 (vm.Script cachedData;
// module.enableCompileCache only exists from Node 22), and that saves V8 most of its parsing and
// compiling at every start. Our modules, commander, chalk and cli-table3 are bundled; esbuild splits
// them at each dynamic import() of our own modules (splitIntoChunks), so a run reads and compiles only
// the chunks it runs. One file for everything (1.09 MB) was read and compiled at every start: 1.5x
// `node -e 0` for status --json. luxon and jsonc-parser stay apart, required (never imported) only
// on the paths that use them.
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
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const outfile = `${root}dist/bundle/schengen.cjs`;
const chunkDir = `${root}dist/bundle/chunks`;
const EXTERNAL = ['jsonc-parser'];
/** The chunk that runs first (bin/schengen.js names it too), and the name of the main file's pack. */
const ENTRY = 'cli.start';
const MAIN = 'main';
/**
 * Which chunks go together in one file, by the command lines that load them: the main file holds
 * what `status --json` in English runs; `terminal.cjs` what the table and the calendar add to it
 * (the table, cli-table3 and chalk, the calendar). Every other chunk (the other languages, the
 * other commands and doors, the schemas, an error's report) is a file of its own in
 * dist/bundle/chunks/, read only when a run asks for it. Each file has its own code cache.
 */
const PACKS = [
  { name: MAIN, runs: [['status', `${root}examples/traveller.txt`, '--on', '2026-11-22', '--json']] },
  {
    name: 'terminal',
    runs: [
      ['status', `${root}examples/traveller.txt`, '--on', '2026-11-22'],
      ['calendar', `${root}examples/traveller.txt`, '--on', '2026-11-22'],
    ],
  },
];

/** No settings file and no own stamp file of whoever builds: the build's runs must not depend on them. */
function buildEnv() {
  const env = { ...process.env, TZ: 'UTC', LANG: 'C', NO_COLOR: '1' };
  delete env['SCHENGEN_FILE'];
  env['XDG_CONFIG_HOME'] = env['XDG_DATA_HOME'] = `${root}dist/bundle/no-such-directory`;
  return env;
}

/**
 * esbuild splits only ES modules: each dynamic import() of our own modules starts a chunk, and code
 * two of them share is a chunk of its own. Each chunk becomes the body of a CommonJS-style function
 * (bin/schengen.js runs it): a static import of another chunk becomes __schengenChunk(name), a
 * dynamic one __schengenImport(name) (a promise), and its exports the object that holds them.
 * Returns the code by chunk name (the path under src/ or the chunk's hash, dots for slashes).
 */
async function splitIntoChunks(result) {
  const outdir = `${root}dist/bundle/esm/`;
  // A chunk that starts at a dynamic import() is named by its module (messages.fr.index), another by its hash.
  const entryOf = new Map(Object.entries(result.metafile.outputs).map(([path, output]) => [fileURLToPath(new URL(path, `file://${root}`)), output.entryPoint]));
  const names = new Map(
    result.outputFiles.map((file) => {
      const entry = entryOf.get(file.path);
      const path = file.path.slice(outdir.length, -'.js'.length);
      return [path, entry === undefined ? path : entry.replace(/^src\//, '').replace(/\.ts$/, '').replaceAll('/', '.').replace(/[^\w.-]/g, '-')];
    }),
  );
  const nameOf = (path) => names.get(path.slice(0, -'.js'.length));
  const chunks = new Map();
  for (const file of result.outputFiles) {
    const path = file.path.slice(outdir.length);
    const resolve = (specifier) => JSON.stringify(nameOf(posix.join(posix.dirname(path), specifier)));
    const esm = file.text.replace(/\bimport\(("\.\.?\/[^"]+\.js")\)/g, (_, specifier) => `__schengenImport(${specifier})`);
    const { code } = await transform(esm, { format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', minifyWhitespace: true });
    const cjs = code
      .replace(/\b(require|__schengenImport)\("(\.\.?\/[^"]+\.js)"\)/g, (_, call, specifier) => `${call === 'require' ? '__schengenChunk' : call}(${resolve(specifier)})`)
      // The exports object itself (its getters keep the bindings live), not a copy of getters over it.
      .replace(/\bmodule\.exports ?= ?__toCommonJS\((\w+)\)/, 'module.exports = $1');
    chunks.set(nameOf(path), cjs);
    if (process.env['SCHENGEN_CHUNK_INPUTS']) console.log(nameOf(path), file.text.length, Object.keys(result.metafile.outputs[posix.relative(root, file.path)]?.inputs ?? {}).join(' '));
  }
  return chunks;
}

/**
 * A file of chunks: a script whose value is an object of functions, one by chunk name. Each is strict,
 * as ES modules are (and as the one bundle was, whole): in sloppy mode an assignment to an undeclared
 * name would make a global instead of failing.
 */
function pack(entries, packIndex) {
  const functions = entries.map(([name, code]) => `${JSON.stringify(name)}: function (require, module, exports, __filename, __dirname, __schengenImportMetaUrl, __schengenChunk, __schengenImport) {\n"use strict";\n${code}\n}`);
  if (packIndex !== undefined) functions.push(`"packs": ${JSON.stringify(packIndex)}`);
  return `({\n${functions.join(',\n')}\n})\n`;
}

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
 * `await import('jsonc-parser')` of an external package would stay an import() in the output, which a
 * vm.Script cannot run without an experimental loader callback: turn it into a lazy require. The
 * module required is an ES module of the package's names (found by requiring it here): the split
 * build (ES modules) gives a CommonJS module's import() its `default` alone.
 */
const dynamicImportAsRequire = {
  name: 'dynamic-import-as-require',
  setup(builder) {
    const filter = new RegExp(`^(${EXTERNAL.join('|')})$`);
    builder.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'required-package' } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'required-package' }, (args) => {
      const names = Object.keys(require(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
      const lines = [`const required = require(${JSON.stringify(args.path)});`, 'export default required;'];
      names.forEach((name, index) => lines.push(`const name${index} = required[${JSON.stringify(name)}];`, `export { name${index} as ${name} };`));
      return { contents: lines.join('\n'), loader: 'js' };
    });
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
 * (U+0020-U+007E, U+00C0-U+00FF) is measured by its length, anything else by string-width itself.
 * Other characters our tables show (no-break spaces, guillemets, dashes, quotes, arrows, box drawing,
 * squares: ONE_COLUMN_MORE) join that set only if string-width counts each one column: the build asks it.
 */
const ONE_COLUMN_MORE = [[0xa0, 0xbf], [0x2010, 0x2027], [0x202f, 0x202f], [0x2190, 0x2193], [0x2500, 0x257f], [0x25a0, 0x25a1]];
function oneColumnClass(stringWidth) {
  const escape = (code) => `\\u${code.toString(16).padStart(4, '0')}`;
  const codes = ONE_COLUMN_MORE.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => from + index)).filter((code) => stringWidth(String.fromCharCode(code)) === 1);
  return `\\x20-\\x7e\\u00c0-\\u00ff${codes.map(escape).join('')}`;
}
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
              `const oneColumnEach = /^[${oneColumnClass(require(args.pluginData))}]*$/;`,
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
rmSync(chunkDir, { recursive: true, force: true });
mkdirSync(chunkDir, { recursive: true });
const chunks = await splitIntoChunks(
  await build({
    ...common,
    format: 'esm',
    splitting: true,
    entryPoints: [`${root}src/cli/start.ts`],
    outbase: `${root}src`,
    outdir: `${root}dist/bundle/esm`,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    sourcemap: false,
    plugins: [dynamicImportAsRequire, vendorStubs(vendorSpecifiers), lazyBuiltins, tableStandIns],
  }),
);
// First every chunk in a file of its own (the main file holds only the entry point), then the runs of
// each pack record which chunks they load: those not in an earlier pack go into it.
writeFileSync(outfile, pack([[ENTRY, chunks.get(ENTRY)]]));
for (const [name, code] of chunks) if (name !== ENTRY) writeFileSync(`${chunkDir}/${name}.cjs`, pack([[name, code]]));
const packOf = new Map([[ENTRY, MAIN]]);
for (const { name, runs } of PACKS) {
  const chunkLog = `${chunkDir}/loaded.log`;
  for (const args of runs) {
    const recorded = spawnSync(process.execPath, [`${root}bin/schengen.js`, ...args], { env: { ...buildEnv(), SCHENGEN_CHUNK_LOG: chunkLog }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (recorded.status !== 0) throw new Error(`schengen ${args.join(' ')} exited with ${recorded.status} while recording its chunks`);
  }
  for (const chunk of readFileSync(chunkLog, 'utf8').split('\n')) if (chunk !== '' && !packOf.has(chunk)) packOf.set(chunk, name);
  rmSync(chunkLog);
}
const packed = (name) => [...chunks].filter(([chunk]) => packOf.get(chunk) === name);
// The main file also says which pack holds each chunk that is not a file of its own.
const packIndex = Object.fromEntries([...packOf].filter(([, name]) => name !== MAIN));
writeFileSync(outfile, pack(packed(MAIN), packIndex));
for (const { name } of PACKS.slice(1)) writeFileSync(`${chunkDir}/${name}.cjs`, pack(packed(name)));
for (const chunk of packOf.keys()) rmSync(`${chunkDir}/${chunk}.cjs`, { force: true });
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

for (const file of [outfile, workerFile, ...vendorFiles, ...readdirSync(chunkDir).map((name) => `${chunkDir}/${name}`)]) {
  const text = readFileSync(file, 'utf8');
  if (/\bimport\(/.test(text)) throw new Error(`${file} still contains an import(): a vm.Script cannot run it`);
  // A file of ASCII only is read into a one-byte string: one character outside it and V8 keeps the
  // whole text in two bytes a character (read and scanned at every start).
  if (file !== workerFile && !vendorFiles.includes(file) && /[^\x00-\x7f]/.test(text)) throw new Error(`${file} holds a character outside ASCII: write it as an escape in the source`);
}

// The code caches: run typical commands with the chunks, and keep what V8 compiled on the way, for
// each file (bin/schengen.js writes them; a chunk no run loaded gets the cache of its compiling).
// They only fit the V8 version and flags that made them; anywhere else V8 rejects them and compiles as usual.
const cache = `${outfile}.cache`;
rmSync(cache, { force: true });
// The first run is `status --json`; the further runs, in the same process (bin/schengen.js), add the
// code of the table, the calendar, annex3, and the other languages.
const cacheRuns = JSON.stringify([
  ['status', `${root}examples/traveller.txt`, '--on', '2026-11-22'],
  ['calendar', `${root}examples/traveller.txt`, '--on', '2026-11-22'],
  ['annex3', '--arrival', '2026-12-24', '--on', '2026-11-22', '--json'],
  ['annex3', '--arrival', '2026-12-24', '--on', '2026-11-22'],
  ...['nl', 'fr', 'de'].map((lang) => ['--lang', lang, 'status', `${root}examples/traveller.txt`, '--on', '2026-11-22']),
]);
const run = spawnSync(process.execPath, [`${root}bin/schengen.js`, 'status', `${root}examples/traveller.txt`, '--on', '2026-11-22', '--json'], {
  env: { ...buildEnv(), SCHENGEN_WRITE_CODE_CACHE: `${cache}.tmp`, SCHENGEN_CODE_CACHE_RUNS: cacheRuns, SCHENGEN_CODE_CACHE_MAIN_RUNS: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`the code-cache run exited with ${run.status}`);
renameSync(`${cache}.tmp`, cache);
