import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli-in-process.js';

/**
 * batch's output (src/batch/run.ts, OutputBuffer): records are encoded as UTF-8 into pieces of
 * 256 KiB as they come (issue 21). Every record must come out whole, in order, however its
 * characters are encoded and wherever a piece ends: ids of one, two, three and four bytes per
 * character, enough records for several pieces, and one record longer than a piece.
 */
describe('batch output across pieces', () => {
  it('writes every record whole and in order, with ids of 1 to 4 bytes per character and a record longer than a piece', async () => {
    const ids = Array.from({ length: 900 }, (_, i) => `${['a', 'é', '€', '😀'][i % 4]!.repeat(1 + (i % 7))}-${i}`);
    // 300 KB of id, longer than a 256 KiB piece: 100,000 three-byte characters.
    ids[450] = '€'.repeat(100_000);
    const input = ids.map((id) => JSON.stringify({ id, stays: [{ entry: '2026-01-01', exit: '2026-01-05' }] })).join('\n');
    const result = await runInProcess(['batch', '-', '--query', 'status', '--on', '2026-11-22', '--no-progress', '--fields', 'daysUsed'], { stdin: input });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    // 900 records, each ended by a newline: 900 lines and an empty last one.
    expect(lines.length).toBe(901);
    expect(lines[900]).toBe('');
    const records = lines.slice(0, 900).map((line) => JSON.parse(line) as { id: string; daysUsed: number });
    expect(records.map((record) => record.id)).toEqual(ids);
    // 1 to 5 January 2026 is before the 180-day window of 22 November 2026 (27 May to 22 November): 0 days used.
    expect(new Set(records.map((record) => record.daysUsed))).toEqual(new Set([0]));
  });
});
