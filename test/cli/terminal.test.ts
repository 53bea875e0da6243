import { describe, expect, it } from 'vitest';
import { resolveColorLevel, resolveWidth, type StdoutFacts } from '../../src/cli/terminal.js';

const tty: StdoutFacts = { isTTY: true, columns: 120, colorDepth: 8 };
const pipe: StdoutFacts = { isTTY: false, columns: undefined, colorDepth: 1 };

describe('colour: --color/--no-color, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the terminal', () => {
  it.each([
    ['a 256-colour terminal', undefined, {}, tty, 2],
    ['a true-colour terminal', undefined, {}, { ...tty, colorDepth: 24 }, 3],
    ['a pipe', undefined, {}, pipe, 0],
    ['TERM=dumb on a terminal', undefined, { TERM: 'dumb' }, tty, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, tty, 0],
    ['an empty NO_COLOR does not count', undefined, { NO_COLOR: '' }, tty, 2],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, pipe, 1],
    ['FORCE_COLOR=3 on a pipe', undefined, { FORCE_COLOR: '3' }, pipe, 3],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, tty, 0],
    ['FORCE_COLOR wins over NO_COLOR and TERM=dumb', undefined, { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, tty, 1],
    ['--color on a pipe', true, {}, pipe, 1],
    ['--color with TERM=dumb', true, { TERM: 'dumb' }, tty, 2],
    ['--no-color wins over FORCE_COLOR', false, { FORCE_COLOR: '3' }, tty, 0],
  ] as const)('%s', (_name, flag, env, stdout, level) => {
    expect(resolveColorLevel(flag, env, stdout)).toBe(level);
  });
});

describe('width: the terminal’s when narrower than 80 columns', () => {
  it.each([
    ['a pipe', pipe, 80],
    ['a wide terminal', tty, 80],
    ['a 60-column terminal', { ...tty, columns: 60 }, 60],
    ['a very narrow terminal is laid out for 40', { ...tty, columns: 20 }, 40],
    ['a terminal that reports no width', { ...tty, columns: 0 }, 80],
  ] as const)('%s', (_name, stdout, width) => {
    expect(resolveWidth(stdout)).toBe(width);
  });
});
