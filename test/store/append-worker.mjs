// A log writer for the concurrency test: appends `count` numbered lines to the file, each under
// the lock with the same read–change–replace steps as `schengen log` (built modules in dist/).
import { readFile } from 'node:fs/promises';
import { withFileLock } from '../../dist/store/lock.js';
import { writeFileAtomically } from '../../dist/store/atomic-file.js';

const [path, name, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i += 1) {
  await withFileLock(path, async () => {
    const before = await readFile(path, 'latin1').catch(() => '');
    await writeFileAtomically(path, Buffer.from(`${before}${name} ${i}\n`, 'latin1'));
  });
}
