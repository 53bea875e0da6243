import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, STACK_TRACE } from './run-cli.js';

/**
 * Issue 24: every command in a ```sh block of the README and of docs/ runs as written from the
 * repository root, with `schengen` on the PATH: it exits 0, or the code a trailing `# exits N`
 * names. A line `$ COMMAND` is followed by its output (stdout and stderr, as a terminal shows them),
 * which must be exactly what the command prints. The commands of one block run in one shell, in
 * order (an `export` holds for the rest of its block); the blocks run in two shells, from a copy of
 * the repository root (its entries linked, so that a command writing `> file` writes there).
 *
 * Not run: the set-up commands of a clone (npm, git, with or without settings in front: `npm run
 * bench` and `BENCH_PERSONS=100000 npm run bench` build, then take minutes of both cores, and a
 * build here would replace the dist/ the other tests run), the benchmarks themselves (`node
 * bench/…`), and `schengen serve`, which runs until
 * stopped (marked `# runs until Ctrl-C`); the curl examples of docs/server.md run against a server
 * this test starts, at its own address instead of 127.0.0.1:8080. An optional tool that is not
 * installed here (GNU parallel, jq) leaves its lines unrun, and only those.
 */
const documents = ['README.md', ...readdirSync(join(projectRoot, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
const SETUP = /^([A-Z][A-Z0-9_]*=\S* )*(npm|git|cd) /;
const BENCHMARK = /^([A-Z][A-Z0-9_]*=\S* )*node bench\//;
const UNTIL_STOPPED = '# runs until Ctrl-C';
const OPTIONAL_TOOLS = ['parallel', 'jq'];
/** The questions whose answer depends on the reference day: each example gives it with --on. */
const DATED = /\bschengen (status|plan|next|annex3|calendar|ics|apply|batch|check|statement|log (entry|exit|visa|permit|mrz|remove|trip|edit))\b/

interface Example {
  readonly where: string;
  readonly block: number;
  readonly command: string;
  readonly exitCode: number;
  /** The output shown after a `$ ` line, or undefined for a bare command. */
  readonly shown: string | undefined;
}

/** The examples of one document, block by block. */
function examplesOf(document: string, text: string, firstBlock: number): Example[] {
  const examples: Example[] = [];
  let block = firstBlock;
  for (const match of text.matchAll(/^( *)```sh\n([\s\S]*?)^\1```$/gm)) {
    const lineOfBlock = text.slice(0, match.index).split('\n').length + 1;
    const indent = match[1]!.length;
    const lines = match[2]!.split('\n').map((line) => line.slice(indent));
    let current: { command: string; line: number; output: string[] | undefined } | undefined;
    const flush = () => {
      if (current === undefined) return;
      const exits = /#\s*exits (\d+)\s*$/.exec(current.command);
      examples.push({
        where: `${document}:${current.line}`,
        block,
        command: current.command,
        exitCode: exits === null ? 0 : Number(exits[1]),
        shown: current.output === undefined ? undefined : current.output.join('\n').trimEnd(),
      });
      current = undefined;
    };
    lines.forEach((line, index) => {
      if (line.startsWith('$ ')) {
        flush();
        current = { command: line.slice(2), line: lineOfBlock + index, output: [] };
      } else if (current?.output !== undefined) {
        current.output.push(line);
      } else if (line.trim() !== '' && !line.trim().startsWith('#')) {
        flush();
        current = { command: line, line: lineOfBlock + index, output: undefined };
        flush();
      }
    });
    flush();
    block += 1;
  }
  return examples;
}

const examples = documents.flatMap((document, index) => examplesOf(document, readFileSync(join(projectRoot, document), 'utf8'), index * 1000));
const isRun = (example: Example) => !SETUP.test(example.command) && !BENCHMARK.test(example.command) && !example.command.includes(UNTIL_STOPPED);
const missingTools = OPTIONAL_TOOLS.filter((tool) => !process.env['PATH']?.split(':').some((dir) => existsSync(join(dir, tool))));
/** A command that runs a missing optional tool, at its start or after a pipe. */
const toolMissing = (example: Example) => missingTools.some((tool) => new RegExp(`(^|\\|)\\s*${tool}\\b`).test(example.command));

interface Outcome {
  readonly exitCode: number;
  readonly output: string;
  readonly stderr: string;
}
const outcomes = new Map<Example, Outcome>();
const work = mkdtempSync(join(tmpdir(), 'schengen-examples-'));
let server: ChildProcess | undefined;

/** Starts `schengen serve` for the curl examples; its address ("127.0.0.1:PORT"). */
function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [binPath, 'serve', '--port', '0'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', LANG: 'C', TZ: 'UTC' } });
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/([\d.]+:\d+)\//.exec(out);
      if (match !== null) resolve(match[1]!);
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  const root = join(work, 'root');
  const shims = join(work, 'bin');
  const out = join(work, 'out');
  for (const dir of [root, shims, out, join(work, 'tmp'), join(work, 'home'), join(work, 'data'), join(work, 'config')]) mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (!['.git', 'node_modules', 'dist'].includes(entry)) symlinkSync(join(projectRoot, entry), join(root, entry));
  }
  symlinkSync(binPath, join(shims, 'schengen'));
  const address = await startServer();
  const run = examples.filter((example) => isRun(example) && !toolMissing(example));
  // Two shells (the machine has two cores), each given whole blocks, the larger ones first to the
  // one with fewer commands so far.
  const scripts = [0, 1].map(() => ({ lines: ['set -o pipefail', `cd '${root}'`], commands: 0 }));
  const blocks = [...new Set(run.map((example) => example.block))].map((block) => run.filter((example) => example.block === block));
  for (const block of blocks.sort((a, b) => b.length - a.length)) {
    const script = scripts.reduce((least, candidate) => (candidate.commands < least.commands ? candidate : least));
    script.commands += block.length;
    script.lines.push('(');
    for (const example of block) {
      const command = example.command.replaceAll('127.0.0.1:8080', address);
      const file = `'${out}/${run.indexOf(example)}'`;
      const streams = example.shown === undefined ? `> ${file}.out 2> ${file}.err` : `> ${file}.out 2>&1`;
      script.lines.push(`# ${example.where}`, `{ ${command}\n} ${streams} < /dev/null; echo $? > ${file}.code`);
    }
    script.lines.push(')');
  }
  scripts.forEach((script, index) => writeFileSync(join(work, `examples-${index}.sh`), `${script.lines.join('\n')}\n`));
  const env = {
    PATH: `${shims}:${process.env['PATH'] ?? ''}`,
    TZ: 'UTC',
    LANG: 'C',
    NO_COLOR: '1',
    HOME: join(work, 'home'),
    TMPDIR: join(work, 'tmp'),
    XDG_DATA_HOME: join(work, 'data'),
    XDG_CONFIG_HOME: join(work, 'config'),
  };
  const shell = (index: number) =>
    new Promise<void>((resolve, reject) => {
      execFile('bash', [join(work, `examples-${index}.sh`)], { env, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 }, (error) => {
        if (error === null) resolve();
        // A command that never ends (a server left unmarked) is named.
        else reject(new Error(`${error.message}; unfinished: ${run.filter((_example, at) => !existsSync(`${out}/${at}.code`)).map((example) => example.where).join(', ')}`));
      });
    });
  await Promise.all(scripts.map((_script, index) => shell(index)));
  run.forEach((example, index) => {
    const read = (suffix: string) => (existsSync(`${out}/${index}.${suffix}`) ? readFileSync(`${out}/${index}.${suffix}`, 'utf8') : '');
    outcomes.set(example, { exitCode: Number(read('code').trim() || -1), output: read('out'), stderr: read('err') });
  });
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('the examples of the README and docs/', () => {
  it('finds them: the README shows its output, and docs/ has examples too', () => {
    expect(examples.filter((example) => example.where.startsWith('README.md') && example.shown !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((example) => example.where.startsWith('docs/')).length).toBeGreaterThan(40);
  });

  it('only set-up commands, the benchmarks, the server itself and a missing optional tool go unrun', () => {
    const unrun = examples.filter((example) => !isRun(example) || toolMissing(example));
    for (const example of unrun) {
      expect(SETUP.test(example.command) || BENCHMARK.test(example.command) || /^schengen serve\b/.test(example.command) || toolMissing(example), example.where).toBe(true);
    }
  });

  it('no example depends on the day it is run: each gives the reference day with --on', () => {
    const undated = examples.filter((example) => isRun(example) && DATED.test(example.command) && !/--on\b/.test(example.command)).map((example) => `${example.where}: ${example.command}`);
    expect(undated).toEqual([]);
  });

  it('the log examples keep a temporary file (SCHENGEN_FILE), never the reader’s own', () => {
    for (const example of examples.filter((candidate) => /\bschengen log (entry|exit|visa|permit|mrz|remove)\b/.test(candidate.command))) {
      const before = examples.filter((other) => other.block === example.block && examples.indexOf(other) < examples.indexOf(example));
      expect(before.some((other) => /^export SCHENGEN_FILE="\$\(mktemp -d\)\//.test(other.command)), example.where).toBe(true);
    }
  });

  const run = examples.filter((example) => isRun(example) && !toolMissing(example));
  it.each(run.map((example) => [`${example.where}: ${example.command}`, example] as const))('%s', (_name, example) => {
    const outcome = outcomes.get(example)!;
    expect(outcome.exitCode, `${outcome.output}${outcome.stderr}`).toBe(example.exitCode);
    expect(`${outcome.output}${outcome.stderr}`).not.toMatch(STACK_TRACE);
  });

  it.each(run.filter((example) => example.shown !== undefined).map((example) => [`${example.where}: ${example.command}`, example] as const))('%s shows its real output', (_name, example) => {
    expect(outcomes.get(example)!.output.trimEnd()).toBe(example.shown);
  });
});
