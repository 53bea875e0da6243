import { describe, expect, it } from 'vitest';
import { fr } from '../../src/messages/fr/index.js';
import { helpFr } from '../../src/messages/fr/help.js';


/** Every string a catalogue can produce: plain strings, and functions called with stand-in parameters. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const params = new Proxy(
      {},
      { get: (_target, key) => (key === Symbol.toPrimitive ? () => 'X' : key === 'why' ? 'noSuchFile' : key === 'suggestion' ? '--on' : 'X') },
    );
    const call = value as (...args: unknown[]) => unknown;
    let out: unknown;
    try {
      out = call(params, (iso: string) => iso, 'X', 'X', 'X');
    } catch {
      // A message of plain values (a date, a number): stand-in text does.
      out = call('260314', '260314', '260314', 3, 3);
    }
    return texts(out, path);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => texts(item, `${path}.${key}`));
  return [];
}

describe('French typography: a non-breaking space before ; : ! ? and inside « »', () => {
  const all = [...texts(fr.table, 'table'), ...texts(fr.errors, 'errors'), ...texts(fr.frame, 'frame'), ...texts(helpFr, 'help'), ...texts(fr.page, 'page')];

  it('finds the texts', () => {
    expect(all.length).toBeGreaterThan(250);
  });

  it.each(all)('%s', (_path, text) => {
    expect(text).not.toMatch(/ [;:!?]/);
    expect(text).not.toMatch(/« | »/);
    expect(text).not.toMatch(/\bLTV\b(?! \(VTL)(?!\))(?!")/);
  });
});
