import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLogRemoveCommand } from '../../src/cli/commands/log.js';
import { FileError } from '../../src/errors.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('log: a failing disk is a file error (exit 4), the file unchanged', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO'])('%s while writing', async (code) => {
    const dir = await mkdtemp(join(tmpdir(), 'schengen-log-fault-'));
    made.push(dir);
    const path = join(dir, 'stamps.txt');
    const before = 'entry 2026-01-01\nexit 2026-01-05\n# note\n';
    await writeFile(path, before);
    const failure = Object.assign(new Error(`${code}: simulated`), { code, syscall: 'write' });
    const attempt = runLogRemoveCommand('2', { file: path, on: '2026-03-01' }, {
      beforeRename: () => {
        throw failure;
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(FileError);
    await expect(attempt).rejects.toMatchObject({ code: 'file.unwritable', exitCode: 4, params: { code } });
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp') || name.includes('.lock'))).toEqual([]);
  });
});
