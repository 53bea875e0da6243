import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en/table.js';
import { renderRows } from '../../src/render/table.js';

const rows = [
  { label: 'First day over the limit (whole history)', value: 'none: already over the limit, leave at once' },
  { label: 'Days used', value: '99 of 90' },
];

describe('a two-column table fits the width it is given', () => {
  it.each([80, 60, 40])('%i columns', (width) => {
    const text = renderRows({ language: 'en', messages: en, colorLevel: 0, width }, 'Title', rows);
    const lines = text.trimEnd().split('\n').slice(1);
    expect(Math.max(...lines.map((line) => line.length))).toBe(width);
  });

  it('is 80 columns wide when no width is given, as before', () => {
    const text = renderRows({ language: 'en', messages: en, colorLevel: 0 }, 'Title', rows);
    expect(text.split('\n')[1]!.length).toBe(80);
  });
});
