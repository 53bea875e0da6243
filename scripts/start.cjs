'use strict';
// npm start: builds when dist/ is not the build of the sources there are now (scripts/build-stamp.cjs),
// then runs the CLI in this same process with the arguments given, as bin/schengen.js would (issue 24:
// a second `npm start` costs npm, a few file times and the command; no second Node).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { buildIsCurrent } = require('./build-stamp.cjs');

let built = true;
if (!buildIsCurrent()) {
  const result = spawnSync(process.execPath, [join(__dirname, 'build.js')], { stdio: 'inherit' });
  built = result.status === 0;
  if (!built) process.exitCode = result.status ?? 1;
}
if (built) {
  const bin = join(__dirname, '..', 'bin', 'schengen.js');
  process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
  require(bin);
}
