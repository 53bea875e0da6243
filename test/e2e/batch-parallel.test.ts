import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli-in-process.js';
import { runCli, STACK_TRACE } from './run-cli.js';

/**
 * batch --jobs N (worker threads) and --shard I/N (issue 12): the same records as one thread, in input
 * order; shards that together hold every person exactly once; and the input cut into blocks of whole
 * lines and run piece by piece, as `parallel --pipe -k` does, gives the output of one run.
 *
 * One thread runs in this process (test/support/cli-in-process.ts: the command line as start.ts
 * runs it, batch on one thread); the built binary runs where threads are what is tested
 * (--jobs N > 1, a shard on threads, the default) and once for each usage error's wiring (issue 24).
 */
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** 2,600 persons (more than two chunks of 1,000): good ones with 0-3 stays, and some bad lines. */
function ndjsonInput(): string {
  const lines: string[] = [];
  for (let i = 0; i < 2600; i += 1) {
    if (i % 397 === 5) lines.push('{"id": "broken", "stays": [');
    else if (i % 500 === 7) lines.push('');
    else if (i % 311 === 3) lines.push(JSON.stringify({ id: `bad${i}`, stays: [{ entry: '2026-02-30', exit: null }] }));
    else {
      const stays = Array.from({ length: i % 4 }, (_, s) => ({ entry: day((i % 200) + s * 120), exit: day((i % 200) + s * 120 + (i % 50)) }));
      lines.push(JSON.stringify(i % 2 === 0 ? { id: `p${i}`, stays } : { id: i, stays, on: day(600) }));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** CSV: 2,200 persons of 1-3 rows each, an empty exit now and then, one row with a bad date. */
function csvInput(): string {
  const rows = ['id,entry,exit'];
  for (let i = 0; i < 2200; i += 1) {
    for (let s = 0; s <= i % 3; s += 1) rows.push(`c${i},${day((i % 150) + s * 100)},${s === 2 && i % 7 === 0 ? '' : day((i % 150) + s * 100 + 10)}`);
    if (i === 1234) rows.push(`c${i},2026-13-01,`);
  }
  return `${rows.join('\n')}\n`;
}

const BASE = ['batch', '--query', 'status', '--on', '2026-06-01', '--no-progress'];
const lines = (stdout: string) => stdout.split('\n').filter((line) => line !== '');

describe('batch --jobs', () => {
  it('NDJSON with 3 threads: byte for byte the output of one thread, exit code 6 for the error records', async () => {
    const input = ndjsonInput();
    const one = await runInProcess([...BASE, '--jobs', '1'], { stdin: input });
    const three = await runCli([...BASE, '--jobs', '3'], { stdin: input });
    expect(one.exitCode).toBe(6);
    expect(lines(one.stdout)).toHaveLength(2600 - 6);
    expect(three.stdout).toBe(one.stdout);
    expect(three.exitCode).toBe(6);
    expect(three.stderr).toBe('');
  });

  it('CSV with 2 threads (persons of several rows never split across threads): the output of one thread', async () => {
    const input = csvInput();
    const one = await runInProcess([...BASE, '--format', 'csv', '--jobs', '1'], { stdin: input });
    const two = await runCli([...BASE, '--format', 'csv', '--jobs', '2'], { stdin: input });
    expect(lines(one.stdout)).toHaveLength(2200);
    expect(two.stdout).toBe(one.stdout);
    expect([one.exitCode, two.exitCode]).toEqual([6, 6]);
  });

  it('the default (one thread per core) gives the same output too', async () => {
    const input = ndjsonInput();
    const one = await runInProcess([...BASE, '--jobs', '1'], { stdin: input });
    const byDefault = await runCli(BASE, { stdin: input });
    expect(byDefault.stdout).toBe(one.stdout);
  });

  it('annex3 in worker threads (each builds its holiday calendar)', async () => {
    const input = Array.from({ length: 2100 }, (_, i) => JSON.stringify({ id: i, stays: [], arrival: day(700 + (i % 60)) })).join('\n');
    const args = ['batch', '--query', 'annex3', '--on', '2026-06-01', '--no-progress'];
    const one = await runInProcess([...args, '--jobs', '1'], { stdin: input });
    const two = await runCli([...args, '--jobs', '2'], { stdin: input });
    expect(one.exitCode).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('batch --shard', () => {
  it.each([
    ['NDJSON', ndjsonInput, [] as string[]],
    ['CSV', csvInput, ['--format', 'csv']],
  ])('%s: shards 1/3, 2/3, 3/3 together hold every record once; each is in input order', async (_name, input, format) => {
    const text = input();
    const whole = lines((await runInProcess([...BASE, ...format, '--jobs', '1'], { stdin: text })).stdout);
    // 1/3 and 2/3 on one thread here, 3/3 on three threads of the binary.
    const shards = [
      await runInProcess([...BASE, ...format, '--shard', '1/3', '--jobs', '1'], { stdin: text }),
      await runInProcess([...BASE, ...format, '--shard', '2/3'], { stdin: text }),
      await runCli([...BASE, ...format, '--shard', '3/3', '--jobs', '3'], { stdin: text }),
    ];
    // Every third person, starting with the I-th: the shard's lines are exactly those of the whole run.
    shards.forEach((shard, i) => expect(lines(shard.stdout), `shard ${i + 1}`).toEqual(whole.filter((_, position) => position % 3 === i)));
    expect(shards.flatMap((shard) => lines(shard.stdout)).sort()).toEqual([...whole].sort());
  });

  it('1/1 is the whole output', async () => {
    const text = ndjsonInput();
    const whole = await runInProcess([...BASE, '--jobs', '1'], { stdin: text });
    expect((await runInProcess([...BASE, '--shard', '1/1'], { stdin: text })).stdout).toBe(whole.stdout);
  });

  it.each([['0/3'], ['4/3'], ['1/0'], ['2'], ['a/b'], ['1/3/5']])('--shard %s is a usage error (exit 2), before any output', async (shard) => {
    const result = await runInProcess([...BASE, '--shard', shard], { stdin: '{"id": 1, "stays": []}\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--shard');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it.each([['0'], ['-1'], ['1.5'], ['many'], ['1000']])('--jobs %s is a usage error (exit 2)', async (jobs) => {
    const result = await runInProcess([...BASE, '--jobs', jobs], { stdin: '{"id": 1, "stays": []}\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--jobs');
  });

  it.each([
    ['--shard', '0/3'],
    ['--jobs', '0'],
  ])('the binary: %s %s is a usage error (exit 2), one line naming the option, before any output', async (option, value) => {
    const result = await runCli([...BASE, option, value], { stdin: '{"id": 1, "stays": []}\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^schengen: [^\n]*${option}[^\n]*\n$`));
  });
});

describe('the input in blocks of whole lines, as GNU parallel --pipe -k runs it', () => {
  it('NDJSON cut into blocks, each run on its own, outputs joined in order: the output of one run', async () => {
    const text = ndjsonInput();
    const whole = await runInProcess([...BASE, '--jobs', '1'], { stdin: text });
    const inputLines = text.split('\n');
    const blocks: string[] = [];
    for (let start = 0; start < inputLines.length; start += 700) blocks.push(inputLines.slice(start, start + 700).join('\n'));
    const parts: Awaited<ReturnType<typeof runInProcess>>[] = [];
    for (const block of blocks) parts.push(await runInProcess([...BASE, '--jobs', '1'], { stdin: block }));
    // The one difference: an error record's "line" counts within its block, as each run sees only its block.
    const withoutLines = (stdout: string) => stdout.replace(/"error":\{"line":\d+,/g, '"error":{"line":0,');
    expect(withoutLines(parts.map((part) => part.stdout).join(''))).toBe(withoutLines(whole.stdout));
    expect(parts.map((part) => part.stdout).join('')).not.toBe(whole.stdout);
    // A block with an error record exits 6, like the whole run: `parallel` reports the worst.
    expect(Math.max(...parts.map((part) => part.exitCode))).toBe(whole.exitCode);
  });
});
