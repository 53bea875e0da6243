import { execFile } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

/**
 * The package a stranger installs (issue 12): `npm pack` of a fresh copy of the repository (its files
 * as git lists them, no dist/), then `npm install -g` of that tarball into an empty prefix, and the
 * installed `schengen` run from there. Dependencies come from npm's cache when it has them.
 */
const run = promisify(execFile);
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'schengen-pack-'));
const clone = join(work, 'clone');
const prefix = join(work, 'prefix');
const installedBin = join(prefix, 'bin', 'schengen');

/** npm and node with a clean environment: no npm_* variables of the `npm test` that started us. */
function env(): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) clean[key] = value;
  return { ...clean, TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests' };
}

interface PackedFile {
  readonly path: string;
}
let packedFiles: string[] = [];

beforeAll(async () => {
  // A fresh clone: the files git knows (committed or not ignored), without dist/ or node_modules.
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
  for (const file of stdout.split('\0').filter((name) => name !== '')) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    try {
      cpSync(join(projectRoot, file), join(clone, file));
    } catch (error) {
      // A file deleted in the work tree but still in the index is not part of the clone.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // The development tools a clone gets from `npm install` (the build needs tsc and esbuild).
  symlinkSync(join(projectRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: clone, env: env(), maxBuffer: 16 * 1024 * 1024 });
  const report = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: PackedFile[] }[];
  packedFiles = report[0]?.files.map((file) => file.path) ?? [];
  const tarball = join(work, report[0]?.filename ?? 'missing.tgz');
  await run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: work, env: env() });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed and installed package', { timeout: 120_000 }, () => {
  it('the tarball holds only what runs: bin, the bundle and its code cache, the schemas, README, LICENSE, package.json', () => {
    expect(packedFiles).toContain('bin/schengen.js');
    expect(packedFiles).toContain('dist/bundle/schengen.cjs');
    expect(packedFiles).toContain('dist/bundle/schengen.cjs.cache');
    expect(packedFiles).toContain('schema/status.schema.json');
    expect(packedFiles).toContain('LICENSE');
    const unexpected = packedFiles.filter((file) => !/^(bin\/schengen\.js|dist\/bundle\/(schengen\.cjs(\.cache)?|batch-worker\.cjs)|schema\/[\w-]+\.schema\.json|README\.md|LICENSE|package\.json)$/.test(file));
    expect(unexpected).toEqual([]);
  });

  it('every file bin/ loads is in the tarball', () => {
    const bin = readFileSync(join(projectRoot, 'bin', 'schengen.js'), 'utf8');
    const loaded = [...bin.matchAll(/(?:import\s+|new URL\()['"]\.\.\/([^'"]+)['"]/g)].map((match) => match[1]);
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) expect(packedFiles).toContain(file);
  });

  it('the installed package with its dependencies stays under 10 MB (it was 54 MB with date-holidays)', () => {
    const sizeOf = (path: string): number => {
      const stat = lstatSync(path);
      return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
    };
    expect(sizeOf(join(prefix, 'lib', 'node_modules', 'schengen'))).toBeLessThan(10 * 1024 * 1024);
  });

  it('schengen --version from the installed prefix', async () => {
    const { stdout, stderr } = await run(installedBin, ['--version'], { cwd: work, env: env() });
    expect(stdout.trim()).toBe(version);
    expect(stderr).toBe('');
  });

  it('schengen status --json from the installed prefix', async () => {
    const { stdout, stderr } = await run(installedBin, ['status', '--stay', '2026-01-01..2026-03-21', '--on', '2026-03-25', '--json'], { cwd: work, env: env() });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, command: 'status', daysUsed: 80, daysRemaining: 10, fullStayPossibleFrom: '2026-06-20' });
  });

  it('the code cache made by the build is accepted by V8 in the installed copy', async () => {
    const { stderr } = await run(installedBin, ['--version'], { cwd: work, env: { ...env(), SCHENGEN_REPORT_CODE_CACHE: '1' } });
    expect(stderr).toBe('code cache: accepted\n');
  });

  it('schengen annex3 from the installed prefix (the holidays ship with it)', async () => {
    const { stdout } = await run(installedBin, ['annex3', '--arrival', '2026-12-24', '--on', '2026-12-24', '--json'], { cwd: work, env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ declaration: { deadline: '2026-12-30' } });
  });
});
