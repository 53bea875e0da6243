'use strict';
// Whether dist/ is the build of the inputs there are now (issue 24), for `npm start`, `npm install`,
// `npm pack` and `npm test`, which build only when it is not. CommonJS, like bin/schengen.js: `npm
// start` runs the CLI in the same process right after this check (scripts/start.cjs).
//
// What the build is made from: every file under src/ and bin/, the build scripts, examples/traveller.txt
// (the code cache is made by running it), package.json, the lock file (a changed dependency changes
// it) and the tsconfig files; and the Node and V8 versions, since a code cache made by another V8 is
// rejected. dist/.build-stamp holds a digest of the names and contents of those files, written once
// the build has succeeded. Contents, not times, decide: npm rewrites the lock file on every install,
// and git gives a checked-out file the time of the checkout. Times only spare the reading: the stamp
// also holds the latest status change (ctime) of the inputs and their folders when the digest was
// taken; while none is later, nothing was written, added, removed or renamed (a ctime cannot be set
// back, unlike a modification time), and the digest is not computed again.
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stampFile = join(root, 'dist', '.build-stamp');
const INPUT_TREES = ['src', 'bin'];
const INPUT_FILES = [
  'scripts/build.js',
  'scripts/build-stamp.cjs',
  'scripts/build-bundle.js',
  'scripts/library-files.js',
  'examples/traveller.txt',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];
const RUNTIME = `node ${process.versions.node} v8 ${process.versions.v8}`;

/** The input files (paths from the root, sorted) and the latest ctime among them and their folders. */
function inputs() {
  const files = [...INPUT_FILES];
  let newest = 0;
  const see = (path) => {
    try {
      newest = Math.max(newest, statSync(join(root, path)).ctimeMs);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  };
  for (const tree of INPUT_TREES) {
    see(tree);
    for (const entry of readdirSync(join(root, tree), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1).split('\\').join('/');
      if (entry.isFile()) files.push(path);
      see(path);
    }
  }
  for (const file of INPUT_FILES) see(file);
  return { files: files.sort(), newest };
}

/** The digest of the runtime and of the names and contents of the files. */
function digestOf(files) {
  const hash = createHash('sha256').update(`${RUNTIME}\n`);
  for (const file of files) {
    let content;
    try {
      content = readFileSync(join(root, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      content = Buffer.from('(missing)');
    }
    hash.update(`${file}\n${content.length}\n`).update(content);
  }
  return hash.digest('hex');
}

/**
 * The state of the inputs now, to be written once the build has succeeded. A change in the last two
 * seconds is not recorded as seen: a file saved in the same clock tick, after it was read, would not
 * look later.
 */
function takeStamp() {
  const { files, newest } = inputs();
  return { runtime: RUNTIME, digest: digestOf(files), seen: newest < Date.now() - 2000 ? newest : 0 };
}

function writeStamp(stamp) {
  writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
}

function buildIsCurrent() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  if (stamp.runtime !== RUNTIME) return false;
  const { files, newest } = inputs();
  if (newest <= stamp.seen) return true;
  if (digestOf(files) !== stamp.digest) return false;
  // The same inputs, touched: remember that they were seen, so that the next check only looks at times.
  if (newest < Date.now() - 2000) writeStamp({ ...stamp, seen: newest });
  return true;
}

module.exports = { buildIsCurrent, takeStamp, writeStamp };
