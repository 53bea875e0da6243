// npm run build: a clean build of dist/ (tsc, the library's file list, the bundles and their code
// cache), then dist/.build-stamp (scripts/build-stamp.cjs). With --if-stale (npm install, npm pack,
// npm test, npm run bench) only when dist/ is not the build of the inputs there are now (issue 24).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { buildIsCurrent, takeStamp, writeStamp } = require('./build-stamp.cjs');
const root = fileURLToPath(new URL('..', import.meta.url));

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

try {
  if (!process.argv.includes('--if-stale') || !buildIsCurrent()) {
    // The inputs as they are when the build starts: a file saved during the build makes the next one run.
    const stamp = takeStamp();
    rmSync(`${root}dist`, { recursive: true, force: true });
    run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    run(['scripts/library-types.js']);
    run(['scripts/library-files.js']);
    run(['scripts/build-bundle.js']);
    writeStamp(stamp);
  }
} catch (error) {
  process.stderr.write(`schengen build: ${error.message}\n`);
  process.exitCode = 1;
}
