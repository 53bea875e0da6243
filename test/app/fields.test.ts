import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import type { QuestionName } from '../../src/app/questions.js';
import { dayFromCivil } from '../../src/core/day.js';
import { InputError, UsageError } from '../../src/errors.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { personComputer, personFromNdjson, type BatchOptions } from '../../src/batch/records.js';
import { runBatch } from '../../src/batch/run.js';
import { strictSchema } from '../support/strict-schema.js';
import { errorOf } from '../support/error-of.js';

/*
 * Issue 21, "ask only what you need": `fields` gives an answer of only those fields (after
 * schemaVersion, command and verdict), computing only what they need; records no longer repeat the
 * asked zone in `zones`, nor the default rules' description.
 */
const TODAY = dayFromCivil(2026, 11, 22);

// 01.09–10.10.2026 = 30 + 10 = 40 days; inside since 06.11: 06.11–22.11 = 17 days; 40 + 17 = 57 used, 33 left.
// Latest exit: on 25.12 the window starts 29.06 (25.12 − 179), so it holds the 40 days and 06.11–25.12 = 25 + 25 = 50: 90; 26.12 would be 91.
const INSIDE = {
  stays: [
    { entry: '2026-09-01', exit: '2026-10-10' },
    { entry: '2026-11-06', exit: null },
  ],
};

function ask(name: QuestionName, record: Record<string, unknown>) {
  const input = travelInputFromJson(record, {}, RECORD_KEYS);
  const { stays: _s, visas: _v, permits: _p, ...fields } = record;
  return askQuestion(name, { input, fields, today: TODAY, calendar: null });
}

const json = (name: QuestionName, record: Record<string, unknown>) => ask(name, record).json() as Record<string, unknown>;

describe('fields: only the fields asked for', () => {
  it('status --fields daysUsed,daysRemaining,latestExit: those three after schemaVersion, command and verdict', () => {
    const lean = json('status', { ...INSIDE, fields: ['daysUsed', 'daysRemaining', 'latestExit'] });
    expect(Object.keys(lean)).toEqual(['schemaVersion', 'command', 'verdict', 'daysUsed', 'daysRemaining', 'latestExit']);
    expect(lean).toMatchObject({ schemaVersion: 3, command: 'status', daysUsed: 57, daysRemaining: 33, latestExit: '2026-12-25' });
    // The verdict is the whole answer's.
    expect(lean['verdict']).toEqual(json('status', INSIDE)['verdict']);
  });

  it('one comma-separated text is the same as a list; the answer keeps its own order', () => {
    expect(json('status', { ...INSIDE, fields: ' latestExit, daysUsed ' })).toEqual(json('status', { ...INSIDE, fields: ['daysUsed', 'latestExit'] }));
    expect(Object.keys(json('status', { ...INSIDE, fields: 'latestExit,daysUsed' }))).toEqual(['schemaVersion', 'command', 'verdict', 'daysUsed', 'latestExit']);
  });

  it('computes only what the fields need: no earliest full stay, no limits of the stay under way', () => {
    const whole = ask('status', INSIDE).report as { fullStayPossibleFrom: number | null; currentStay: { limits: { stayRule: number | null } } };
    const lean = ask('status', { ...INSIDE, fields: 'daysUsed' }).report as typeof whole;
    // Whole: a 90-day stay needs the window clear of the 40 + 50 days: the search finds a day; the stay rule's own last day is 25.12.
    expect(whole.fullStayPossibleFrom).not.toBeNull();
    expect(whole.currentStay.limits.stayRule).toBe(dayFromCivil(2026, 12, 25));
    expect(lean.fullStayPossibleFrom).toBeNull();
    expect(lean.currentStay.limits.stayRule).toBeNull();
  });

  it('plan and next take fields too; an empty list leaves the verdict alone', () => {
    const plan = json('plan', { stays: [], enter: '2027-02-01', days: 30, fields: ['maxStayDays', 'trip'] });
    expect(Object.keys(plan)).toEqual(['schemaVersion', 'command', 'verdict', 'maxStayDays', 'trip']);
    // Nothing used before: 90 days from 01.02.2027; the 30-day trip complies, 0 days over.
    expect(plan).toMatchObject({ maxStayDays: 90, trip: { compliant: true, overstayDays: 0, firstOverstayDay: null } });
    expect(Object.keys(json('next', { stays: [], days: 10, fields: [] }))).toEqual(['schemaVersion', 'command', 'verdict']);
  });

  it('a lean answer is valid against its schema once only the always-there fields are required', () => {
    const schema = strictSchema('status') as { required: string[] };
    schema.required = ['schemaVersion', 'command', 'verdict'];
    const check = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(check(json('status', { ...INSIDE, fields: 'daysUsed,currentStay,zones' })), JSON.stringify(check.errors)).toBe(true);
  });

  it('a field the answer does not have is refused, naming the ones it has; calendar takes none', () => {
    const error = errorOf(() => json('status', { ...INSIDE, fields: 'daysUsed,daysLeft' }));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'fields.unknown', location: { field: 'fields' } });
    expect(error.message).toContain('"daysLeft" is no field of this answer');
    expect(error.message).toContain('daysRemaining');
    expect(errorOf(() => json('calendar', { ...INSIDE, fields: 'days' }))).toMatchObject({ code: 'json.unknownField', location: { field: 'fields' } });
    expect(errorOf(() => json('status', { ...INSIDE, fields: 7 }))).toMatchObject({ code: 'json.shape', location: { field: 'fields' } });
  });
});

