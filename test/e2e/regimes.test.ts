import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(strictSchema(name) as object);
}
function valid(name: string, stdout: string): Record<string, unknown> {
  const check = validator(name);
  const value = JSON.parse(stdout) as Record<string, unknown>;
  expect(check(value), JSON.stringify(check.errors)).toBe(true);
  return value;
}

/** France, Russia and Belarus in one log (issue 11, "done when"). */
const MIXED = [
  'entry 2026-01-10 FR',
  'exit 2026-02-20 FR',
  'entry 2026-03-01 RU',
  'exit 2026-04-15 RU',
  'entry 2026-06-01 BY',
  'exit 2026-06-20 BY',
  'entry 2026-07-01 RU',
  'exit 2026-08-20 RU',
].join('\n');

describe('stay rules beyond 90/180 from the command line (issue 11)', () => {
  it('status --rules ru-visa-free: 97 days in 2026 (46 + 51), unauthorised from 14.08 (01.07 + 43 is the 90th day), 7 days', async () => {
    const result = await runInProcess(['status', '-', '--rules', 'ru-visa-free', '--on', '2026-09-01', '--json'], { stdin: MIXED });
    expect(result.exitCode).toBe(0);
    const json = valid('status', result.stdout);
    expect(json).toMatchObject({
      rule: null,
      rules: { preset: 'ru-visa-free', zone: 'RU' },
      counts: [{ limit: 'calendarYear', period: { start: '2026-01-01', end: '2026-09-01' }, daysUsed: 97, maxDays: 90, daysRemaining: 0 }],
      firstUnauthorisedDay: '2026-08-14',
      brokenLimit: 'calendarYear',
      unauthorisedDays: 7,
      fullStayPossibleFrom: '2027-01-01',
    });
    // Only the zones other than the one asked about (issue 21): none under --rules.
    expect((json['zones'] as unknown[]).length).toBe(0);
    const table = tableRows((await runInProcess(['status', '-', '--rules', 'ru-visa-free', '--on', '2026-09-01'], { stdin: MIXED })).stdout);
    expect(table).toContainEqual(['Days used in 2026', '97 of 90']);
  });

  it('a mixed log shows all three standings at once, each under its own preset; --fail-on-overstay sees the Russian one', async () => {
    const json = valid('status', (await runInProcess(['status', '-', '--on', '2026-09-01', '--json'], { stdin: MIXED })).stdout);
    const zones = json['zones'] as { preset: string; counts: { daysUsed: number }[]; firstUnauthorisedDay: string | null }[];
    // The asked zone (Schengen: 0 days used) is the answer itself, not repeated in zones (issue 21).
    expect([json['daysUsed'], json['firstUnauthorisedDay']]).toEqual([0, null]);
    expect(zones.map((zone) => [zone.preset, zone.counts[0]?.daysUsed, zone.firstUnauthorisedDay])).toEqual([
      ['ru-visa-free', 97, '2026-08-14'],
      // Belarus: 01.06–20.06 = 20 days, under 30 per stay and 90 per year.
      ['by-visa-free', 20, null],
    ]);
    const table = await runInProcess(['status', '-', '--on', '2026-09-01', '--lang', 'de'], { stdin: MIXED });
    expect(table.stdout).toContain('Russland, visumfrei: Aufenthaltsstatus am');
    expect(table.stdout).toContain('Belarus, visumfrei: Aufenthaltsstatus am');
    expect((await runInProcess(['status', '-', '--on', '2026-09-01', '--fail-on-overstay'], { stdin: MIXED })).exitCode).toBe(5);
  });

  it('next --rules by-visa-free --days 20 after a 25-day stay: the yearly count allows it at once (25 + 20 ≤ 90)', async () => {
    const json = valid('next', (await runInProcess(['next', '--rules', 'by-visa-free', '--days', '20', '--stay', '2026-06-01..2026-06-25', '--on', '2026-07-01', '--json'])).stdout);
    expect(json).toMatchObject({ rules: { preset: 'by-visa-free' }, earliestEntry: '2026-07-01', exit: '2026-07-20' });
    const tooLong = await runInProcess(['next', '--rules', 'by-visa-free', '--days', '31', '--on', '2026-07-01']);
    expect(tooLong.exitCode).toBe(2);
    expect(tooLong.stderr).toContain('the rules allow at most 30 days in one stay');
    const polish = valid('next', (await runInProcess(['next', '--rules', 'by-visa-free', '--nationality', 'pl', '--days', '60', '--on', '2026-07-01', '--json'])).stdout);
    expect(polish).toMatchObject({ earliestEntry: '2026-07-01' });
  });

  it("plan --rule 90/year --rule 'stay<=30': 65 days in 2026 leave 25 from 20.11 (→ 14.12); a 45-day trip breaks the year on 15.12", async () => {
    const json = valid('plan', (await runInProcess(['plan', '--rule', '90/year', '--rule', 'stay<=30', '--stay', '2026-01-05..2026-03-10', '--enter', '2026-11-20', '--days', '45', '--on', '2026-07-01', '--json'])).stdout);
    expect(json).toMatchObject({
      rules: { preset: 'custom', zone: 'schengen', shapes: [{ kind: 'calendarYear', maxDays: 90 }, { kind: 'perStay', maxDays: 30 }] },
      maxStayDays: 25,
      latestExit: '2026-12-14',
      bindingLimit: 'calendarYear',
      trip: { compliant: false, firstUnauthorisedDay: '2026-12-15', brokenLimit: 'calendarYear' },
    });
  });

  it('the Belarus transit visa: entry + 1 is the last day; --explain shows the stay as the period', async () => {
    const json = valid('status', (await runInProcess(['status', '--rules', 'by-transit', '--stay', '2026-05-01..2026-05-04', '--on', '2026-05-04', '--explain', '--json'])).stdout);
    expect(json).toMatchObject({ firstUnauthorisedDay: '2026-05-03', brokenLimit: 'perStay', unauthorisedDays: 2 });
    expect(json['explanation']).toMatchObject({ day: '2026-05-03', window: { start: '2026-05-01', end: '2026-05-03' }, brokenLimit: 'perStay' });
  });

  it('schengen rules lists every preset with its dates and source, in the reader\'s language and as JSON', async () => {
    const json = valid('rules', (await runInProcess(['rules', '--json'])).stdout);
    const presets = json['presets'] as { name: string; rules: { from: string | null; until: string | null }[] }[];
    expect(presets.map((preset) => preset.name)).toEqual(['schengen', 'ru-visa-free', 'ru-visa', 'by-visa-free', 'by-transit', 'tr']);
    // Issue 19 (rules.md §5.15): 90/180 came into 115-FZ Art. 5 on 1 January 2014 (docs/regimes.md).
    expect(presets[1]!.rules.map((rule) => [rule.from, rule.until])).toEqual([
      ['2014-01-01', '2024-12-31'],
      ['2025-01-01', null],
      ['2025-01-01', null],
    ]);
    for (const [lang, word] of [['nl', 'Rusland, visumvrij'], ['fr', 'Russie, sans visa'], ['de', 'Russland, visumfrei']] as const) {
      expect((await runInProcess(['rules', '--lang', lang])).stdout).toContain(word);
    }
  });

  it('calendar and ics name the zone of the rules: a Russia calendar is not titled Schengen, in every language', async () => {
    const stays = ['entry 2026-10-01 RU', 'exit 2026-11-10 RU'].join('\n');
    const title = async (lang: string) => (await runInProcess(['calendar', '-', '--rules', 'ru-visa-free', '--on', '2026-11-22', '--no-color', '--lang', lang], { stdin: stays })).stdout.split('\n\n')[1]!.split('\n')[0];
    expect(await title('en')).toMatch(/^Days in Russia, /);
    expect(await title('nl')).toMatch(/^Dagen in Rusland, /);
    expect(await title('fr')).toMatch(/^Jours en Russie, /);
    expect(await title('de')).toMatch(/^Tage in Russland, /);
    const schengen = (await runInProcess(['calendar', '-', '--on', '2026-11-22', '--no-color'], { stdin: 'entry 2026-10-01 FR\nexit 2026-11-10 FR' })).stdout;
    expect(schengen.split('\n\n')[1]).toMatch(/^Days in the Schengen area, /);
    // Inside on 22.11 (entered 20.11): the latest exit and the calendar's name say Russia.
    const ics = await runInProcess(['ics', '-', '--rules', 'ru-visa-free', '--on', '2026-11-22'], { stdin: 'entry 2026-11-20 RU' });
    expect(ics.stdout).toContain('SUMMARY:Russia: latest exit');
    expect(ics.stdout).toContain('X-WR-CALNAME:Stay in Russia');
    expect(ics.stdout).not.toContain('Schengen');
  });

  it('a bad preset or rule is a usage error naming the field (exit 2)', async () => {
    const preset = await runInProcess(['status', '--rules', 'ru', '--stay', '2026-01-01..2026-01-02', '--on', '2026-01-03']);
    expect(preset.exitCode).toBe(2);
    expect(preset.stderr).toContain('field "--rules"');
    const rule = await runInProcess(['plan', '--rule', '200/100', '--enter', '2026-01-01', '--on', '2026-01-01']);
    expect(rule.exitCode).toBe(2);
    expect(rule.stderr).toContain('is not a stay rule');
  });
});
