import { beforeAll, describe, expect, it } from 'vitest';
import { belgianCalendarSource, type CalendarSource } from '../../src/app/annex3-params.js';
import { annex3Query, planQuery, statusQuery } from '../../src/app/queries.js';
import { annex3Params } from '../../src/app/annex3-params.js';
import { dayFromCivil } from '../../src/core/day.js';
import { InputError } from '../../src/errors.js';
import { loadCatalogue, type Catalogue, type Language } from '../../src/messages/catalogue.js';
import { assembleHistory } from '../../src/parse/assemble-history.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';
import { parseStayFlag } from '../../src/parse/stay-flag.js';
import { parseDate } from '../../src/parse/dates.js';
import { renderAnnex3Table } from '../../src/render/annex3.js';
import { explanationText, renderPlanTable, renderStatusTable } from '../../src/render/table.js';
import { formatUserError } from '../../src/render/user-error.js';
import { errorOf } from '../support/error-of.js';
import { tableRows } from '../e2e/run-cli.js';

/** Issue 23, "Wording", as a native reader sees it: each item a case that failed before. */
const catalogues = {} as Record<Language, Catalogue>;
let calendar: CalendarSource;
beforeAll(async () => {
  for (const language of ['en', 'nl', 'fr', 'de'] as const) catalogues[language] = await loadCatalogue(language);
  calendar = await belgianCalendarSource();
});

const style = (language: Language) => ({ language, messages: catalogues[language].table, colorLevel: 0 as const, width: 200 });
const on = dayFromCivil(2026, 1, 20);
// A one-entry visa of 30 days, entered 05.01.2026 and not left: the stay is under it.
const history = () => assembleHistory(parseStampFile('visa C 1 2026-01-01..2026-03-31 30\nentry 2026-01-05 BE\n', 'stamps.txt'), on);

describe('legal sources shown by --explain are in the reader’s language', () => {
  it.each([
    ['nl', 'Visumcode (Verordening (EG) nr. 810/2009) bijlage VII, punt 2'],
    ['fr', 'code des visas (règlement (CE) n°\u00a0810/2009), annexe VII, point 2'],
    ['de', 'Visakodex (Verordnung (EG) Nr. 810/2009) Anhang VII Nr. 2'],
  ] as const)('%s', (language, source) => {
    const result = statusQuery(history(), on, { explain: true });
    const text = explanationText(result.explanation, style(language));
    expect(text).toContain(source);
    expect(text).not.toMatch(/Visa Code|Schengen Borders Code|Annex VII|as amended/);
  });
});

describe('French: the punctuation that joins a label and its value, or two parts', () => {
  it('"30 jours\u202f; utilisé", "0\u00a0entrée, 0 jour" and "Base légale\u00a0:"', () => {
    const result = statusQuery(history(), on, { explain: true });
    const cells = tableRows(renderStatusTable(result.report, history().visas, style('fr'), result.explanation)).flat().join('\n');
    expect(cells).toContain('30 jours\u202f; utilisé avant ce séjour\u00a0: 0\u00a0entrée, 0 jour');
    expect(cells).toContain('Base légale\u00a0: ');
    expect(cells).not.toMatch(/ ;|[^\u00a0\u202f ];|entrée\(s\)|Base légale:/);
  });
});

describe('labels a native reader would write', () => {
  it('German: "Maßgebliche Grenze" and "Schengen-Aufenthaltsstatus"; Dutch: "Beslissende grens"', () => {
    const result = statusQuery(history(), on);
    const de = renderStatusTable(result.report, history().visas, style('de'));
    expect(de).toContain('Schengen-Aufenthaltsstatus am');
    expect(de).toContain('Maßgebliche Grenze');
    expect(de).not.toMatch(/Aufenthaltsstand|Maßgebliches Limit/);
    const before = assembleHistory(parseStampFile('entry 2026-01-05 BE\nexit 2026-01-20 BE\n', 'stamps.txt'), on);
    const plan = planQuery(before, on, { entry: dayFromCivil(2026, 6, 1), exit: null });
    expect(renderPlanTable(plan.report, [], style('nl'))).toContain('Beslissende grens');
  });
});

describe('field names inside messages are in the reader’s language', () => {
  it('a flag’s placeholder: Feld „--stay Nr. 1 VON“', () => {
    const error = errorOf(() => parseStayFlag('2026-13-01..2026-12-01', 1)) as InputError;
    expect(formatUserError(error, catalogues.de)).toMatch(/^Feld „--stay Nr\. 1 VON“: /);
    expect(formatUserError(error, catalogues.nl)).toMatch(/^veld "--stay nr\. 1 VAN": /);
  });

  it('a stamp line’s part: veld "datum", champ « mot-clé »', () => {
    const date = errorOf(() => parseStampFile('entry 2026-13-01', 'stamps.txt')) as InputError;
    expect(formatUserError(date, catalogues.nl)).toMatch(/^stamps\.txt:1: veld "datum": /);
    const keyword = errorOf(() => parseStampFile('vertrek 2026-06-01', 'stamps.txt')) as InputError;
    expect(formatUserError(keyword, catalogues.fr)).toMatch(/^stamps\.txt:1\u00a0: champ «\u00a0mot-clé\u00a0»\u00a0: /);
  });

  it('outside the command line, no command-line hint: the date forms without "+30d", the flags as fields', () => {
    const error = errorOf(() => parseDate('2026-13-01', { field: '--arrival' })) as InputError;
    expect(formatUserError(error, catalogues.nl)).toContain('op de opdrachtregel ook vandaag');
    expect(formatUserError(error, catalogues.nl, {}, 'record')).not.toMatch(/opdrachtregel|\+30d/);
  });
});

describe('lateness with --saturday-working counts Saturdays, and says so (rules.md §5.13)', () => {
  // Arrival Thu 02.06.2022 with Saturdays: deadline Tue 07.06 (05.06 Sunday, 06.06 Whit Monday passed
  // over). On Mon 13.06: Wed 8, Thu 9, Fri 10, Sat 11, Mon 13 = 5 working days late (Sunday 12 not).
  // Without Saturdays: deadline Wed 08.06; late Thu 9, Fri 10, Mon 13 = 3.
  it.each([
    [true, 'ja: 5 werkdagen (ma–za, feestdagen niet meegeteld)'],
    [false, 'ja: 3 werkdagen (ma–vr, feestdagen niet meegeteld)'],
  ])('Saturday a working day: %s', (saturdayWorking, late) => {
    const today = dayFromCivil(2022, 6, 13);
    const params = annex3Params({ arrival: '2022-06-02', saturdayWorking }, calendar, {}, '--', today);
    const result = annex3Query(assembleHistory(parseStampFile('', 's.txt'), today), today, params);
    expect(renderAnnex3Table(result.report, [], params.settings, style('nl'))).toContain(late);
  });
});
