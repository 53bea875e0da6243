import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

/**
 * The V8 code cache beside the bundle is an optimisation only: a cache V8 cannot use (made by another
 * Node, cut short, or missing) must leave the CLI exactly as correct. A copy of bin/ and dist/bundle/
 * with the node_modules of the project runs with each kind of cache.
 */
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'schengen-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyWithCache(name: string, cache: Buffer | null): string {
  const dir = join(work, name);
  cpSync(join(projectRoot, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(projectRoot, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
  cpSync(join(projectRoot, 'package.json'), join(dir, 'package.json'));
  const cacheFile = join(dir, 'dist', 'bundle', 'schengen.cjs.cache');
  if (cache === null) rmSync(cacheFile);
  else writeFileSync(cacheFile, cache);
  return join(dir, 'bin', 'schengen.js');
}

async function statusWith(bin: string) {
  // NODE_PATH: the copy has no node_modules of its own; the libraries are the project's.
  const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C', NODE_PATH: join(projectRoot, 'node_modules'), SCHENGEN_REPORT_CODE_CACHE: '1' };
  const { stdout, stderr } = await run(process.execPath, [bin, 'status', '--stay', '2026-01-01..2026-03-21', '--on', '2026-03-25', '--json'], { env });
  return { cache: stderr.trim(), status: JSON.parse(stdout) as Record<string, unknown> };
}

describe('the code cache', () => {
  const good = readFileSync(join(projectRoot, 'dist', 'bundle', 'schengen.cjs.cache'));

  it('the build\'s own cache is accepted', async () => {
    const { cache, status } = await statusWith(copyWithCache('good', good));
    expect(cache).toBe('code cache: accepted');
    expect(status).toMatchObject({ daysUsed: 80, fullStayPossibleFrom: '2026-06-20' });
  });

  it.each([
    // Cut short, as an interrupted copy leaves it (V8 checks the length; it does not check the bytes
    // themselves in release builds, so a cache damaged in place would stop Node like a damaged bundle).
    ['truncated', good.subarray(0, Math.floor(good.length / 2))],
    ['of another kind (random bytes)', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256))],
    ['empty', Buffer.alloc(0)],
  ])('a cache that is %s is rejected by V8, and the answer is the same', async (name, bytes) => {
    const { cache, status } = await statusWith(copyWithCache(name.split(' ')[0]!, bytes));
    expect(cache).toBe('code cache: rejected');
    expect(status).toMatchObject({ daysUsed: 80, fullStayPossibleFrom: '2026-06-20' });
  });

  it('a cache made under other V8 flags (as another Node version would differ) is rejected, the answer the same', async () => {
    const bin = copyWithCache('other-flags', good);
    const cacheFile = join(work, 'other-flags', 'dist', 'bundle', 'schengen.cjs.cache');
    await run(process.execPath, ['--no-flush-bytecode', bin, '--version'], { env: { PATH: process.env['PATH'] ?? '', SCHENGEN_WRITE_CODE_CACHE: cacheFile } });
    expect(readFileSync(cacheFile).equals(good)).toBe(false);
    const { cache, status } = await statusWith(bin);
    expect(cache).toBe('code cache: rejected');
    expect(status).toMatchObject({ daysUsed: 80, fullStayPossibleFrom: '2026-06-20' });
  });

  it('no cache at all: compiled as usual', async () => {
    const { cache, status } = await statusWith(copyWithCache('none', null));
    expect(cache).toBe('code cache: none');
    expect(status).toMatchObject({ daysUsed: 80 });
  });
});
