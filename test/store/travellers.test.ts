import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { listTravellerFiles, travellerFile, travellerFileName, travellersDirectory } from '../../src/store/travellers.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function dataHome(): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-traveller-names-'));
  made.push(dir);
  const env = { XDG_DATA_HOME: dir };
  await mkdir(travellersDirectory(env), { recursive: true });
  return env;
}

describe('traveller names (issue 20: every file the tool writes is listed)', () => {
  it.each([
    // "İ".toLowerCase() is "i" and a combining dot above (U+0307): a mark, which the listing refused.
    ['İpek', 'i\u0307pek.txt'],
    ['Anna', 'anna.txt'],
    ['Jan Peeters', 'jan peeters.txt'],
    // Typed decomposed (e and a combining diaeresis), kept composed (NFC): one file whichever way it is typed.
    ['Zoe\u0308', 'zo\u00eb.txt'],
    ['Zo\u00eb', 'zo\u00eb.txt'],
    // Letters of any script, with their vowel signs (marks): a Hindi and a Greek name.
    ['प्रिया', 'प्रिया.txt'],
    ['ΣΊΣΥΦΟΣ', 'σίσυφος.txt'],
  ])('%s is written as %s, and that file is listed under that name', async (name, file) => {
    const env = await dataHome();
    expect(travellerFileName(name)).toBe(file);
    await writeFile(travellerFile(name, env), 'entry 2026-01-01\n');
    const listed = await listTravellerFiles(env);
    expect(listed.slice(1)).toEqual([{ name: file.slice(0, -'.txt'.length), file: join(travellersDirectory(env), file) }]);
  });

  it('a name is normalised once: its file name is its own file name', () => {
    for (const name of ['İpek', 'Zoe\u0308', 'ΣΊΣΥΦΟΣ', 'प्रिया', 'Anna']) {
      const once = travellerFileName(name).slice(0, -'.txt'.length);
      expect(travellerFileName(once)).toBe(`${once}.txt`);
    }
  });

  it.each(['../x', 'a/b', '\u0307ipek', '-x', 'nul', '', ' ', 'a\u202eb', 'x'.repeat(65)])('%j cannot be a traveller', (name) => {
    expect(() => travellerFileName(name)).toThrowError(UsageError);
  });

  it('a file the tool could not have written (another name form) is not listed', async () => {
    const env = await dataHome();
    await writeFile(join(travellersDirectory(env), '.hidden.txt'), '');
    await writeFile(join(travellersDirectory(env), 'notes.md'), '');
    expect((await listTravellerFiles(env)).slice(1)).toEqual([]);
  });
});
