import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * scripts/build-stamp.cjs (issue 24): npm start, npm install, npm pack and npm test build only when
 * dist/ is not the build of the inputs there are now. Checked in process on a small stand-in
 * for the project, with the real script.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
/** A small stand-in for the project: what the digest covers, a few bytes each. */
const FILES: Record<string, string> = {
  'src/errors.ts': 'export class UserError {}\n',
  'src/core/reports.ts': 'export {};\n',
  'bin/schengen.js': "'use strict';\n",
  'scripts/build-bundle.js': '// bundle\n',
  'package.json': '{}\n',
  'package-lock.json': '{}\n',
};

interface BuildStamp {
  buildIsCurrent(): boolean;
  takeStamp(): { runtime: string; digest: string; seen: number };
  writeStamp(stamp: object): void;
}

let copy: string;
let stamp: BuildStamp;

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'schengen-stamp-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(copy, file, '..'), { recursive: true });
    writeFileSync(join(copy, file), text);
  }
  cpSync(join(root, 'scripts', 'build-stamp.cjs'), join(copy, 'scripts', 'build-stamp.cjs'));
  mkdirSync(join(copy, 'dist'));
  stamp = createRequire(import.meta.url)(join(copy, 'scripts', 'build-stamp.cjs')) as BuildStamp;
});

afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe('whether dist/ is the build of the inputs there are now', () => {
  it('no stamp: not built', () => {
    expect(stamp.buildIsCurrent()).toBe(false);
  });

  it('just built: current; a file only touched is still current', () => {
    stamp.writeStamp(stamp.takeStamp());
    expect(stamp.buildIsCurrent()).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(copy, 'src', 'errors.ts'), later, later);
    utimesSync(join(copy, 'package-lock.json'), later, later);
    expect(stamp.buildIsCurrent()).toBe(true);
  });

  it.each([
    ['a source changed', () => writeFileSync(join(copy, 'src', 'errors.ts'), `${readFileSync(join(copy, 'src', 'errors.ts'), 'utf8')}\n// changed\n`)],
    ['a source added', () => writeFileSync(join(copy, 'src', 'core', 'new-module.ts'), 'export {};\n')],
    ['a source removed', () => rmSync(join(copy, 'src', 'core', 'reports.ts'))],
    ['a dependency changed (the lock file)', () => writeFileSync(join(copy, 'package-lock.json'), `${readFileSync(join(copy, 'package-lock.json'), 'utf8')} `)],
    ['the build script changed', () => writeFileSync(join(copy, 'scripts', 'build-bundle.js'), `${readFileSync(join(copy, 'scripts', 'build-bundle.js'), 'utf8')}\n`)],
    ['the launcher changed (the code cache fits its wrapper)', () => writeFileSync(join(copy, 'bin', 'schengen.js'), `${readFileSync(join(copy, 'bin', 'schengen.js'), 'utf8')}\n`)],
  ])('%s: not current', (_what, change) => {
    stamp.writeStamp(stamp.takeStamp());
    change();
    expect(stamp.buildIsCurrent()).toBe(false);
  });

  it('a build by another Node is not current (its code cache would be rejected)', () => {
    stamp.writeStamp({ ...stamp.takeStamp(), runtime: 'node 18.0.0 v8 10.2' });
    expect(stamp.buildIsCurrent()).toBe(false);
  });

  it('the times only spare reading: a change after the times seen is read, even with the digest unchanged in the stamp', () => {
    // As if the stamp had been written long after the last change (the shortcut is then taken):
    // "seen" is the latest change time at that moment.
    const taken = stamp.takeStamp();
    const seenLongAgo = { ...taken, seen: Date.now() - 10_000 };
    stamp.writeStamp(seenLongAgo);
    writeFileSync(join(copy, 'src', 'errors.ts'), '// replaced\n');
    expect(stamp.buildIsCurrent()).toBe(false);
  });

  it('while no input changed after the times seen, nothing is read (a stamp claiming a later time is believed)', () => {
    stamp.writeStamp({ ...stamp.takeStamp(), seen: Date.now() + 3_600_000 });
    writeFileSync(join(copy, 'src', 'errors.ts'), '// replaced\n');
    expect(stamp.buildIsCurrent()).toBe(true);
  });
});
