/**
 * Every string a catalogue can produce, with the path it sits at: plain strings, and functions
 * called with stand-in parameters. `numbers` calls each function with that number wherever it takes
 * one (to see the plurals of 0, 1 and 2); otherwise "X" stands for every parameter.
 */
export function catalogueTexts(value: unknown, path: string, numbers: number | null = null, second?: unknown): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const stand = numbers ?? 'X';
    const params = new Proxy(
      {},
      {
        get: (_target, key) =>
          key === Symbol.toPrimitive ? () => stand : key === 'why' ? 'noSuchFile' : key === 'suggestion' ? '--on' : key === 'expected' ? 'document' : stand,
      },
    );
    const call = value as (...args: unknown[]) => unknown;
    // The second argument: a date writer, the verdicts' words, or an error's door.
    const words = second ?? Object.assign((iso: string) => iso, { date: (iso: string) => iso, limit: (limit: string) => limit, zone: (zone: string) => zone });
    let out: unknown;
    try {
      out = call(params, words, stand, stand, stand);
    } catch {
      // A message of plain values (a date, a number): stand-in text does; a number where it takes
      // text cannot be tried (the plurals are looked at where numbers go).
      try {
        out = call(numbers ?? '260314', numbers ?? '260314', numbers ?? '260314', numbers ?? 3, numbers ?? 3);
      } catch (error) {
        if (numbers === null) throw error;
        return [];
      }
    }
    return catalogueTexts(out, path, numbers, second);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => catalogueTexts(item, `${path}[${i}]`, numbers, second));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => catalogueTexts(item, `${path}.${key}`, numbers, second));
  return [];
}
