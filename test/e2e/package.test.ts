import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

/**
 * The library as a user gets it: `npm pack` (of the built dist/; `npm test` builds first), installed
 * into a new project from the npm cache, imported by name, and type-checked against its .d.ts.
 */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`${command} ${args.join(' ')}: ${stderr}`));
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
import { status, type StatusResult, type HistoryJson } from 'schengen';
const history: HistoryJson = { stays: [{ entry: '2026-01-10', exit: '2026-02-20' }] };
const result: StatusResult = await status(history, { today: '2026-03-01' });
const used: number = result.daysUsed;
// @ts-expect-error "today" is required: the library never reads the clock
await status(history, {});
export { used };
`;

let project: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'schengen-pack-'));
  const packed = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], projectRoot)) as { filename: string }[];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', join(project, packed[0]!.filename)], project);
}, 180_000);

afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

describe('the packed library', () => {
  it('installs, imports by name and computes', async () => {
    writeFileSync(join(project, 'consumer.mjs'), CONSUMER);
    const output = JSON.parse(await run(process.execPath, ['consumer.mjs'], project)) as unknown;
    expect(output).toEqual({ name: 'schengen', daysUsed: 42, deadline: '2026-12-30', error: { typed: true, code: 'date.noSuchDay', field: 'stays[0].entry' } });
  });

  it('runs the README example as written', async () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const example = /### Use as a library\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(project, 'readme-example.mjs'), example!);
    expect(await run(process.execPath, ['readme-example.mjs'], project)).toBe('date.noSuchDay stays[0].entry\n');
  });

  it('ships what serve and mcp read at run time (web/, schema/)', async () => {
    const bin = join(project, 'node_modules/schengen/bin/schengen.js');
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
    expect(list!.result.tools!.map((tool) => tool.name)).toEqual(['status', 'plan', 'next', 'annex3', 'explain']);
  });

  it('ships types a strict TypeScript project accepts', async () => {
    writeFileSync(join(project, 'consumer.ts'), TYPED_CONSUMER);
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(projectRoot, 'node_modules/@types'), 'consumer.ts'], project);
  });
});
