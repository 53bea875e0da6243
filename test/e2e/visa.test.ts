import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { fixture, STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validate = (name: string, stdout: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(strictSchema(name) as object));
  const check = compiled.get(name)!;
  const value = JSON.parse(stdout) as Record<string, unknown>;
  expect(check(value), JSON.stringify(check.errors)).toBe(true);
  return value;
};

describe('visa stickers on the command line', () => {
  it('plan: the second entry gets the 10 days left of 30 (01.04 + 9 = 10.04), visaDuration binds', async () => {
    const result = await runInProcess(['plan', fixture('visa-holder.txt'), '--enter', '2026-04-01', '--on', '2026-03-25', '--json']);
    expect(result.exitCode).toBe(0);
    const json = validate('plan', result.stdout);
    expect(json).toMatchObject({
      entryAllowed: true,
      latestExit: '2026-04-10',
      maxStayDays: 10,
      bindingLimit: 'visaDuration',
      limits: { visaUntil: '2026-04-15', visaDuration: '2026-04-10' },
      visa: { type: 'C', entries: 2, entriesUsedBefore: 1, daysUsedBefore: 20, durationReading: 'total' },
    });
    // The MRZ line's valid-until (14.01.2014) matches no visa line: said, not acted on.
    expect(json['warnings']).toEqual([expect.objectContaining({ code: 'mrzUnmatched' })]);
    expect(result.stderr).toContain('schengen: warning: the MRZ on line 3 is valid until Tue 14 Jan 2014');
  });

  it('plan: an entry after UNTIL is not allowed, with the reason in the table', async () => {
    const result = await runInProcess(['plan', '--visa', 'C 1 2026-03-01..2026-04-15 30', '--enter', '2026-04-20', '--on', '2026-03-25']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.replace(/[│\s]+/g, ' ')).toContain('Entry not allowed no visa sticker is valid on the day of entry');
  });

  it('status inside under a sticker: UNTIL binds', async () => {
    const result = await runInProcess(['status', '--visa', 'C MULT 2026-03-01..2026-03-31 90', '--stay', '2026-03-10..', '--on', '2026-03-20', '--json']);
    expect(result.exitCode).toBe(0);
    expect(validate('status', result.stdout)).toMatchObject({ latestExit: '2026-03-31', bindingLimit: 'visaUntil', currentStay: { entry: '2026-03-10' } });
  });

  it('an ambiguous duration is computed the stricter way and warned about on stderr and in JSON', async () => {
    const result = await runInProcess(['plan', '--visa', 'C MULT 2026-01-10..2027-01-09 45', '--enter', '2026-02-01', '--on', '2026-01-20', '--json']);
    expect(result.exitCode).toBe(0);
    const json = validate('plan', result.stdout);
    // 01.02 + 44 = 17.03
    expect(json).toMatchObject({ latestExit: '2026-03-17', bindingLimit: 'visaDuration' });
    expect(json['warnings']).toEqual([expect.objectContaining({ code: 'ambiguousDuration' })]);
    expect(result.stderr).toContain('read as 45 days in total over its validity (the stricter reading');
  });

  it('next: no sticker allows the trip', async () => {
    const result = await runInProcess(['next', '--visa', 'C 1 2026-03-01..2026-03-31 30', '--days', '20', '--from', '2026-03-20', '--on', '2026-03-01', '--json']);
    expect(result.exitCode).toBe(0);
    expect(validate('next', result.stdout)).toMatchObject({ earliestEntry: null, exit: null, refusal: 'visaUntil' });
  });

  it('a permit period does not count', async () => {
    const result = await runInProcess(['status', '--permit', '2025-09-01..2026-08-31', '--stay', '2025-09-01..', '--on', '2026-09-10', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ daysUsed: 10, latestExit: '2026-11-29' });
  });

  it.each([
    ['a duration over 90', ['--visa', 'C 1 2026-03-01..2026-03-31 120'], 'schengen: field "--visa #1 "C 1 2026-03-01..2026-03-31 120".DAYS"'],
    ['UNTIL before FROM', ['--visa', 'C 1 2026-03-31..2026-03-01 20'], 'is before FROM'],
    ['an unknown type', ['--visa', 'X 1 2026-03-01..2026-03-31 20'], 'unknown visa type "X"'],
    ['overlapping stickers', ['--visa', 'C 1 2026-03-01..2026-03-31 20', '--visa', 'C 1 2026-03-15..2026-04-30 20'], 'overlaps the visa at --visa #1'],
  ])('%s exits 3 with a clear message', async (_name, flags, message) => {
    const result = await runInProcess(['status', ...flags, '--stay', '2026-03-02..2026-03-03', '--on', '2026-03-05']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('an unknown country code on a stamp exits 3 naming file, line and field', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-03-05'], { stdin: 'entry 2026-03-01 XK Pristina\n' });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^schengen: \(stdin\):1: field "country": unknown country code "XK"; expected one of AT BE BG/);
  });
});

describe('schengen visa --mrz', () => {
  it('decodes the French specimen to JSON that matches the schema', async () => {
    const result = await runInProcess(['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703', '--json']);
    expect(result.exitCode).toBe(0);
    expect(validate('visa', result.stdout)).toMatchObject({ format: 'MRV-B', visaType: 'C', issuingState: 'FRA', validUntil: '2014-01-14', birthDate: '031106' });
  });

  it('a wrong check digit exits 3 and names the field', async () => {
    const result = await runInProcess(['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000006UTO0311063M1401143<M300703']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('schengen: field "--mrz document number": check digit of "document number" is 6, expected 5 for "F00000000"\n');
  });

  it('a wrong check digit in a stamp file names its line', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-03-05'], {
      stdin: 'mrz VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<< F000000005UTO0311063M1401144<M300703\n',
    });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('(stdin):1: field "MRZ valid until": check digit of "valid until" is 4, expected 3');
  });

  it('needs exactly two lines', async () => {
    const result = await runInProcess(['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--mrz takes the two MRZ lines');
  });
});
