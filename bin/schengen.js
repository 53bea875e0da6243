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
// Only the build sets this: it writes the cache once the first run is over.
const writeCache = process.env['SCHENGEN_WRITE_CODE_CACHE'];
if (writeCache) process.once('beforeExit', () => writeFileSync(writeCache, script.createCachedData()));
// For the tests and the curious: was the cache used?
if (process.env['SCHENGEN_REPORT_CODE_CACHE']) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
const bundleModule = { exports: {} };
script.runInThisContext()(createRequire(bundle), bundleModule, bundleModule.exports, bundle, dirname(bundle), pathToFileURL(bundle).href);
