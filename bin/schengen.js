#!/usr/bin/env node
'use strict';
// Runs the CLI, one CommonJS bundle (dist/bundle/schengen.cjs, see scripts/build-bundle.js), with the
// V8 code cache made when it was built: V8 then skips most of the parsing and compiling. A cache that
// does not fit this Node (another V8 version or flags) is rejected by V8, and the bundle compiles as usual.
// This file is CommonJS (bin/package.json): an ES module entry point would load Node's ES module
// loader first, a few milliseconds of every start (issue 12).
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundle = join(__dirname, '../dist/bundle/schengen.cjs');
let cachedData;
try {
  cachedData = readFileSync(`${bundle}.cache`);
} catch {
  cachedData = undefined;
}
const wrapper = `(function (require, module, exports, __filename, __dirname, __schengenImportMetaUrl) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(wrapper, { filename: bundle, cachedData });
const bundleRequire = createRequire(bundle);
function runBundle() {
  const bundleModule = { exports: {} };
  script.runInThisContext()(bundleRequire, bundleModule, bundleModule.exports, bundle, dirname(bundle), pathToFileURL(bundle).href);
}
// Only the build sets these (scripts/build-bundle.js): once this run is over, the bundle runs again
// for each further command line of SCHENGEN_CODE_CACHE_RUNS (JSON), one after the other in this
// process, so that the cache written at the end holds the code that each of them compiled.
const writeCache = process.env['SCHENGEN_WRITE_CODE_CACHE'];
if (writeCache) {
  const runs = JSON.parse(process.env['SCHENGEN_CODE_CACHE_RUNS'] || '[]');
  process.on('beforeExit', function next() {
    const args = runs.shift();
    if (args === undefined) {
      process.off('beforeExit', next);
      writeFileSync(writeCache, script.createCachedData());
      return;
    }
    process.argv = [process.argv[0], process.argv[1], ...args];
    // An immediate keeps the loop alive for the run: one that needs no I/O ends in microtasks.
    setImmediate(runBundle);
  });
}
// For the tests and the curious: was the cache used?
if (process.env['SCHENGEN_REPORT_CODE_CACHE']) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
runBundle();
