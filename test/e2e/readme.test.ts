import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcessWithOutput } from '../support/cli-in-process.js';
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
 *
 * The plain `schengen …` lines a block begins with (words and quoted words, no pipe, redirection,
 * variable or glob) run in this process (test/support/cli-in-process.ts), with the arguments the
 * shell would pass, the shells' environment and the same directory: a fresh `node` costs some 0.2 s
 * of CPU here, most of this test's time (issue 24). test/e2e/smoke.test.ts holds the binary and the
 * in-process run to the same stdout, stderr and exit code on every command; the rest of each block
 * runs in a shell, on the built binary, as before.
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

/**
 * The arguments the shell would pass for a plain `schengen …` line (unquoted words, '…', "…" without
 * expansions, a comment at the end), without the leading `schengen`; undefined for a line only a
 * shell can run, or for the servers and threads that run as processes of their own.
 */
function plainArguments(command: string): string[] | undefined {
  const words: string[] = [];
  let rest = command;
  for (;;) {
    rest = rest.replace(/^[ \t]+/, '');
    if (rest === '' || rest.startsWith('#')) break;
    const word = /^(?:[A-Za-z0-9_.,:=@+%\/^-]+|'[^']*'|"[^"$`\\!]*")+(?=[ \t]|$)/.exec(rest);
    if (word === null) return undefined;
    words.push(word[0].replace(/'([^']*)'|"([^"]*)"/g, (_quoted, single?: string, double?: string) => single ?? double ?? ''));
    rest = rest.slice(word[0].length);
  }
  if (words[0] !== 'schengen' || ['serve', 'mcp'].includes(words[1] ?? '') || words.includes('--jobs')) return undefined;
  return words.slice(1);
}

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
  const blocks = [...new Set(run.map((example) => example.block))].map((block) => run.filter((example) => example.block === block));
  // The plain lines a block begins with: no line before them set a variable, changed directory or
  // wrote a file, and they write none that a later line could read (the log writes only where an
  // `export SCHENGEN_FILE` put it, which is no plain line).
  const inProcess = blocks.map((block) => {
    const firstShellLine = block.findIndex((example) => plainArguments(example.command) === undefined);
    return firstShellLine === -1 ? block : block.slice(0, firstShellLine);
  });
  // Two shells (the machine has two cores), each given whole blocks, the larger ones first to the
  // one with fewer commands so far.
  const scripts = [0, 1].map(() => ({ lines: ['set -o pipefail', `cd '${root}'`], commands: 0 }));
  const inShell = blocks.map((block, index) => block.slice(inProcess[index]!.length)).filter((block) => block.length > 0);
  for (const block of inShell.sort((a, b) => b.length - a.length)) {
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
  const shells = Promise.all(scripts.map((_script, index) => shell(index)));
  const inProcessOutcomes = new Map<Example, Outcome>();
  const directory = process.cwd();
  process.chdir(root);
  try {
    for (const example of inProcess.flat()) {
      const result = await runInProcessWithOutput(plainArguments(example.command)!, { env });
      // As the shell's `> out 2> err` (no output shown) or `> out 2>&1` (output shown) would keep them.
      inProcessOutcomes.set(example, example.shown === undefined ? { exitCode: result.exitCode, output: result.stdout, stderr: result.stderr } : { exitCode: result.exitCode, output: result.output, stderr: '' });
    }
  } finally {
    process.chdir(directory);
  }
  await shells;
  run.forEach((example, index) => {
    const ranInProcess = inProcessOutcomes.get(example);
    if (ranInProcess !== undefined) {
      outcomes.set(example, ranInProcess);
      return;
    }
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

  it('runs a plain schengen line in process with the arguments the shell would pass, any other line in a shell', () => {
    expect(plainArguments(`schengen annex3 --name 'DOE John' --name="DOE Jane" --birth-date '14 MAR 1985' --on 2026-12-24   # exits 5`)).toEqual([
      'annex3', '--name', 'DOE John', '--name=DOE Jane', '--birth-date', '14 MAR 1985', '--on', '2026-12-24',
    ]);
    expect(plainArguments(`schengen visa --mrz 'VCFRASPECIMEN<<SPECIMEN<<<<' 'F0000<M30'`)).toEqual(['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<', 'F0000<M30']);
    for (const shellOnly of [
      'schengen status examples/traveller.txt --json | head -9',
      'schengen ics --on 2026-12-21 > schengen.ics',
      'NO_COLOR=1 schengen calendar examples/traveller.txt',
      'schengen status "$SCHENGEN_FILE"',
      'schengen status examples/*.txt',
      'schengen batch - <<< \'{}\'',
      'schengen batch examples/people.ndjson --jobs 2',
      'schengen serve --port 0',
      'cat examples/people.ndjson',
    ]) {
      expect(plainArguments(shellOnly), shellOnly).toBeUndefined();
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
