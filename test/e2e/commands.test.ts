import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { fixture, STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = (name: string) => strictSchema(name) as object;
const validators = {
  status: ajv.compile(schema('status')),
  plan: ajv.compile(schema('plan')),
  next: ajv.compile(schema('next')),
};

function expectValid(kind: keyof typeof validators, stdout: string): Record<string, unknown> {
  const value = JSON.parse(stdout) as Record<string, unknown>;
  const validate = validators[kind];
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  expect(Object.keys(value)[0]).toBe('schemaVersion');
  return value;
}

describe('schengen status', () => {
  it('SEM example 5 at the control on 09.06.2014: 99 days used, overstay of 9 days (published)', async () => {
    const result = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09', '--json']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const json = expectValid('status', result.stdout);
    expect(json).toMatchObject({
      on: '2014-06-09',
      window: { start: '2013-12-12', end: '2014-06-09' },
      daysUsed: 99,
      daysRemaining: 0,
      overstayDays: 9,
      inSchengen: true,
      latestExit: null,
      // 59 days (21.02–20.04) + 32 days from 01.05 → the 91st day is 01.06.2014.
      firstOverstayDay: '2014-06-01',
    });
  });

  it('SEM example 2 from a JSON file: a stay would have been possible until 13.12.2014 (published)', async () => {
    const result = await runInProcess(['status', fixture('sem-example-2.json'), '--on', '2014-11-30', '--json']);
    expect(result.exitCode).toBe(0);
    expect(expectValid('status', result.stdout)).toMatchObject({ daysUsed: 77, latestExit: '2014-12-13', inSchengen: true });
  });

  it('prints a readable table by default, without colour when NO_COLOR is set', async () => {
    const result = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Schengen stay status on Mon 9 Jun 2014');
    expect(result.stdout).toMatch(/Days used\s+│ 99 of 90/);
    expect(result.stdout).toMatch(/Over the 90\/180 limit in this\s+│ 9 days/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('takes stays from --stay flags, an open stay lasting until --on, and warns about it', async () => {
    const result = await runInProcess(['status', '--stay', '2026-01-01..2026-01-10', '--stay', '2026-03-01..', '--on', '2026-03-05', '--json']);
    expect(result.exitCode).toBe(0);
    const json = expectValid('status', result.stdout);
    // 10 days in January + 01.03–05.03 (5 days).
    expect(json).toMatchObject({ daysUsed: 15, daysRemaining: 75, inSchengen: true });
    expect(json['warnings']).toEqual([expect.objectContaining({ code: 'openStay' })]);
  });

  it('reads the history from standard input with "-"', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-02-01', '--json'], { stdin: 'entry 14 JAN 2026\nexit 20.01.26\n' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ daysUsed: 7 });
  });

  it('uses --tz to decide today when --on is absent', async () => {
    const result = await runInProcess(['status', '--stay', '2020-01-01..2020-01-02', '--tz', 'Pacific/Kiritimati', '--json']);
    expect(result.exitCode).toBe(0);
    const today = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(JSON.parse(result.stdout)['on']).toBe(today);
  });

  it('--fail-on-overstay exits 5 when the history has an overstay, 0 when it has none', async () => {
    const over = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09', '--fail-on-overstay', '--json']);
    expect(over.exitCode).toBe(5);
    expect(JSON.parse(over.stdout)['overstayDays']).toBe(9);
    const fine = await runInProcess(['status', fixture('sem-example-2.json'), '--on', '2014-11-30', '--fail-on-overstay']);
    expect(fine.exitCode).toBe(0);
  });
});

describe('schengen plan', () => {
  it('SEM example 5: returning on 30.08.2014 allows up to 50 days (published)', async () => {
    const result = await runInProcess(['plan', fixture('sem-example-5.txt'), '--enter', '2014-08-30', '--on', '2014-06-09', '--json']);
    expect(result.exitCode).toBe(0);
    expect(expectValid('plan', result.stdout)).toMatchObject({
      entry: '2014-08-30',
      entryAllowed: true,
      maxStayDays: 50,
      // 30.08 + 49 days
      latestExit: '2014-10-18',
      trip: null,
    });
  });

  it('checks a planned trip and says where it first breaks', async () => {
    // 80 days used 01.01–21.03.2026; a trip from 01.04.2026 breaks on its 11th day (80 + 11 = 91).
    const result = await runInProcess(['plan', '--stay', '2026-01-01..2026-03-21', '--enter', '2026-04-01', '--days', '20', '--on', '2026-03-25', '--json']);
    expect(result.exitCode).toBe(0);
    expect(expectValid('plan', result.stdout)).toMatchObject({
      maxStayDays: 10,
      latestExit: '2026-04-10',
      trip: { entry: '2026-04-01', exit: '2026-04-20', days: 20, compliant: false, firstOverstayDay: '2026-04-11', overstayDays: 10, peakDaysUsed: 100 },
    });
  });

  it('accepts --exit instead of --days, and --fail-on-overstay exits 5 on a breaking trip', async () => {
    const result = await runInProcess(['plan', '--stay', '2026-01-01..2026-03-21', '--enter', '2026-04-01', '--exit', '2026-04-20', '--on', '2026-03-25', '--fail-on-overstay']);
    expect(result.exitCode).toBe(5);
    // The table wraps long cells: compare the words, not the layout.
    expect(result.stdout.replace(/[│\s]+/g, ' ')).toContain('breaks the rule from Sat 11 Apr 2026 (10 days over): the 90/180-day rule');
  });

  it('refuses --exit before --enter as a usage error', async () => {
    const result = await runInProcess(['plan', '--stay', '2026-01-01..2026-01-02', '--enter', '2026-04-01', '--exit', '2026-03-01', '--on', '2026-03-25']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--exit 2026-03-01 is before --enter 2026-04-01');
    expect(result.stdout).toBe('');
  });
});

describe('schengen next', () => {
  it('Visa Code Handbook example: a full 90 days only from 11.12.2014 (derived in rules.md)', async () => {
    const args = ['next', '--stay', '2014-04-19..2014-04-21', '--stay', '2014-06-18..2014-09-11', '--days', '90', '--from', '2014-09-12', '--on', '2014-09-11', '--json'];
    const result = await runInProcess(args);
    expect(result.exitCode).toBe(0);
    expect(expectValid('next', result.stdout)).toMatchObject({ from: '2014-09-12', tripDays: 90, earliestEntry: '2014-12-11', exit: '2015-03-10' });
  });

  it('refuses a trip longer than 90 days as a usage error', async () => {
    const result = await runInProcess(['next', '--stay', '2026-01-01..2026-01-02', '--days', '91', '--on', '2026-03-01']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--days 91 can never comply');
  });
});

describe('errors and exit codes', () => {
  it('bad input exits 3 and names file, line and field, without a stack trace', async () => {
    const result = await runInProcess(['status', fixture('bad-exit-without-entry.txt'), '--on', '2026-03-01']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(`schengen: ${fixture('bad-exit-without-entry.txt')}:3: field "keyword": exit without entry; expected an "entry" line before this exit\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('an unreadable file exits 4', async () => {
    const result = await runInProcess(['status', 'no/such/file.txt', '--on', '2026-03-01']);
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toBe('schengen: no/such/file.txt: cannot read the file (no such file); expected a readable stamp or JSON file\n');
  });

  it('usage errors exit 2: unknown option, missing history, bad --tz', async () => {
    const unknown = await runInProcess(['status', '--frobnicate']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe('schengen: unknown option "--frobnicate" (schengen status --help)\n');
    const none = await runInProcess(['status', '--on', '2026-03-01']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('no travel history given');
    const zone = await runInProcess(['status', '--stay', '2026-01-01..2026-01-02', '--tz', 'Mars/Olympus']);
    expect(zone.exitCode).toBe(2);
    expect(zone.stderr).toContain('--tz "Mars/Olympus" is not a time zone');
  });

  it('a month-first date is refused with the true reason, not guessed', async () => {
    const result = await runInProcess(['status', '--stay', '04/17/2026..2026-04-20', '--on', '2026-05-01']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('"04/17/2026" is not a date we accept: there is no month 17');
  });

  it('--help and --version exit 0 and --help shows examples', async () => {
    const help = await runInProcess(['status', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await runInProcess(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--fail-on-overstay on the other commands', () => {
  it.each([
    ['next', ['next', '--days', '10']],
    ['calendar', ['calendar']],
    ['ics', ['ics']],
  ])('%s exits 5 when the history has an overstay', async (_name, args) => {
    const over = await runInProcess([...args, fixture('sem-example-5.txt'), '--on', '2014-06-09', '--fail-on-overstay']);
    expect(over.exitCode).toBe(5);
    expect(over.stdout).not.toBe('');
    const fine = await runInProcess([...args, fixture('sem-example-2.json'), '--on', '2014-11-30', '--fail-on-overstay']);
    expect(fine.exitCode).toBe(0);
  });
});
