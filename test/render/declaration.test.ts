import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { belgianCalendarSource, type CalendarSource } from '../../src/app/annex3-params.js';
import type { Annex3Answer } from '../../src/app/queries.js';
import { askQuestion } from '../../src/app/record.js';
import { mayIssueDeclaration } from '../../src/core/annex3.js';
import { dayFromCivil } from '../../src/core/day.js';
import { loadCatalogue, type Catalogue } from '../../src/messages/catalogue.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';
import { renderAnnex3Print } from '../../src/render/annex3.js';
import { renderAnnex3Html, renderAnnex3Worksheet, renderDeclarationSheets } from '../../src/render/annex3-html.js';
import { renderVerdictLine } from '../../src/render/verdict.js';

/**
 * Issue 23: the declaration as handed out, and the refusal notice that replaces it. Asked through
 * the same record path as every door (askQuestion), rendered by the one renderer of the sheets.
 */
let calendar: CalendarSource;
const catalogues: Record<string, Catalogue> = {};
beforeAll(async () => {
  calendar = await belgianCalendarSource();
  for (const language of ['en', 'nl', 'fr', 'de'] as const) catalogues[language] = await loadCatalogue(language);
});

function ask(stamps: string, arrival: string, on: string) {
  const answer = askQuestion('annex3', { input: parseStampFile(stamps, 'stamps.txt'), fields: { arrival, on }, today: dayFromCivil(2026, 1, 1), calendar });
  return { answer: answer.report as Annex3Answer, verdict: answer.verdict, visas: parseStampFile(stamps, 'stamps.txt').visas.map((v) => v.visa) };
}

const SIGNATURE = /a3-signatures|Signature|Handtekening|Unterschrift|Sceau|Stempel van de gemeente|Siegel/;
/** A page without its style sheet (which names every class, signatures included). */
const body = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '');
const ISSUE = { municipality: 'Leuven', references: ['B3/2026/0041'], date: dayFromCivil(2026, 11, 20) };