describe('records leave out what they repeat', () => {
  it('the default rules are not described, unless explained, other rules, or asked for', () => {
    expect(json('status', INSIDE)).not.toHaveProperty('rules');
    expect(json('plan', { stays: [], enter: '2027-02-01' })).not.toHaveProperty('rules');
    expect(json('status', { ...INSIDE, explain: true })['rules']).toMatchObject({ preset: 'schengen' });
    expect(json('status', { ...INSIDE, rules: 'ru-visa-free' })['rules']).toMatchObject({ preset: 'ru-visa-free', zone: 'RU' });
    expect(json('next', { stays: [], days: 10, fields: 'rules' })['rules']).toMatchObject({ preset: 'schengen' });
  });

  it('an answer with fields holds only those: no rules under other rules, nor with explain, unless asked', () => {
    expect(json('status', { ...INSIDE, rules: 'ru-visa-free', fields: 'daysUsed,daysRemaining' })).not.toHaveProperty('rules');
    expect(json('status', { ...INSIDE, explain: true, fields: 'daysUsed' })).not.toHaveProperty('rules');
    expect(json('status', { ...INSIDE, rules: 'ru-visa-free', fields: 'daysUsed,rules' })['rules']).toMatchObject({ preset: 'ru-visa-free', zone: 'RU' });
  });

  it('zones holds only the other zones: none for a Schengen-only history, Russia beside Schengen', () => {
    expect(json('status', INSIDE)['zones']).toEqual([]);
    // 01.07–20.08.2026 in Russia: 31 + 20 = 51 days.
    const mixed = json('status', { stays: [...INSIDE.stays.slice(0, 1), { entry: '2026-07-01', exit: '2026-08-20', entryCountry: 'RU' }] });
    expect((mixed['zones'] as { preset: string; counts: { daysUsed: number }[] }[]).map((zone) => [zone.preset, zone.counts[0]?.daysUsed])).toEqual([['ru-visa-free', 51]]);
  });
});

describe('batch: a record’s own fields, else --fields', () => {
  const options = { query: 'status', format: 'ndjson', maxLineLength: 1_000_000, closed: [] } as BatchOptions;
  const line = (record: object) => ({ number: 1, text: JSON.stringify({ id: 'p1', ...record }), tooLong: false });
  const record = (defaults: Partial<BatchOptions>, fields: object) =>
    JSON.parse(personComputer({ ...options, ...defaults }, TODAY, null, 'in.ndjson')(personFromNdjson(line({ ...INSIDE, ...fields }), 'in.ndjson', { query: 'status', maxLineLength: 1_000_000 })!).json) as Record<string, unknown>;

  it('--fields shapes every record; the id stays second', () => {
    expect(Object.keys(record({ fields: 'daysRemaining' }, {}))).toEqual(['schemaVersion', 'id', 'command', 'verdict', 'daysRemaining']);
  });

  it('a record’s own "fields" wins over --fields', () => {
    expect(record({ fields: 'daysRemaining' }, { fields: ['latestExit'] })).toMatchObject({ id: 'p1', latestExit: '2026-12-25' });
    expect(record({ fields: 'daysRemaining' }, { fields: ['latestExit'] })).not.toHaveProperty('daysRemaining');
  });

  it('a wrong --fields is a usage error before any record', async () => {
    expect(await runBatch('/nonexistent', { ...options, fields: 'daysLeft' }, TODAY).catch((error: unknown) => error)).toBeInstanceOf(UsageError);
    expect(await runBatch('/nonexistent', { ...options, query: 'calendar', fields: 'days' }, TODAY).catch((error: unknown) => error)).toMatchObject({ code: 'fields.notTaken' });
  });
});
