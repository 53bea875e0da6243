#!/usr/bin/env node
'use strict';
// Runs the CLI: chunks of CommonJS-style code (see scripts/build-bundle.js), each compiled with the V8
// code cache made when it was built, so that V8 skips most of the parsing and compiling. What `status`
// and `calendar` in English run is in one file, dist/bundle/schengen.cjs; every other chunk (the other
// languages, the other commands and doors) is a file of its own in dist/bundle/chunks/, with its own
// cache, read only when the run asks for it. A cache that does not fit this Node (another V8 version
// or flags) is rejected by V8, and that file compiles as usual.
// This file is CommonJS (bin/package.json): an ES module entry point would load Node's ES module
// loader first, a few milliseconds of every start (issue 12).
const { appendFileSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundle = join(__dirname, '../dist/bundle/schengen.cjs');
const dir = dirname(bundle);
const chunkDir = join(dir, 'chunks');
const bundleRequire = createRequire(bundle);
const bundleUrl = pathToFileURL(bundle).href;
/** The files compiled in this run, with their script and whether their cache was used. */
const compiled = [];

/** A file of chunks (an object of functions by chunk name), compiled with its cache when there is one. */
function compile(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // latin1: the build writes these files in ASCII only (the same text), read without UTF-8 decoding.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  compiled.push({ file, cacheFile, script, cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted' });
  return script.runInThisContext();
}

const main = compile(bundle, `${bundle}.cache`);
/** The files of chunks compiled so far, by name ("main" is dist/bundle/schengen.cjs). */
const packs = new Map([['main', main]]);
/** The pack that holds a chunk: the main file says, for each chunk that is not a file of its own. */
function packOf(name) {
  const pack = (main.packs !== undefined && Object.hasOwn(main.packs, name) ? main.packs[name] : undefined) ?? name;
  let chunks = packs.get(pack);
  if (chunks === undefined) {
    const file = join(chunkDir, `${pack}.cjs`);
    chunks = compile(file, `${file}.cache`);
    packs.set(pack, chunks);
  }
  return chunks;
}
const modules = new Map();
/** A chunk's exports, running it the first time (its static imports of other chunks come here too). */
function chunk(name) {
  let module = modules.get(name);
  if (module === undefined) {
    const body = Object.hasOwn(main, name) && name !== 'packs' ? main[name] : packOf(name)[name];
    module = { exports: {} };
    modules.set(name, module);
    body(bundleRequire, module, module.exports, bundle, dir, bundleUrl, chunk, load);
  }
  return module.exports;
}
/** A dynamic import() of a chunk. */
function load(name) {
  return Promise.resolve(name).then(chunk);
}
function runMain() {
  modules.clear();
  chunk('cli.start');
}

// Only the build sets these (scripts/build-bundle.js): once this run is over, the CLI runs again for
// each further command line of SCHENGEN_CODE_CACHE_RUNS (JSON), one after the other in this process,
// so that the cache written at the end of each file holds the code that each of them compiled. The
// main file's cache goes to SCHENGEN_WRITE_CODE_CACHE; a chunk's beside it (chunks/NAME.cjs.cache).
const writeCache = process.env['SCHENGEN_WRITE_CODE_CACHE'];
if (writeCache) {
  const runs = JSON.parse(process.env['SCHENGEN_CODE_CACHE_RUNS'] || '[]');
  // The main file's cache is taken after the first SCHENGEN_CODE_CACHE_MAIN_RUNS further runs (all by
  // default): what the later ones compile there is left out of it, to keep it small.
  let mainRuns = Number(process.env['SCHENGEN_CODE_CACHE_MAIN_RUNS'] ?? runs.length);
  let mainCache;
  process.on('beforeExit', function next() {
    if (mainRuns-- === 0) mainCache = compiled[0].script.createCachedData();
    const args = runs.shift();
    if (args === undefined) {
      process.off('beforeExit', next);
      // The chunks no run loaded: the cache of their compiling (their top level).
      let files = [];
      try {
        files = readdirSync(chunkDir).filter((name) => name.endsWith('.cjs'));
      } catch {
        files = [];
      }
      for (const name of files) {
        const file = join(chunkDir, name);
        if (!compiled.some((entry) => entry.file === file)) compiled.push({ file, cacheFile: `${file}.cache`, script: new Script(readFileSync(file, 'latin1'), { filename: file }) });
      }
      for (const { file, cacheFile, script } of compiled) writeFileSync(file === bundle ? writeCache : cacheFile, file === bundle && mainCache !== undefined ? mainCache : script.createCachedData());
      return;
    }
    process.argv = [process.argv[0], process.argv[1], ...args];
    // An immediate keeps the loop alive for the run: one that needs no I/O ends in microtasks.
    setImmediate(runMain);
  });
}
// The build: which chunks did this run load (they go into the main file)?
const chunkLog = process.env['SCHENGEN_CHUNK_LOG'];
if (chunkLog) process.on('exit', () => appendFileSync(chunkLog, [...modules.keys()].map((name) => `${name}\n`).join('')));
// For the tests and the curious: was the cache used? With `all`, for every file the run compiled.
const report = process.env['SCHENGEN_REPORT_CODE_CACHE'];
if (report) {
  process.stderr.write(`code cache: ${compiled[0].cache}\n`);
  if (report === 'all') process.on('exit', () => process.stderr.write(compiled.slice(1).map((entry) => `code cache of chunks/${entry.file.slice(chunkDir.length + 1)}: ${entry.cache}\n`).join('')));
}
runMain();