describe('a refused entry: the notice, never the form', () => {
  // Each case: the refusal, and a date that shows it, written out by hand.
  it.each([
    // The issue's repro: visa valid 01.10–10.11.2026, arrival 20.11.2026.
    ['an expired visa', 'visa C 1 2026-10-01..2026-11-10 30\n', '2026-11-20', 'noVisa', 'expired on Tue 10 Nov 2026, before the entry'],
    ['a visa not yet valid', 'visa C MULT 2026-12-01..2027-05-31 90\n', '2026-11-20', 'noVisa', 'not yet valid on the entry day: valid from Tue 1 Dec 2026'],
    // One entry, used by the stay of 01–10.03.2026.
    ['its one entry used', 'visa C 1 2026-01-01..2026-12-31 90\nentry 2026-03-01 BE\nexit 2026-03-10 BE\n', '2026-06-01', 'visaEntries', 'every entry already used (1 of 1)'],
    // DURATION 10, all ten days spent 01–10.02.2026.
    ['its days used', 'visa C MULT 2026-01-01..2026-12-31 10\nentry 2026-02-01 BE\nexit 2026-02-10 BE\n', '2026-06-01', 'visaDuration', 'every day of stay already used (10 of 10)'],
    // 01.01–31.03.2026 is 31 + 28 + 31 = 90 days; on 10.04.2026 its window (10.04 − 179 = 13.10.2025) holds 90 + 1 = 91.
    ['90/180 reached', 'entry 2026-01-01 BE\nexit 2026-03-31 BE\n', '2026-04-10', 'rule90180', '91 days of 90 used in the period from Mon 13 Oct 2025 to Fri 10 Apr 2026'],
  ])('%s', (_name, stamps, arrival, limit, shown) => {
    const { answer, verdict, visas } = ask(stamps, arrival, arrival);
    expect(mayIssueDeclaration(answer)).toBe(false);
    expect(answer.refusal?.limit).toBe(limit);
    expect(verdict.code).toBe('annex3Refuse');
    const en = catalogues['en']!;
    const html = renderAnnex3Html(answer, verdict, en, [{ name: 'DOE John' }], ISSUE);
    expect(html).toContain('<h1>Do not issue an arrival declaration</h1>');
    expect(html).toContain(shown);
    expect(html).toContain('Border Inspection of the Immigration Office (DVZ/OE)');
    expect(body(html)).not.toMatch(SIGNATURE);
    expect(html).not.toContain('is authorised to stay');
    const style = { language: 'en' as const, messages: en.table, colorLevel: 0 as const };
    const print = renderAnnex3Print(answer, renderVerdictLine(verdict, en), visas, style, [{ name: 'DOE John' }]);
    expect(print).toContain(shown);
    expect(print).not.toMatch(SIGNATURE);
    expect(body(renderAnnex3Worksheet(answer, verdict, visas, en, [], ISSUE.date))).not.toMatch(SIGNATURE);
  });

  it.each(['nl', 'fr', 'de'])('the notice in %s, with the expired visa’s dates', (language) => {
    const { answer, verdict } = ask('visa C 1 2026-10-01..2026-11-10 30\n', '2026-11-20', '2026-11-20');
    const html = renderDeclarationSheets(answer, verdict, catalogues[language]!, [{ name: 'DOE John' }], ISSUE);
    const dates = { nl: ['01/10/2026', '10/11/2026', 'DVZ'], fr: ['01/10/2026', '10/11/2026', 'Office des étrangers'], de: ['01.10.2026', '10.11.2026', 'DVZ/OE'] }[language]!;
    for (const text of dates) expect(html).toContain(text);
    expect(html).not.toMatch(SIGNATURE);
  });

  it('whatever the history: a form (with signatures) exactly when the declaration may be issued', () => {
    const day = (offset: number) => {
      const date = new Date(Date.UTC(2026, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    };
    const history = fc.record({
      stayStart: fc.integer({ min: 0, max: 200 }),
      stayDays: fc.integer({ min: 1, max: 95 }),
      gap: fc.integer({ min: 1, max: 120 }),
      visa: fc.option(fc.record({ from: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 200 }), entries: fc.constantFrom('1', '2', 'MULT'), duration: fc.integer({ min: 1, max: 90 }) })),
    });
    fc.assert(
      fc.property(history, ({ stayStart, stayDays, gap, visa }) => {
        const exit = stayStart + stayDays - 1;
        const arrival = day(exit + gap);
        const stamps = `entry ${day(stayStart)} BE\nexit ${day(exit)} BE\n${visa === null ? '' : `visa C ${visa.entries} ${day(visa.from)}..${day(visa.from + visa.length)} ${visa.duration}\n`}`;
        const { answer, verdict } = ask(stamps, arrival, arrival);
        const html = renderDeclarationSheets(answer, verdict, catalogues['en']!, [{ name: 'X' }], ISSUE);
        expect(/a3-signatures/.test(html)).toBe(mayIssueDeclaration(answer));
        expect(verdict.code === 'annex3Refuse').toBe(!mayIssueDeclaration(answer));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the declaration as the model prints it', () => {
  // Entry 20.12.2026 on a one-entry visa valid 01.12.2026–31.01.2027 for 30 days: 20.12 + 30 − 1 = 18.01.2027.
  const stamps = 'visa C 1 2026-12-01..2027-01-31 30\nentry 2026-12-20 FR\n';

  it.each([
    ['nl', 'Gemeente', 'Referentienummer', 'Geboortedatum en -plaats', 'mag in het Rijk verblijven tot en met <strong>18/01/2027</strong>', 'Afgegeven te Leuven op 24/12/2026.', 'Foto'],
    ['fr', 'Commune', 'Numéro de référence', 'Date et lieu de naissance', 'jusqu’au <strong>18/01/2027</strong> inclus', 'Délivrée à Leuven, le 24/12/2026.', 'Photo'],
    ['de', 'Gemeinde', 'Aktenzeichen', 'Geburtsdatum und -ort', 'bis einschließlich <strong>18.01.2027</strong> im Königreich', 'Ausgestellt in Leuven am 24.12.2026.', 'Lichtbild'],
  ])('%s: the model’s fields and sentence, no worksheet words', (language, municipality, reference, birth, sentence, issued, photo) => {
    const { answer, verdict } = ask(stamps, '2026-12-24', '2026-12-24');
    const issue = { municipality: 'Leuven', references: ['B3/2026/0041'], date: dayFromCivil(2026, 12, 24) };
    const html = renderAnnex3Html(answer, verdict, catalogues[language]!, [{ name: 'DOE John', birthDate: '14 MAR 1985', birthPlace: 'Boston', nationality: 'USA', document: 'P 123', address: 'Rue Haute 1' }], issue);
    for (const text of [municipality, reference, 'B3/2026/0041', birth, '14 MAR 1985, Boston', sentence, issued, photo, 'a3-signatures', 'DOE John', 'Rue Haute 1']) expect(html).toContain(text);
    // The worksheet's words stay on the worksheet (issue 23: "Bepalende limiet", "Niet meegetelde dagen", "berekend door schengen").
    expect(html).not.toMatch(/limiet|Grenze|Limite|meegetelde|nicht gezählt|non comptés|schengen op|Rechtsgrond|Base légale|Rechtsgrundlage/);
  });

  it('one sheet per person, each with its own reference', () => {
    const { answer, verdict } = ask(stamps, '2026-12-24', '2026-12-24');
    const html = renderDeclarationSheets(answer, verdict, catalogues['nl']!, [{ name: 'A' }, { name: 'B' }], { municipality: null, references: ['7', '8'], date: dayFromCivil(2026, 12, 24) });
    expect(html.match(/<section class="a3-sheet a3-declaration">/g)).toHaveLength(2);
    expect(html).toContain('Persoon 2 van 2');
    // no municipality given: a line to fill in by hand
    expect(html).toContain('<span class="a3-fill"></span>');
  });

  it('the worksheet keeps the deadline, the days not counted, the limit that binds and the legal basis', () => {
    const { answer, verdict, visas } = ask(stamps, '2026-12-24', '2026-12-24');
    const html = renderAnnex3Worksheet(answer, verdict, visas, catalogues['de']!, [], dayFromCivil(2026, 12, 24));
    // Arrival Thu 24.12.2026: 25.12 holiday, 26–27.12 weekend; Mon 28, Tue 29, Wed 30 → Mi. 30.12.2026.
    for (const text of ['Mi. 30.12.2026', 'Nicht gezählte Tage', 'Maßgebliche Grenze', 'Rechtsgrundlage']) expect(html).toContain(text);
    expect(body(html)).not.toMatch(SIGNATURE);
  });
});
