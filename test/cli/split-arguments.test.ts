import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/report-error.js';
import { splitArgumentError } from '../../src/cli/split-arguments.js';
import { InputError, unreadableFileError } from '../../src/errors.js';

/** Issue 24: one value typed as several arguments is named, with what to type instead. */
async function report(error: unknown, args: string[]) {
  let written = '';
  const code = await reportError(error, ['node', 'schengen', ...args], {}, (line) => (written += `${line}\n`));
  return { code, written };
}

// The errors the pieces cause today, as the commands raise them.
const notADate = new InputError('date.unrecognised', { text: '1' }, { field: 'DATE' });
const noSuchFile = unreadableFileError(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }), '2026-02-01');
const tooMany = new CommanderError(1, 'commander.excessArguments', 'error: too many arguments for \'plan\'. Expected 1 argument but got 3.');

describe('a date typed as several arguments', () => {
  it('log entry 1 Sep 2026 ES: says to quote it, and gives the ISO form (1 September 2026 = 2026-09-01)', async () => {
    expect(await report(notADate, ['log', 'entry', '1', 'Sep', '2026', 'ES'])).toEqual({
      code: 2,
      written: `schengen: field "DATE": "1 Sep 2026" is one date typed as 3 arguments; expected it in quotes ('1 Sep 2026') or without spaces (2026-09-01)\n`,
    });
  });

  it('an option: plan --enter 14 MAR 2026 --days 3 (commander saw too many arguments)', async () => {
    const { code, written } = await report(tooMany, ['plan', '--enter', '14', 'MAR', '2026', '--days', '3']);
    expect(code).toBe(2);
    expect(written).toBe(`schengen: field "--enter": "14 MAR 2026" is one date typed as 3 arguments; expected it in quotes ('14 MAR 2026') or without spaces (2026-03-14) (schengen --help)\n`);
  });

  it('--on=…, a weekday and four words: "Mon 14 Dec 2026" (14 December 2026 is a Monday)', () => {
    expect(splitArgumentError(['status', '--on=Mon', '14', 'Dec', '2026'])?.params).toEqual({ text: 'Mon 14 Dec 2026', words: 4, iso: '2026-12-14' });
  });

  // The field's own word in the reader's language too, quoted the reader's way (issue 23).
  it('in Dutch, French and German', async () => {
    const args = ['log', 'exit', '20', 'december', '2026'];
    expect((await report(notADate, [...args, '--lang', 'nl'])).written).toBe(
      `schengen: veld "DATUM": "20 december 2026" is één datum, getypt als 3 argumenten; verwacht: tussen aanhalingstekens ('20 december 2026') of zonder spaties (2026-12-20)\n`,
    );
    expect((await report(notADate, [...args, '--lang', 'fr'])).written).toBe(
      `schengen: champ «\u00a0DATE\u00a0»\u00a0: «\u00a020 december 2026\u00a0» est une seule date, tapée en 3 arguments\u202f; attendu\u00a0: entre guillemets ('20 december 2026') ou sans espaces (2026-12-20)\n`,
    );
    expect((await report(notADate, [...args, '--lang', 'de'])).written).toBe(
      `schengen: Feld „DATUM“: „20 december 2026“ ist ein Datum, als 3 Argumente eingegeben; erwartet: in Anführungszeichen ('20 december 2026') oder ohne Leerzeichen (2026-12-20)\n`,
    );
  });
});

describe('a stay or permit typed as two dates', () => {
  it('--stay 2026-01-01 2026-02-01: a stay is written FROM..TO (not "cannot read the file 2026-02-01")', async () => {
    expect(await report(noSuchFile, ['status', '--stay', '2026-01-01', '2026-02-01'])).toEqual({
      code: 2,
      written: 'schengen: field "--stay": "2026-01-01 2026-02-01" is one stay typed as two dates; expected FROM..TO in one argument (--stay 2026-01-01..2026-02-01)\n',
    });
  });

  it('--permit: FROM..UNTIL; in Dutch VAN..TOT', async () => {
    expect((await report(noSuchFile, ['status', '--permit', '2026-01-01', '2026-02-01'])).written).toContain('expected FROM..UNTIL in one argument (--permit 2026-01-01..2026-02-01)');
    expect((await report(noSuchFile, ['status', '--stay', '1.1.26', '1.2.26', '--lang', 'nl'])).written).toContain('verwacht: VAN..TOT in één argument (--stay 1.1.26..1.2.26)');
  });
});

describe('command lines that are not split are left alone', () => {
  it.each([
    ['log', 'entry', '2026-12-01', 'BE', 'Brussels', 'Airport'],
    ['log', 'entry', '14', 'Brussels'],
    ['status', 'stamps.txt', '--on', '2026-03-01'],
    ['status', '--stay', '2026-01-01..2026-02-01', 'stamps.txt'],
    ['status', '--stay', '2026-01-01..', '2026-02-01'],
    ['status', '--stay', '2026-01-01', 'stamps.txt'],
    ['plan', '--enter', '2026-13-01'],
    ['annex3', '--arrival', 'today', '--name', 'DOE John'],
  ])('%s %s %s %s', (...args) => {
    expect(splitArgumentError(args)).toBeUndefined();
  });

  it('the error the command raised is shown as it was', async () => {
    expect(await report(noSuchFile, ['status', '2026-02-01'])).toEqual({ code: 4, written: 'schengen: 2026-02-01: cannot read the file (no such file); expected a readable stamp or JSON file\n' });
  });
});
