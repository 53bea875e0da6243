import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

/**
 * The package a stranger installs (issue 12): `npm pack` of a fresh copy of the repository (its files
 * as git lists them, and the build of those files when there is one), then `npm install -g` of that tarball into an empty prefix, and the
 * installed `schengen` run from there. Dependencies come from npm's cache when it has them. The same
 * installed copy is the library a project imports by name (`exports`, its .d.ts), and what serve and
 * mcp need at run time (web/; the answers' schemas are built in, not read from schema/).
 */
const run = promisify(execFile);
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'schengen-pack-'));
const clone = join(work, 'clone');
const prefix = join(work, 'prefix');
const installedBin = join(prefix, 'bin', 'schengen');
const installedPackage = join(prefix, 'lib', 'node_modules', 'schengen');
const project = join(work, 'consumer');

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
  // node_modules itself is left out: a work tree may hold it as a symbolic link git does not ignore.
  for (const file of stdout.split('\0').filter((name) => name !== '' && name !== 'node_modules')) {
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
  // The build of these very files, if there is one: `npm pack` builds only when the digest of the
  // inputs in dist/.build-stamp differs from the clone's (scripts/build-stamp.cjs), so a current build
  // is used as it is and a stale one is made again (issue 24: one build less in every npm test; .ci/run
  // builds a fresh clone from nothing).
  if (existsSync(join(projectRoot, 'dist', '.build-stamp'))) cpSync(join(projectRoot, 'dist'), join(clone, 'dist'), { recursive: true });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: clone, env: env(), maxBuffer: 16 * 1024 * 1024 });
  const report = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: PackedFile[] }[];
  packedFiles = report[0]?.files.map((file) => file.path) ?? [];
  const tarball = join(work, report[0]?.filename ?? 'missing.tgz');
  await run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: work, env: env() });
  // A project that depends on the installed package (its node_modules/schengen is that copy).
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  symlinkSync(installedPackage, join(project, 'node_modules', 'schengen'), 'dir');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed and installed package', { timeout: 120_000 }, () => {
  it('the tarball holds only what runs and what documents it: bin, the bundle and its code cache, the library, the schemas, web/, docs/, examples/, README, LICENSE, package.json', () => {
    expect(packedFiles).toContain('bin/schengen.js');
    expect(packedFiles).toContain('bin/package.json'); // makes bin/schengen.js CommonJS
    expect(packedFiles).toContain('dist/bundle/schengen.cjs');
    expect(packedFiles).toContain('dist/bundle/schengen.cjs.cache');
    expect(packedFiles).toContain('schema/status.schema.json');
    expect(packedFiles).toContain('LICENSE');
    expect(packedFiles).toContain('dist/lib/index.js');
    expect(packedFiles).toContain('dist/lib/index.d.ts');
    expect(packedFiles).toContain('web/page.js');
    expect(packedFiles).toContain('docs/commands.md');
    expect(packedFiles).toContain('examples/traveller.txt');
    // The CLI runs the bundle; the library is the part of tsc's output that dist/lib/index.js and
    // index.d.ts reach (no source maps, no test or bench files, no module only the CLI uses).
    const library = libraryClosure(installedPackage, ['dist/lib/index.js', 'dist/lib/index.d.ts']);
    expect(library.length).toBeGreaterThan(2);
    const allowed = (file: string) =>
      library.includes(file) ||
      /^(bin\/(schengen\.js|package\.json)|dist\/bundle\/(schengen\.cjs(\.cache)?|chunks\/[\w.-]+\.cjs(\.cache)?|batch-worker\.cjs|vendor-\w+\.cjs)|schema\/(input\/)?[\w-]+\.schema\.json|schema\/openapi\.json|web\/page\.(js|css)|docs\/[\w-]+\.md|examples\/[\w-]+\.(txt|json|ndjson|csv)|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/.test(file);
    expect(packedFiles.filter((file) => !allowed(file))).toEqual([]);
    expect(library.filter((file) => !packedFiles.includes(file))).toEqual([]);
  });

  it('the allowed set is narrow: a module only the CLI uses, a source map, a test are outside it', () => {
    const library = libraryClosure(installedPackage, ['dist/lib/index.js', 'dist/lib/index.d.ts']);
    for (const file of ['dist/cli/main.js', 'dist/serve/app.js', 'dist/mcp/tools.js', 'dist/lib/index.js.map', 'dist/bundle/schengen.cjs.map', 'test/lib/library.test.ts', 'bench/startup.js', 'src/lib/index.ts']) {
      expect(library).not.toContain(file);
    }
  });

  it('every file bin/ loads is in the tarball', () => {
    const bin = readFileSync(join(projectRoot, 'bin', 'schengen.js'), 'utf8');
    const loaded = [...bin.matchAll(/(?:import\s+|new URL\(|__dirname, )['"]\.\.\/([^'"]+)['"]/g)].map((match) => match[1]);
    expect(loaded).toContain('dist/bundle/schengen.cjs');
    for (const file of loaded) expect(packedFiles).toContain(file);
    // The chunks apart from the main file, each with its code cache, in dist/bundle/chunks/ (scripts/build-bundle.js).
    const chunkDir = join(projectRoot, 'dist', 'bundle', 'chunks');
    const chunks = readdirSync(chunkDir).map((name) => `dist/bundle/chunks/${name}`);
    expect(chunks).toContain('dist/bundle/chunks/messages.fr.index.cjs');
    expect(chunks).toContain('dist/bundle/chunks/messages.fr.index.cjs.cache');
    for (const file of chunks) expect(packedFiles).toContain(file);
    // The chunks require the libraries of the rarer commands from files beside the main one.
    const bundle = ['dist/bundle/schengen.cjs', ...chunks.filter((file) => file.endsWith('.cjs'))].map((file) => readFileSync(join(projectRoot, file), 'utf8')).join('\n');
    // (a chunk calls the require it is given through esbuild's helper: `__require)("./vendor-mcp.cjs")`)
    const vendor = [...new Set([...bundle.matchAll(/require\)?\("\.\/(vendor-\w+\.cjs)"\)/g)].map((match) => `dist/bundle/${match[1]}`))];
    expect(vendor).toContain('dist/bundle/vendor-mcp.cjs');
    for (const file of vendor) expect(packedFiles).toContain(file);
  });

  it('the installed package with its dependencies stays under 10 MB (it was 54 MB with date-holidays)', () => {
    const sizeOf = (path: string): number => {
      const stat = lstatSync(path);
      return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
    };
    expect(sizeOf(installedPackage)).toBeLessThan(10 * 1024 * 1024);
  });

  it('schengen --version from the installed prefix', async () => {
    const { stdout, stderr } = await run(installedBin, ['--version'], { cwd: work, env: env() });
    expect(stdout.trim()).toBe(version);
    expect(stderr).toBe('');
  });

  it('schengen status --json from the installed prefix', async () => {
    const { stdout, stderr } = await run(installedBin, ['status', '--stay', '2026-01-01..2026-03-21', '--on', '2026-03-25', '--json'], { cwd: work, env: env() });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 3, command: 'status', daysUsed: 80, daysRemaining: 10, fullStayPossibleFrom: '2026-06-20' });
  });

  it('schengen status as a table from the installed prefix (cli-table3 and chalk are in the bundle)', async () => {
    const { stdout, stderr } = await run(installedBin, ['status', '--stay', '2026-01-01..2026-03-21', '--on', '2026-03-25', '--lang', 'fr'], { cwd: work, env: env() });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^│ Jours utilisés +│ 80 sur 90 +│$/m);
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

/**
 * The files `entries` reach in a package directory through relative imports (static, dynamic and
 * type-only; a .js specifier in a .d.ts means the .d.ts beside it), as paths inside the package.
 */
function libraryClosure(root: string, entries: readonly string[]): string[] {
  const reached = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.\.?\/[^"']+)["']/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), match[1]!));
      queue.push(file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
    }
  }
  return [...reached].sort();
}

function runIn(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      // tsc writes its diagnostics to stdout.
      if (error !== null) reject(new Error(`${command} ${args.join(' ')}: ${stderr}${stdout}`));
      else resolve(stdout);
    });
  });
}

