import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/store/atomic-file.js';
import { withFileLock } from '../../src/store/lock.js';

const made: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-store-'));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('writeFileAtomically', () => {
  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = await scratch();
    const path = join(dir, 'stamps.txt');
    await writeFile(path, 'entry 2026-01-01\n');
    await writeFileAtomically(path, 'entry 2026-01-01\nexit 2026-01-05\n');
    expect(await readFile(path, 'utf8')).toBe('entry 2026-01-01\nexit 2026-01-05\n');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('entry 2026-01-01\n');
    expect((await readdir(dir)).sort()).toEqual(['stamps.txt', 'stamps.txt.bak']);
  });

  it('creates the directory and the file when they do not exist', async () => {
    const path = join(await scratch(), 'deeper', 'stamps.txt');
    await writeFileAtomically(path, 'x\n');
    expect(await readFile(path, 'utf8')).toBe('x\n');
  });

  it('a crash between writing and renaming leaves the old file byte-identical', async () => {
    const dir = await scratch();
    const path = join(dir, 'stamps.txt');
    const old = Buffer.from('entry 2026-01-01\r\nexit 2026-01-05 # é\n');
    await writeFile(path, old);
    const crash = new Error('power cut');
    await expect(
      writeFileAtomically(path, 'something else entirely\n', {
        beforeRename: async () => {
          // The new text is complete on disk at this point, under another name.
          const temporary = (await readdir(dir)).find((name) => name.endsWith('.tmp'))!;
          expect(await readFile(join(dir, temporary), 'utf8')).toBe('something else entirely\n');
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(Buffer.compare(await readFile(path), old)).toBe(0);
  });
});

describe('withFileLock', () => {
  it('runs one holder at a time and removes the lock afterwards', async () => {
    const path = join(await scratch(), 'stamps.txt');
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(path, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(' in', ' out'));
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const path = join(await scratch(), 'stamps.txt');
    await writeFile(`${path}.lock`, '999999999');
    expect(await withFileLock(path, async () => 'done')).toBe('done');
  });
});
