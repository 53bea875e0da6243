import { describe, expect, it } from 'vitest';
import { statementQuery, statementRange } from '../../src/app/statement.js';
import { dayFromCivil } from '../../src/core/day.js';
import { english } from '../../src/messages/en/index.js';
import { fr } from '../../src/messages/fr/index.js';
import { assembleHistory } from '../../src/parse/assemble-history.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';
import { renderStatementHtml, renderStatementTable } from '../../src/render/statement.js';

/** `schengen statement`: the stays of a span with the count on each day of presence. Values worked out by hand. */
const today = dayFromCivil(2026, 12, 20);
const log = ['trip 2026-07-01..2026-07-10 DE', 'entry 2026-11-25 FR Paris <CDG> & "T2"', 'exit 2026-12-05 BE', 'booked 2027-01-05..2027-01-10 ES'].join('\n');
const history = assembleHistory(parseStampFile(log, 'log.txt'), today);

describe('statement', () => {
  it('every stay of the span, each day of presence with the days used in its window', () => {
    const json = statementQuery(history, today, statementRange({ from: '2026-11-01', to: '2027-01-31' }, today)).json();
    expect(json).toMatchObject({ command: 'statement', on: '2026-12-20', from: '2026-11-01', to: '2027-01-31', verdict: { ok: true, code: 'calendarClear' } });
    // July's trip has no day in the span; it still counts in the windows of November (25 Nov − 179 = 30 May).
    expect(json.stays.map((stay) => [stay.entry, stay.exit, stay.booked, stay.recordedAsBooked])).toEqual([
      ['2026-11-25', '2026-12-05', false, false],
      ['2027-01-05', '2027-01-10', true, true],
    ]);
    const [stay, booked] = json.stays;
    expect(stay).toMatchObject({ entryCountry: 'FR', entryPlace: 'Paris <CDG> & "T2"', exitCountry: 'BE', exitPlace: null, days: 11, countedDays: 11 });
    // 10 July days + 1 on 25 Nov, … + 11 on 5 Dec.
    expect(stay!.presence.map((day) => day.daysUsed)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(stay!.presence[0]).toEqual({ date: '2026-11-25', counted: true, daysUsed: 11, unauthorised: false });
    // 5 Jan 2027 − 179 days: back 5 to 31 Dec, 31 to 30 Nov, 30 to 31 Oct, 31 to 30 Sep, 30 to 31 Aug,
    // 31 to 31 Jul (158), 21 more: 10 Jul. The window [10 Jul 2026, 5 Jan 2027] holds 10 Jul, 11 days, then 1.
    expect(booked!.presence[0]).toMatchObject({ date: '2027-01-05', daysUsed: 1 + 11 + 1 });
  });

  it('the span by default: the window of the reference day', () => {
    const json = statementQuery(history, today, statementRange({}, today)).json();
    // 20 Dec − 179 = 24 Jun: July's trip is in it, the booked one is not.
    expect([json.from, json.to]).toEqual(['2026-06-24', '2026-12-20']);
    expect(json.stays.map((stay) => stay.entry)).toEqual(['2026-07-01', '2026-11-25']);
  });

  it('--to before --from is refused, naming --to', () => {
    expect(() => statementRange({ from: '2026-12-01', to: '2026-11-01' }, today)).toThrow(expect.objectContaining({ code: 'range.untilBeforeFrom', location: expect.objectContaining({ field: '--to' }) }));
  });

  it('the printable page escapes every value and speaks the reader’s language', () => {
    const result = statementQuery(history, today, statementRange({ from: '2026-11-01', to: '2027-01-31' }, today));
    const html = renderStatementHtml(result.report, { language: 'fr', messages: fr.table, colorLevel: 0 });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Paris &lt;CDG&gt; &amp; &quot;T2&quot;');
    expect(html).not.toContain('<CDG>');
    expect(html).toContain('Relevé des séjours dans l’espace Schengen');
    expect(html).toContain('@page { size: A4;');
    const table = renderStatementTable(result.report, { language: 'en', messages: english.table, colorLevel: 0 });
    expect(table).toContain('25 Nov   11');
    expect(table.split('\n').every((line) => line.length <= 80)).toBe(true);
  });
});
