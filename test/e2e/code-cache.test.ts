import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The main file holds what `status --json` in English runs; the table and the calendar add one file
 * (chunks/terminal.cjs); every other language, command and door is a chunk of its own, read only by a
 * run that asks for it, each with its own cache (scripts/build-bundle.js). SCHENGEN_REPORT_CODE_CACHE=all
 * names every file a run compiled after the main one.
 */
describe('the chunks a run reads', () => {
  async function filesRead(args: readonly string[]): Promise<string[]> {
    const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C', NO_COLOR: '1', XDG_CONFIG_HOME: '/nonexistent/schengen-tests', XDG_DATA_HOME: '/nonexistent/schengen-tests', SCHENGEN_REPORT_CODE_CACHE: 'all' };
    const { stderr } = await run(process.execPath, [join(projectRoot, 'bin', 'schengen.js'), ...args], { env });
    return stderr.trim().split('\n');
  }
  const stay = ['--stay', '2026-01-01..2026-03-21', '--on', '2026-03-25'];

  it('status --json in English: the main file alone', async () => {
    expect(await filesRead(['status', ...stay, '--json'])).toEqual(['code cache: accepted']);
  });

  it('the status table and the calendar in English: the main file and chunks/terminal.cjs, each with its cache', async () => {
    const terminal = ['code cache: accepted', 'code cache of chunks/terminal.cjs: accepted'];
    expect(await filesRead(['status', ...stay])).toEqual(terminal);
    expect(await filesRead(['calendar', ...stay])).toEqual(terminal);
  });

  it.each([
    ['fr', 'messages.fr.index'],
    ['nl', 'messages.nl.index'],
    ['de', 'messages.de.index'],
  ])('status --json --lang %s: that language\'s messages alone, with their cache', async (lang, chunk) => {
    expect(await filesRead(['status', ...stay, '--json', '--lang', lang])).toEqual(['code cache: accepted', `code cache of chunks/${chunk}.cjs: accepted`]);
  });

  it('the main file holds no other language, door or rarer command: each is in a chunk of its own', () => {
    const main = readFileSync(join(projectRoot, 'dist', 'bundle', 'schengen.cjs'), 'utf8');
    const chunkDir = join(projectRoot, 'dist', 'bundle', 'chunks');
    const chunks = readdirSync(chunkDir)
      .filter((name) => name.endsWith('.cjs'))
      .map((name) => readFileSync(join(chunkDir, name), 'utf8'))
      .join('\n');
    // A table label of each language (daysUsed in src/messages/<lang>/table.ts; the build writes non-ASCII
    // letters as escapes), and a function of each door or rarer command.
    for (const text of ['"Gebruikte dagen"', '"Genutzte Tage"', '"Jours utilis', 'function createMcpServer(', 'function runBatch(', 'function runServeCommand(', 'function renderAnnex3Html(', 'function renderStatementTable(', 'function definitionsUsedBy(']) {
      expect(main).not.toContain(text);
      expect(chunks).toContain(text);
    }
  });
});