const CONSUMER = `
import { annex3, parseStampFile, status, InputError } from 'schengen';
import manifest from 'schengen/package.json' with { type: 'json' };
const stamps = parseStampFile('entry 2026-01-10 BE\\nexit 2026-02-20 BE\\n', 'anna.txt');
const standing = await status(stamps, { today: '2026-03-01' });
const declaration = await annex3({ stays: [] }, { today: '2026-12-24', arrival: '2026-12-24', entry: '2026-12-20' });
let error = null;
try { await status({ stays: [{ entry: '31.02.2026' }] }, { today: '2026-03-01' }); } catch (caught) { error = { typed: caught instanceof InputError, code: caught.code, field: caught.location.field }; }
console.log(JSON.stringify({ name: manifest.name, daysUsed: standing.daysUsed, deadline: declaration.declaration.deadline, error }));
`;

const TYPED_CONSUMER = `
import { apply, status, type StatusResult, type HistoryJson } from 'schengen';
const history: HistoryJson = { stays: [{ entry: '2026-01-10', exit: '2026-02-20' }] };
const result: StatusResult = await status(history, { on: '2026-03-01' });
const used: number = result.daysUsed;
const ok: boolean = result.verdict.ok;
// "today" is the old name of "on"; a Date is read as its calendar day.
await status(history, { today: new Date(2026, 2, 1), rules: 'ru-visa-free' });
const earliest: string = (await apply({ on: '2026-03-01', travel: '2026-09-01' })).lodging.earliest;
// The answers' types are written out in the declarations (scripts/library-types.js): no TypeBox needed.
const reading: 'total' | 'per180Days' | undefined = result.currentStay?.visa?.durationReading;
// @ts-expect-error an answer has only the fields of its schema
result.daysLeft;
// @ts-expect-error the reference day is required: the library never reads the clock
await status(history, {});
// @ts-expect-error not both names of the reference day
await status(history, { on: '2026-03-01', today: '2026-03-01' });
export { used, ok, earliest, reading };
`;

