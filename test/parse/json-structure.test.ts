import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonStructure, quickJsonStructure } from '../../src/parse/json-structure.js';

const location = { file: 'in.ndjson', line: 1 };

/** The full check's verdict: the top-level id's source, or 'refused'. */
function fullCheck(text: string): string | undefined | 'refused' {
  try {
    return checkJsonStructure(text, location).get('id');
  } catch {
    return 'refused';
  }
}

describe('the quick structure check agrees with the full one', () => {
  it('on any JSON text: never passes what the full check refuses, and finds the same id source', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const quick = quickJsonStructure(text, JSON.parse(text));
        const full = fullCheck(text);
        // What the full check refuses, the quick one passes to it (null); else it may pass too, or agree.
        expect([null, full === 'refused' ? null : full]).toContain(quick);
      }),
      { numRuns: 500 },
    );
  });

  it('on objects with a key given twice, at any depth: refused by both', () => {
    const key = fc.constantFrom('id', 'a', 'entry', 'é', '\\u0061');
    fc.assert(
      fc.property(key, fc.nat({ max: 4 }), fc.json(), (name, depth, inner) => {
        let text = `{"${name}":${inner},"${name}":1}`;
        for (let level = 0; level < depth; level += 1) text = `{"x":[${text}]}`;
        expect(fullCheck(text)).toBe('refused');
        expect(quickJsonStructure(text, JSON.parse(text))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a number id keeps its digits', '{"id":12345678901234567890,"stays":[]}', '12345678901234567890'],
    ['a string id keeps its escapes', '{"stays":[],"id":"p\\u0031"}', '"p\\u0031"'],
    ['spaces around the colon', '{ "id" : 7 , "stays" : [ ] }', '7'],
    ['an id only nested is not the top-level id', '{"stays":[{"id":1}]}', undefined],
  ])('%s', (_name, text, expected) => {
    expect(quickJsonStructure(text, JSON.parse(text))).toBe(expected);
    expect(fullCheck(text)).toBe(expected);
  });

  it('an escaped key at the top, "\\u0069d" (id), is left to the full check', () => {
    const text = '{"\\u0069d":1,"id":2}';
    expect(quickJsonStructure(text, JSON.parse(text))).toBeNull();
    expect(fullCheck(text)).toBe('refused');
  });
});
