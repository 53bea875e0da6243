import { belgianCalendarSource } from '../../src/app/annex3-params.js';
import { readLines } from '../../src/batch/lines.js';
import { personComputer, personFromNdjson, type BatchOptions, type BatchQuery } from '../../src/batch/records.js';
import { parseDate } from '../../src/parse/dates.js';

/** What one NDJSON batch run writes, computed in this process: the records, each parsed. */
export async function batchInProcess(
  text: string,
  query: BatchQuery,
  flags: Partial<Omit<BatchOptions, 'query' | 'format' | 'maxLineLength'>> & { on: string },
  chunks: readonly string[] = [text],
): Promise<Record<string, unknown>[]> {
  const options: BatchOptions = { closed: [], ...flags, query, format: 'ndjson', maxLineLength: 1_048_576 };
  const compute = personComputer(options, parseDate(flags.on), query === 'annex3' ? await belgianCalendarSource() : null, '(stdin)');
  async function* source() {
    yield* chunks;
  }
  const records: Record<string, unknown>[] = [];
  for await (const lines of readLines(source(), options.maxLineLength)) {
    for (const line of lines) {
      const person = personFromNdjson(line, '(stdin)', { maxLineLength: options.maxLineLength, query });
      if (person !== null) records.push(JSON.parse(compute(person).json) as Record<string, unknown>);
    }
  }
  return records;
}
