import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belgianCalendarSource } from '../../src/app/annex3-params.js';
import { askQuestion } from '../../src/app/record.js';
import { QUESTION_NAMES } from '../../src/app/questions.js';
import { VERDICT_CODES } from '../../src/messages/verdict-catalogue.js';
import { verdictDe } from '../../src/messages/de/verdict.js';
import { verdictEn } from '../../src/messages/en/verdict.js';
import { verdictFr } from '../../src/messages/fr/verdict.js';
import { verdictNl } from '../../src/messages/nl/verdict.js';
import { dayFromCivil } from '../../src/core/day.js';
import { emptyTravelInput } from '../../src/parse/travel-input.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { RECORD_KEYS } from '../../src/app/record.js';

/** One question asked in-process, as every door asks it; its JSON answer. */
async function ask(name: (typeof QUESTION_NAMES)[number], record: Record<string, unknown>): Promise<{ verdict: { ok: boolean; code: string; text: string } } & Record<string, unknown>> {
  const input = travelInputFromJson(record, {}, RECORD_KEYS);
  const { stays: _s, visas: _v, permits: _p, ...fields } = record;
  const calendar = name === 'annex3' ? await belgianCalendarSource() : null;
  return askQuestion(name, { input: name === 'apply' || name === 'visa' || name === 'rules' ? emptyTravelInput() : input, fields: { ...fields }, today: dayFromCivil(2026, 12, 6), calendar }).json() as never;
}

