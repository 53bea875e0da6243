import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function valid(name: string, stdout: string): Record<string, unknown> {
  if (!validators.has(name)) validators.set(name, ajv.compile(strictSchema(name) as object));
  const check = validators.get(name)!;
  const value = JSON.parse(stdout) as Record<string, unknown>;
  expect(check(value), JSON.stringify(check.errors)).toBe(true);
  return value;
}

/** Issue 9: every wrong answer seen, from the command line, in table and JSON. */
describe('the authorised stay from the command line (issue 9)', () => {
  const tenDayVisa = ['--visa', 'C 1 2026-01-01..2026-01-31 10'];

  it('21 days on a 10-day visa: an overstay of the duration from 15.01 (05.01 + 10), 11 days; --fail-on-overstay exits 5', async () => {
    const args = ['status', ...tenDayVisa, '--stay', '2026-01-05..2026-01-25', '--on', '2026-02-01'];
    const json = valid('status', (await runInProcess([...args, '--json'])).stdout);
    expect(json).toMatchObject({ firstUnauthorisedDay: '2026-01-15', unauthorisedDays: 11, brokenLimit: 'visaDuration' });
    const table = await runInProcess(args);
    expect(tableRows(table.stdout)).toContainEqual(['First unauthorised day (whole history)', "Thu 15 Jan 2026: the visa's duration of stay"]);
    expect((await runInProcess([...args, '--fail-on-overstay'])).exitCode).toBe(5);
  });

  it('the same stay still open on 20.01: entry allowed, no latest exit, unauthorised since 15.01', async () => {
    const args = ['status', ...tenDayVisa, '--stay', '2026-01-05..', '--on', '2026-01-20'];
    const json = valid('status', (await runInProcess([...args, '--json'])).stdout);
    expect(json).toMatchObject({ latestExit: null, bindingLimit: null, currentStay: { entryAllowed: true, refusal: null, firstUnauthorisedDay: '2026-01-15' } });
    const rows = tableRows((await runInProcess(args)).stdout);
    expect(rows).toContainEqual(['Latest exit', "none: unauthorised since Thu 15 Jan 2026 (the visa's duration of stay); leave at once"]);
    expect(rows.some(([label]) => label === 'Entry not allowed')).toBe(false);
    expect((await runInProcess([...args, '--fail-on-overstay'])).exitCode).toBe(5);
  });

  it('an entry inside the validity, still there after UNTIL: an overstay past UNTIL, not a refused entry', async () => {
    const json = valid('status', (await runInProcess(['status', '--visa', 'C MULT 2026-01-01..2026-01-31 90', '--stay', '2026-01-20..', '--on', '2026-02-05', '--json'])).stdout);
    expect(json).toMatchObject({ brokenLimit: 'visaUntil', firstUnauthorisedDay: '2026-02-01', currentStay: { entryAllowed: true, latestExit: null } });
  });

  it('a stay in Cyprus is not inside the Schengen area and has no latest exit', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-10-05', '--json'], { stdin: 'entry 2026-10-01 CY\n' });
    expect(valid('status', result.stdout)).toMatchObject({ inSchengen: false, latestExit: null, currentStay: null, daysUsed: 0 });
  });

  it('a stay begun in Croatia before 2023 counts from 01.01.2023: latest exit 31.03.2023, on 20.12.2022 as on 01.01.2023', async () => {
    for (const on of ['2022-12-20', '2023-01-01']) {
      const result = await runInProcess(['status', '-', '--on', on, '--json'], { stdin: 'entry 2022-12-10 HR\n' });
      expect(valid('status', result.stdout)).toMatchObject({ latestExit: '2023-03-31', bindingLimit: 'rule90180' });
    }
  });

  const booked = ['--stay', '2026-01-10..2026-02-20', '--stay', '2026-07-15..2026-09-10', '--on', '2026-03-01'];

  it('a 40-day trip from 20.05 makes the booked trip break from 03.09: not compliant, and the booked stay is named', async () => {
    const json = valid('plan', (await runInProcess(['plan', ...booked, '--enter', '2026-05-20', '--days', '40', '--json'])).stdout);
    expect(json['trip']).toMatchObject({ compliant: false, firstOverstayDay: '2026-09-03', brokenLimit: 'rule90180', brokenStay: { entry: '2026-07-15', exit: '2026-09-10' } });
    expect((await runInProcess(['plan', ...booked, '--enter', '2026-05-20', '--days', '40', '--fail-on-overstay'])).exitCode).toBe(5);
  });

  it('plan --enter inside a recorded stay, or a trip over one, is refused with the stay named (exit 2)', async () => {
    const inside = await runInProcess(['plan', ...booked, '--enter', '2026-02-01']);
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toBe(
      'schengen: field "--enter": --enter 2026-02-01 falls inside the recorded stay 2026-01-10 – 2026-02-20; expected an entry day outside every recorded stay (to ask how long that stay may last, use status --on)\n',
    );
    const over = await runInProcess(['plan', ...booked, '--enter', '2026-07-01', '--days', '20']);
    expect(over.exitCode).toBe(2);
    expect(over.stderr).toContain('the trip shares days with the recorded stay 2026-07-15 – 2026-09-10');
  });

  it('plan without a length stops the day before the next booked stay and says so', async () => {
    const json = valid('plan', (await runInProcess(['plan', '--stay', '2026-07-15..2026-07-20', '--enter', '2026-07-01', '--on', '2026-03-01', '--json'])).stdout);
    expect(json).toMatchObject({ latestExit: '2026-07-14', maxStayDays: 14, bindingLimit: 'nextBookedStay', bookedStay: { entry: '2026-07-15', exit: '2026-07-20' } });
  });

  it('next for someone inside assumes they leave that day, or on --leave', async () => {
    const today = valid('next', (await runInProcess(['next', '--stay', '2026-03-01..', '--days', '10', '--on', '2026-03-10', '--json'])).stdout);
    expect(today).toMatchObject({ leave: '2026-03-10', earliestEntry: '2026-03-11' });
    const later = valid('next', (await runInProcess(['next', '--stay', '2026-03-01..', '--days', '10', '--on', '2026-03-10', '--leave', '2026-03-20', '--json'])).stdout);
    expect(later).toMatchObject({ leave: '2026-03-20', earliestEntry: '2026-03-21' });
  });

  it('a first-time traveller may plan and ask for the next entry', async () => {
    const plan = valid('plan', (await runInProcess(['plan', '--enter', '2026-02-01', '--days', '30', '--on', '2026-01-01', '--json'])).stdout);
    expect(plan).toMatchObject({ maxStayDays: 90, trip: { compliant: true } });
    expect(valid('next', (await runInProcess(['next', '--days', '30', '--on', '2026-01-01', '--json'])).stdout)).toMatchObject({ earliestEntry: '2026-01-01' });
  });

  it('a shared day counts once toward a sticker: 11 of 30 used, 19 left from 01.02 (→ 19.02)', async () => {
    const json = valid('plan', (await runInProcess(['plan', '--visa', 'C MULT 2026-01-01..2026-04-30 30', '--stay', '2026-01-05..2026-01-10', '--stay', '2026-01-10..2026-01-15', '--enter', '2026-02-01', '--on', '2026-01-20', '--json'])).stdout);
    expect(json).toMatchObject({ latestExit: '2026-02-19', visa: { daysUsedBefore: 11 } });
  });

  it('a day shared by a stay in Cyprus and one in France counts: 11 days used', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-03-20', '--json'], { stdin: 'entry 2026-03-01 CY\nexit 2026-03-10 CY\nentry 2026-03-10 FR\nexit 2026-03-20 FR\n' });
    expect(valid('status', result.stdout)).toMatchObject({ daysUsed: 11 });
  });

  it('the same stays in another order give the same JSON', async () => {
    const stays = ['2026-01-05..2026-01-10', '2026-01-10..2026-01-10', '2026-01-10..2026-01-12'];
    const run = (order: string[]) => runInProcess(['status', '--visa', 'C 2 2026-01-01..2026-03-31 30', ...order.flatMap((stay) => ['--stay', stay]), '--on', '2026-01-12', '--json']);
    const forward = JSON.parse((await run(stays)).stdout) as Record<string, unknown>;
    const backward = JSON.parse((await run([...stays].reverse())).stdout) as Record<string, unknown>;
    expect(backward).toEqual(forward);
    expect(forward).toMatchObject({ brokenLimit: 'visaEntries', firstUnauthorisedDay: '2026-01-10' });
  });

  it('dates up to two years to the day after the reference day are accepted, the day after is refused', async () => {
    expect((await runInProcess(['status', '--stay', '2028-11-23..2028-11-24', '--on', '2026-11-23'])).exitCode).toBe(3);
    expect((await runInProcess(['status', '--stay', '2028-11-22..2028-11-23', '--on', '2026-11-23'])).exitCode).toBe(0);
    const refused = await runInProcess(['status', '--stay', '2028-11-20..2028-11-24', '--on', '2026-11-23']);
    expect(refused.stderr).toContain('more than two years after the reference day; expected a date of a past or planned stay, on or before 2028-11-23');
  });

  it('--explain shows the deciding day, its window, each stay and every limit with its source, in table and JSON', async () => {
    const args = ['status', ...tenDayVisa, '--stay', '2026-01-05..', '--on', '2026-01-12', '--explain'];
    const json = valid('status', (await runInProcess([...args, '--json'])).stdout);
    expect(json['explanation']).toMatchObject({
      day: '2026-01-15',
      reason: 'latestExit',
      window: { start: '2025-07-20', end: '2026-01-15' },
      stays: [{ entry: '2026-01-05', exit: '2026-01-15', daysInWindow: 11 }],
      daysInWindow: 11,
      brokenLimit: 'visaDuration',
      visaDays: { used: 11, durationDays: 10 },
    });
    const limits = (json['explanation'] as { limits: { limit: string; lastDay: string | null; binds: boolean; source: string }[] }).limits;
    expect(limits.find((limit) => limit.binds)).toMatchObject({ limit: 'visaDuration', lastDay: '2026-01-14', source: expect.stringContaining('Annex VII pt 4') });
    const nl = tableRows((await runInProcess([...args, '--lang', 'nl'])).stdout);
    expect(nl).toContainEqual(['Dagen met dit visum, tot en met die dag', '11 van 10']);
  });
});
