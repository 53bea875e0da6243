import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../src/batch/lines.js';

async function collect(chunks: string[], maxLength: number): Promise<InputLine[]> {
  async function* source() {
    yield* chunks;
  }
  const lines: InputLine[] = [];
  for await (const batch of readLines(source(), maxLength)) lines.push(...batch);
  return lines;
}

describe('readLines', () => {
  it('splits across chunk boundaries, strips CR, keeps a last line without newline', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n', 'g'], 100)).toEqual([
      { number: 1, text: 'abc', tooLong: false },
      { number: 2, text: 'def', tooLong: false },
      { number: 3, text: 'g', tooLong: false },
    ]);
  });

  it('a lone CR ends a line, also at the end of a chunk; CRLF split over two chunks is one line end', async () => {
    expect(await collect(['a\rb\r', '\nc\r', 'd'], 100)).toEqual([
      { number: 1, text: 'a', tooLong: false },
      { number: 2, text: 'b', tooLong: false },
      { number: 3, text: 'c', tooLong: false },
      { number: 4, text: 'd', tooLong: false },
    ]);
  });

  it('a line over the limit is reported, not kept, even when it spans chunks', async () => {
    expect(await collect(['12345', '67890', '12\nok\n'], 10)).toEqual([
      { number: 1, text: '', tooLong: true },
      { number: 2, text: 'ok', tooLong: false },
    ]);
  });

  it('any chunking gives the same lines as splitting the whole text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'b', '\n', '\r\n', '\r', 'xyz'), { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), async (parts, cuts) => {
        const text = parts.join('');
        const chunks: string[] = [];
        let at = 0;
        for (let i = 0; at < text.length; i += 1) {
          const size = cuts[i % cuts.length]!;
          chunks.push(text.slice(at, at + size));
          at += size;
        }
        // LF, CRLF and a lone CR each end a line (issue 20), as in the stamp reader and the log.
        const expected = text.split(/\r\n|\r|\n/);
        if (/[\r\n]$/.test(text) || text === '') expected.pop();
        const lines = await collect(chunks, 1000);
        expect(lines.map((line) => line.text)).toEqual(expected);
        expect(lines.map((line) => line.number)).toEqual(expected.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('an endless line (issue 10: /dev/zero, binary input)', () => {
  it('is refused once it runs ENDLESS_LINE_FACTOR times past its limit (at least ENDLESS_LINE_MIN), after the lines before it', async () => {
    const { readLines, EndlessLineError, ENDLESS_LINE_MIN } = await import('../../src/batch/lines.js');
    async function* endless(): AsyncGenerator<string> {
      yield '{"id":1}\n';
      const block = '\0'.repeat(1024 * 1024);
      for (let i = 0; i < 200; i += 1) yield block;
    }
    const seen: number[] = [];
    let caught: unknown;
    try {
      for await (const lines of readLines(endless(), 1000)) seen.push(...lines.map((line) => line.number));
    } catch (error) {
      caught = error;
    }
    expect(seen).toEqual([1]);
    expect(caught).toBeInstanceOf(EndlessLineError);
    expect((caught as InstanceType<typeof EndlessLineError>).lineNumber).toBe(2);
    expect((caught as InstanceType<typeof EndlessLineError>).characters).toBeGreaterThan(ENDLESS_LINE_MIN);
  });
});

describe('batch on /dev/zero', () => {
  it('ends with exit 3 and one line naming the endless line, not with memory exhaustion', async () => {
    const { runCli } = await import('../e2e/run-cli.js');
    const result = await runCli(['batch', '/dev/zero', '--query', 'status', '--on', '2026-01-01']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^schengen: \/dev\/zero:1: line 1 has no end after \d+ characters/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