describe('the verdict of every question (named cases, checked by hand)', () => {
  it.each([
    // 01.10–06.12.2026 inside: 31 + 30 + 6 = 67 days used; 90 − 67 = 23 more days after today → leave by 29.12 (24 days with today).
    ['status inside', 'status', { stays: [{ entry: '2026-10-01', exit: null }] }, true, 'statusInside', 'OK: your stay in the Schengen area is authorised; leave by 2026-12-29 at the latest (24 days including today).'],
    // 01.01–21.03.2026 = 31 + 28 + 21 = 80 days; on 25.03 all 80 are in the window: 10 left.
    ['status outside', 'status', { stays: [{ entry: '2026-01-01', exit: '2026-03-21' }], on: '2026-03-25' }, true, 'statusOutside', 'OK: no unauthorised day; 10 of 90 days left on 2026-03-25.'],
    // 01.01–30.04.2026 = 31 + 28 + 31 + 30 = 120 days: day 91 is 01.04; 30 days over.
    ['status past overstay', 'status', { stays: [{ entry: '2026-01-01', exit: '2026-04-30' }], on: '2026-06-01' }, false, 'statusUnauthorisedPast', 'Not OK: 30 unauthorised days in the Schengen area, the first on 2026-04-01 (the 90/180-day rule).'],
    // inside since 01.01.2026, on 06.04 (day 96): unauthorised since 01.04 (day 91).
    ['status overstaying now', 'status', { stays: [{ entry: '2026-01-01', exit: null }], on: '2026-04-06' }, false, 'statusUnauthorisedNow', 'Not OK: you are staying in the Schengen area without authorisation since 2026-04-01 (the 90/180-day rule); leave now.'],
    // Nothing used: a 30-day trip from 01.02.2027 complies.
    ['plan trip complies', 'plan', { stays: [], enter: '2027-02-01', days: 30 }, true, 'planTripComplies', 'OK: the trip 2027-02-01 – 2027-03-02 (30 days) complies with every limit.'],
    // 100 days from 01.02.2027: day 91 is 02.05.2027.
    ['plan trip breaks', 'plan', { stays: [], enter: '2027-02-01', days: 100 }, false, 'planTripBreaks', 'Not OK: the trip 2027-02-01 – 2027-05-11 breaks the 90/180-day rule from 2027-05-02.'],
    // Nothing used: a 90-day trip can start today.
    ['next found', 'next', { stays: [], days: 90 }, true, 'nextFound', 'OK: a trip of 90 days can start on 2026-12-06 at the earliest (last day 2027-03-05).'],
    // Arrival Thu 24.12.2026: Fri 25 (Christmas) and the weekend skipped → Mon 28, Tue 29, Wed 30; stay 24.12 + 89 = 23.03.2027.
    ['annex3 issue', 'annex3', { stays: [], arrival: '2026-12-24' }, true, 'annex3Issue', 'OK: report to the municipality by 2026-12-30; the authorised stay ends on 2027-03-23.'],
    // A single-entry C visa valid 01.10–10.11.2026, arrival 20.11: after UNTIL, no authorised stay.
    ['annex3 refuse', 'annex3', { stays: [], visas: [{ type: 'C', entries: 1, validFrom: '2026-10-01', validUntil: '2026-11-10', durationDays: 30 }], arrival: '2026-11-20' }, false, 'annex3Refuse', 'Not OK: no authorised stay from the entry on 2026-11-20 (no valid visa): do not issue the declaration.'],
    // Travel 01.03.2027, lodged 10.02.2027: decision due 15 days later, 25.02.2027.
    ['apply decision due', 'apply', { travel: '2027-03-01', lodged: '2027-02-10' }, true, 'applyDecisionDue', 'OK: the decision is due by 2027-02-25, for travel on 2027-03-01.'],
    // Travel 10.12.2026, four days after the reference day: the last day to lodge (15 days before) was 25.11.2026.
    ['apply past', 'apply', { travel: '2026-12-10' }, false, 'applyPastLastDay', 'Not OK: the last day to lodge for travel on 2026-12-10 was 2026-11-25; only an urgent case may still be accepted.'],
    // ICAO specimen MRV-A: valid until 961210 → 1996-12-10.
    ['visa read', 'visa', { mrz: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'] }, true, 'visaRead', 'OK: every check digit is right; the visa is valid until 1996-12-10.'],
    ['rules listed', 'rules', {}, true, 'rulesListed', 'OK: 6 sets of stay rules.'],
    // 05.03–07.03 inside, span March: nothing unauthorised.
    ['calendar clear', 'calendar', { stays: [{ entry: '2026-03-05', exit: '2026-03-07' }], on: '2026-03-10', from: '2026-03-01', to: '2026-03-31' }, true, 'calendarClear', 'OK: no unauthorised day in the Schengen area from 2026-03-01 to 2026-03-31.'],
  ] as const)('%s', async (_name, question, record, ok, code, text) => {
    const answer = await ask(question, record);
    expect(answer.verdict).toEqual({ ok, code, text });
    // The verdict comes right after schemaVersion and command.
    expect(Object.keys(answer).slice(0, 3)).toEqual(['schemaVersion', 'command', 'verdict']);
  });
});

describe('the verdict sentences', () => {
  const languages = { en: verdictEn, nl: verdictNl, fr: verdictFr, de: verdictDe };
  const words = { date: (iso: string) => iso, limit: (limit: string) => limit, zone: (zone: string) => zone };
  const params = new Proxy({}, { get: (_target, key) => (key === 'latestExit' ? '2026-12-29' : key === 'days' ? 3 : 'X') });

  it.each(Object.entries(languages).flatMap(([lang, catalogue]) => VERDICT_CODES.map((code) => [lang, code, catalogue] as const)))('%s %s begins with the verdict word and ends a sentence', (lang, code, catalogue) => {
    const text = catalogue.sentences[code](params, words);
    const start = { en: /^(OK|Not OK): /, nl: /^(In orde|Niet in orde): /, fr: /^(Conforme|Non conforme)\u00a0: /, de: /^(In Ordnung|Nicht in Ordnung): / }[lang as 'en'];
    expect(text).toMatch(start);
    expect(text).toMatch(/\.$/);
  });

  it.each(VERDICT_CODES)('fr %s: a non-breaking space before ; : ! ?', (code) => {
    expect(verdictFr.sentences[code](params, words)).not.toMatch(/ [;:!?]/);
  });

  it('docs/questions.md lists every verdict code', () => {
    const page = readFileSync(new URL('../../docs/questions.md', import.meta.url), 'utf8');
    for (const code of VERDICT_CODES) expect(page).toContain(`\`${code}\``);
  });
});