describe('the installed package as a library, serve and mcp', { timeout: 120_000 }, () => {
  it('installs, imports by name and computes', async () => {
    writeFileSync(join(project, 'consumer.mjs'), CONSUMER);
    const output = JSON.parse(await runIn(process.execPath, ['consumer.mjs'], project)) as unknown;
    expect(output).toEqual({ name: 'schengen', daysUsed: 42, deadline: '2026-12-30', error: { typed: true, code: 'date.noSuchDay', field: 'stays[0].entry' } });
  });

  // Issue 24: each `console.log(…); // OUTPUT` of the examples states what it prints.
  it.each(['README.md', 'docs/library.md'])('runs the library examples of %s as written, and they print what their comments say', async (document) => {
    const text = readFileSync(join(projectRoot, document), 'utf8');
    const examples = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThan(0);
    for (const [index, example] of examples.entries()) {
      const promised = [...example.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((match) => `${match[1]}\n`).join('');
      expect(promised).not.toBe('');
      const file = `${document.replace(/\W/g, '-')}-${index}.mjs`;
      writeFileSync(join(project, file), example);
      expect(await runIn(process.execPath, [file], project)).toBe(promised);
    }
  });

  it('package.json says where the project lives: repository, homepage, bugs', () => {
    const manifest = JSON.parse(readFileSync(join(installedPackage, 'package.json'), 'utf8')) as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\/\S+\.git$/);
    const home = manifest.repository!.url!.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(manifest.homepage).toBe(`${home}#readme`);
    expect(manifest.bugs?.url).toBe(`${home}/issues`);
  });

  it('the docs travel: every relative link of the installed README and docs/ names a file of the installed package', () => {
    const documents = ['README.md', ...readdirSync(join(installedPackage, 'docs')).map((name) => `docs/${name}`)];
    expect(documents).toContain('docs/json.md');
    const dead: string[] = [];
    for (const document of documents) {
      const text = readFileSync(join(installedPackage, document), 'utf8');
      for (const [, link] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(link!)) continue;
        const target = posix.normalize(posix.join(posix.dirname(document), link!));
        if (!existsSync(join(installedPackage, target))) dead.push(`${document}: ${link}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('ships what serve and mcp need at run time (web/; the output schemas are in the bundle)', async () => {
    const bin = join(installedPackage, 'bin/schengen.js');
    const server = spawn(process.execPath, [bin, 'serve', '--on', '2026-12-20'], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(http:\/\/\S+)/.exec(out);
          if (match !== null) resolve(match[1]!);
        });
        server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(await (await fetch(`${url}page.js`)).text()).toContain('window.print()');
    } finally {
      server.kill('SIGTERM');
    }
    const requests = [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    ];
    const answers = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [bin, 'mcp'], { cwd: project }, (error, stdout) => (error === null ? resolve(stdout) : reject(error)));
      child.stdin!.end(requests.map((request) => JSON.stringify(request)).join('\n') + '\n');
    });
    const list = answers.trim().split('\n').map((line) => JSON.parse(line) as { id: number; result: { tools?: { name: string }[] } }).find((answer) => answer.id === 2);
    expect(list!.result.tools!.map((tool) => tool.name)).toEqual(['status', 'plan', 'next', 'annex3', 'calendar', 'apply', 'visa', 'rules', 'check', 'explain']);
  });

  it('ships types a strict TypeScript project accepts', async () => {
    writeFileSync(join(project, 'consumer.ts'), TYPED_CONSUMER);
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    // No @types/node and every declaration file checked (issue 19): a browser or Deno consumer compiles too.
    const config = { compilerOptions: { noEmit: true, strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, files: ['consumer.ts'] };
    writeFileSync(join(project, 'tsconfig.consumer.json'), JSON.stringify(config));
    await runIn(process.execPath, [tsc, '-p', 'tsconfig.consumer.json'], project);
  });
});
