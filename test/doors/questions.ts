/**
 * Random questions for the cross-door tests (issue 19): a history (stays in sequence, with and
 * without countries, CY, RU, BY and TR included; visa stickers of every type and number of
 * entries; permits), a reference day that leaves some stays after it (booked stays), and the
 * fields of one of the nine questions (every preset, custom rules, nationality). About one
 * question in five is made invalid on purpose, so that refusals are compared too.
 *
 * A question is plain JSON, as a batch record or an HTTP body carries it; `optionArgs` writes it
 * as command-line options (parameter `fooBar` ↔ `--foo-bar`). Nothing here comes from src/.
 */
import fc from 'fast-check';

export const NAMES = ['status', 'plan', 'next', 'annex3', 'calendar', 'apply', 'visa', 'rules', 'check'] as const;
export type Name = (typeof NAMES)[number];

/** stays, visas, permits; a mutation may give one the wrong shape. */
export interface History {
  readonly stays?: Record<string, unknown>[] | Record<string, unknown>;
  readonly visas?: Record<string, unknown>[];
  readonly permits?: Record<string, unknown>[];
}

const staysOf = (history: History): Record<string, unknown>[] => (Array.isArray(history.stays) ? history.stays : []);

export interface Question {
  readonly name: Name;
  /** stays, visas, permits: only for a question that takes a history (or a mutation that adds one). */
  readonly history: History;
  /** The question's own fields, `on` included. */
  readonly fields: Record<string, unknown>;
  /** How it was made invalid, if it was. */
  readonly mutation: string | null;
}

export const takesHistory = (name: Name) => !['apply', 'visa', 'rules'].includes(name);

const DAY_MS = 86_400_000;
/** An epoch day as YYYY-MM-DD. */
export const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** Histories start in 2025 or 2026: every preset's rules are in force then (rules.md §9). */
const FIRST_BASE = dayOf(2025, 1, 1);
const LAST_BASE = dayOf(2026, 12, 31);

const COUNTRIES = [null, null, 'FR', 'BE', 'DE', 'CY', 'RU', 'BY', 'TR', 'GB'] as const;
export const PRESETS = ['schengen', 'ru-visa-free', 'ru-visa', 'by-visa-free', 'by-transit', 'tr'] as const;
const RULES = ['90/180', '90/year', 'stay<=30', '60/90', '30/60'] as const;
const NATIONALITIES = ['PL', 'LT', 'LV', 'DE', 'US', 'RU'] as const;

/** Valid visa MRZs (test/parse/mrz.test.ts: the ICAO 9303 examples and the French specimen). */
const MRZS: readonly (readonly [string, string])[] = [
  ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
  ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'],
  ['VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703'],
];

const stayPart = fc.record({
  gap: fc.oneof({ weight: 2, arbitrary: fc.constant(-1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 5, arbitrary: fc.integer({ min: 6, max: 150 }) }),
  length: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 4, arbitrary: fc.integer({ min: 6, max: 60 }) }, { weight: 2, arbitrary: fc.integer({ min: 61, max: 100 }) }),
  country: fc.constantFrom(...COUNTRIES),
  exitCountry: fc.boolean(),
});

const visaArbitrary = (base: number) =>
  fc
    .record({
      type: fc.constantFrom('C', 'C', 'LTV', 'A', 'D'),
      entries: fc.constantFrom(1, 2, 'MULT', 'MULT'),
      from: fc.integer({ min: -60, max: 250 }),
      validity: fc.integer({ min: 0, max: 400 }),
      shortStay: fc.integer({ min: 1, max: 90 }),
      longStay: fc.integer({ min: 91, max: 365 }),
      validFor: fc.subarray(['FR', 'BE', 'DE', 'CY'], { minLength: 1 }),
    })
    .map(({ type, entries, from, validity, shortStay, longStay, validFor }) => ({
      type,
      entries,
      validFrom: iso(base + from),
      validUntil: iso(base + from + validity),
      // A short-stay sticker allows at most 90 days; a national long-stay one more.
      durationDays: type === 'D' ? longStay : shortStay,
      ...(type === 'LTV' ? { validFor } : {}),
    }));

const permitArbitrary = (base: number) =>
  fc
    .record({ from: fc.integer({ min: -60, max: 250 }), length: fc.integer({ min: 0, max: 365 }), country: fc.option(fc.constantFrom('BE', 'FR', 'RU'), { nil: undefined }) })
    .map(({ from, length, country }) => ({ from: iso(base + from), until: iso(base + from + length), ...(country === undefined ? {} : { country }) }));

interface Setting {
  readonly base: number;
  readonly history: History;
  /** The reference day. */
  readonly on: number;
}

export const settingArbitrary: fc.Arbitrary<Setting> = fc
  .record({
    base: fc.integer({ min: FIRST_BASE, max: LAST_BASE }),
    parts: fc.array(stayPart, { maxLength: 5 }),
    openLast: fc.boolean(),
    onOffset: fc.integer({ min: -10, max: 400 }),
  })
  .chain(({ base, parts, openLast, onOffset }) => {
    const stays: Record<string, unknown>[] = [];
    let previousExit = base - 1;
    for (const { gap, length, country, exitCountry } of parts) {
      const entry = previousExit + gap + 1;
      const exit = entry + length - 1;
      stays.push({ entry: iso(entry), exit: iso(exit), ...(country === null ? {} : { entryCountry: country }), ...(country !== null && exitCountry ? { exitCountry: country } : {}) });
      previousExit = exit;
    }
    // The last stay still under way on the reference day, sometimes.
    const on = base + onOffset;
    const last = stays.at(-1);
    if (openLast && last !== undefined && (last['entry'] as string) <= iso(on)) last['exit'] = null;
    return fc.record({ visas: fc.array(visaArbitrary(base), { maxLength: 2 }), permits: fc.array(permitArbitrary(base), { maxLength: 1 }) }).map(({ visas: drawn, permits }) => {
      // Short-stay stickers valid on the same day are refused (visa.overlap): the second starts after the first.
      const visas = drawn.length === 2 && drawn[0]!.type !== 'D' && drawn[1]!.type !== 'D' ? [drawn[0]!, { ...drawn[1]!, ...after(drawn[0]!.validUntil, drawn[1]!) }] : drawn;
      return {
      base,
      on,
        history: { stays, ...(visas.length === 0 ? {} : { visas }), ...(permits.length === 0 ? {} : { permits }) },
      };
    });
  });

/** A sticker moved to start the day after `until`, its validity kept. */
function after(until: string, visa: { validFrom: string; validUntil: string }): { validFrom: string; validUntil: string } {
  const length = (Date.parse(visa.validUntil) - Date.parse(visa.validFrom)) / DAY_MS;
  const from = Date.parse(`${until}T00:00:00Z`) / DAY_MS + 1;
  return { validFrom: iso(from), validUntil: iso(from + length) };
}

/** Leaves out the keys whose value is undefined (fc.record with optional keys gives them absent already). */
const defined = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

const rulesFields = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 4,
    arbitrary: fc.record({
      rules: maybe(fc.constantFrom(...PRESETS)),
      rule: maybe(fc.oneof(fc.constantFrom(...RULES), fc.uniqueArray(fc.constantFrom(...RULES), { minLength: 1, maxLength: 2 }))),
      nationality: maybe(fc.constantFrom(...NATIONALITIES)),
    }),
  },
);

const fieldArbitraries: Record<Name, (setting: Setting) => fc.Arbitrary<Record<string, unknown>>> = {
  status: ({ on }) =>
    fc
      .record({ explain: maybe(fc.boolean()), rules: rulesFields, eesDaysLeft: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 90 }) }) })
      .map(({ explain, rules, eesDaysLeft }) => defined({ on: iso(on), explain, ...rules, eesDaysLeft })),
  plan: ({ on }) =>
    fc
      .record({
        enter: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -5, max: 0 }) }, { weight: 5, arbitrary: fc.integer({ min: 1, max: 200 }) }),
        end: fc.oneof(fc.constant(null), fc.record({ exit: fc.integer({ min: 0, max: 100 }) }), fc.record({ days: fc.integer({ min: 1, max: 90 }) })),
        country: maybe(fc.constantFrom('FR', 'BE', 'DE', 'CY')),
        explain: maybe(fc.boolean()),
        rules: rulesFields,
      })
      .map(({ enter, end, country, explain, rules }) =>
        defined({
          on: iso(on),
          enter: iso(on + enter),
          ...(end === null ? {} : 'exit' in end ? { exit: iso(on + enter + end.exit) } : { days: end.days }),
          country,
          explain,
          ...rules,
        }),
      ),
  next: ({ on }) =>
    fc
      .record({ days: fc.integer({ min: 1, max: 90 }), from: maybe(fc.integer({ min: 0, max: 100 })), leave: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }) }), explain: maybe(fc.boolean()), rules: rulesFields })
      .map(({ days, from, leave, explain, rules }) =>
        defined({ on: iso(on), days, from: from === undefined ? undefined : iso(on + from), leave: leave === undefined ? undefined : iso(on + leave), explain, ...rules }),
      ),
  annex3: ({ on }) =>
    fc
      .record({
        arrival: fc.integer({ min: -10, max: 30 }),
        entry: maybe(fc.integer({ min: 0, max: 10 })),
        community: maybe(fc.constantFrom('vlg', 'fr', 'de')),
        closed: maybe(fc.oneof(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 8 }))),
        saturdayWorking: maybe(fc.boolean()),
        explain: maybe(fc.boolean()),
      })
      .map(({ arrival, entry, community, closed, saturdayWorking, explain }) =>
        defined({
          on: iso(on),
          arrival: iso(on + arrival),
          entry: entry === undefined ? undefined : iso(on + arrival - entry),
          community,
          closed: closed === undefined ? undefined : Array.isArray(closed) ? closed.map((offset) => iso(on + arrival + offset)) : iso(on + arrival + closed),
          saturdayWorking,
          explain,
        }),
      ),
  calendar: ({ on }) =>
    fc
      .record({ span: maybe(fc.record({ from: fc.integer({ min: -200, max: 0 }), length: fc.integer({ min: 0, max: 400 }) })), rules: rulesFields })
      .map(({ span, rules }) => defined({ on: iso(on), ...(span === undefined ? {} : { from: iso(on + span.from), to: iso(on + span.from + span.length) }), ...rules })),
  apply: ({ on }) =>
    fc
      .record({ travel: fc.integer({ min: -3, max: 300 }), lodged: maybe(fc.integer({ min: 0, max: 200 })), facilitated: maybe(fc.boolean()), seafarer: maybe(fc.boolean()), extended: maybe(fc.boolean()) })
      .map(({ travel, lodged, facilitated, seafarer, extended }) =>
        defined({ on: iso(on), travel: iso(on + travel), lodged: lodged === undefined ? undefined : iso(on + travel - lodged), facilitated, seafarer, extended: lodged === undefined ? undefined : extended }),
      ),
  visa: () => fc.constantFrom(...MRZS).map((mrz) => ({ mrz: [...mrz] })),
  rules: () => fc.constant({}),
  check: ({ on }) =>
    fc.record({ explain: maybe(fc.boolean()), timeline: maybe(fc.boolean()), rules: rulesFields }).map(({ explain, timeline, rules }) => defined({ on: iso(on), explain, timeline, ...rules })),
};

/** What a question's fields may be; a field of another question is one its question refuses. */
const PARAMETERS: Record<Name, readonly string[]> = {
  status: ['on', 'explain', 'rules', 'rule', 'nationality', 'eesDaysLeft'],
  plan: ['on', 'enter', 'exit', 'days', 'country', 'explain', 'rules', 'rule', 'nationality'],
  next: ['on', 'days', 'from', 'leave', 'explain', 'rules', 'rule', 'nationality'],
  annex3: ['on', 'arrival', 'entry', 'community', 'closed', 'saturdayWorking', 'explain'],
  calendar: ['on', 'from', 'to', 'rules', 'rule', 'nationality'],
  apply: ['on', 'travel', 'lodged', 'facilitated', 'seafarer', 'extended'],
  visa: ['mrz'],
  rules: [],
  check: ['on', 'explain', 'timeline', 'rules', 'rule', 'nationality'],
};
const REQUIRED: Record<Name, readonly string[]> = { status: [], plan: ['enter'], next: ['days'], annex3: ['arrival'], calendar: [], apply: ['travel'], visa: ['mrz'], rules: [], check: [] };
const DATE_FIELDS = ['on', 'enter', 'exit', 'from', 'leave', 'arrival', 'entry', 'to', 'travel', 'lodged'];
const ALL_FIELDS = [...new Set(Object.values(PARAMETERS).flat())];
/** A value of the right type for a field some other question takes. */
const FOREIGN_VALUE: Record<string, unknown> = { eesDaysLeft: 10, timeline: true, explain: true, saturdayWorking: true, facilitated: true, seafarer: true, extended: true, days: 10, closed: ['2026-01-02'], community: 'vlg', mrz: MRZS[2], rules: 'schengen', rule: '90/180', nationality: 'PL', country: 'FR' };

type Mutation = (question: Question, pick: number) => Question | null;

const withFields = (question: Question, fields: Record<string, unknown>, mutation: string): Question => ({ ...question, fields, mutation });

/** Ways to make a question invalid; null when the way does not apply to it. */
const MUTATIONS: Record<string, Mutation> = {
  unknownField: (q, pick) => withFields(q, { ...q.fields, [['foo', 'query', 'Days'][pick % 3]!]: 1 }, 'unknownField'),
  otherQuestionsField: (q, pick) => {
    const foreign = ALL_FIELDS.filter((field) => !PARAMETERS[q.name].includes(field));
    const field = foreign[pick % foreign.length]!;
    return withFields(q, { ...q.fields, [field]: FOREIGN_VALUE[field] ?? '2026-01-02' }, `otherQuestionsField ${field}`);
  },
  badDate: (q, pick) => {
    const dates = Object.keys(q.fields).filter((field) => DATE_FIELDS.includes(field));
    if (dates.length === 0) return null;
    const field = dates[pick % dates.length]!;
    return withFields(q, { ...q.fields, [field]: ['2026-02-30', 'soon', '31.13.2026'][pick % 3] }, `badDate ${field}`);
  },
  wrongType: (q, pick) => {
    const candidates = Object.keys(q.fields).filter((field) => field !== 'on');
    if (candidates.length === 0) return null;
    const field = candidates[pick % candidates.length]!;
    const value = q.fields[field];
    return withFields(q, { ...q.fields, [field]: typeof value === 'string' ? 7 : typeof value === 'number' ? String(value) : typeof value === 'boolean' ? 'yes' : { no: 1 } }, `wrongType ${field}`);
  },
  daysOutOfRange: (q, pick) => (PARAMETERS[q.name].includes('days') ? withFields(q, { ...q.fields, days: [0, 91, 181, 100_000, 2.5][pick % 5] }, 'daysOutOfRange') : null),
  missingRequired: (q) => {
    if (REQUIRED[q.name].length === 0) return null;
    const { [REQUIRED[q.name][0]!]: _gone, ...rest } = q.fields;
    return withFields(q, rest, 'missingRequired');
  },
  badRules: (q, pick) => {
    if (!PARAMETERS[q.name].includes('rules')) return null;
    const wrong = [{ rules: 'mars' }, { rule: '30/stay' }, { rule: ['90/180', '91/90'] }, { nationality: 'XYZ' }, { rule: '0/180' }][pick % 5]!;
    return withFields(q, { ...q.fields, ...wrong }, `badRules ${JSON.stringify(wrong)}`);
  },
  exitBeforeEnter: (q) => (q.name === 'plan' ? withFields(q, { ...q.fields, exit: q.fields['enter'] === undefined ? undefined : shift(q.fields['enter'] as string, -3), days: undefined }, 'exitBeforeEnter') : null),
  halfSpan: (q, pick) => (q.name === 'calendar' ? withFields(q, { ...q.fields, ...(pick % 2 === 0 ? { from: q.fields['on'], to: undefined } : { to: q.fields['on'], from: undefined }) }, 'halfSpan') : null),
  overlappingStays: (q) => {
    const first = staysOf(q.history)[0];
    if (first === undefined || first['exit'] === null) return null;
    // Entered again on the day of its entry (a re-entry on an exit day is no overlap: the stays touch).
    return { ...q, history: { ...q.history, stays: [...staysOf(q.history), { entry: first['entry'], exit: shift(first['entry'] as string, 2) }] }, mutation: 'overlappingStays' };
  },
  badHistoryField: (q, pick) => {
    if (!takesHistory(q.name)) return null;
    const wrong = [
      { stays: [{ entry: '2026-01-10', exti: '2026-01-12' }] },
      { visas: [{ type: 'C', entries: 3, validFrom: '2026-01-01', validUntil: '2026-03-01', durationDays: 30 }] },
      { permits: [{ from: '2026-03-01', until: '2026-01-01' }] },
      { stays: { entry: '2026-01-10' } },
    ][pick % 4]!;
    return { ...q, history: { ...q.history, ...wrong }, mutation: `badHistoryField ${Object.keys(wrong)[0]}` };
  },
  // A client that always sends the reference day, to a question that takes none.
  dayToAQuestionWithout: (q) => (PARAMETERS[q.name].includes('on') ? null : withFields(q, { ...q.fields, on: '2026-01-02' }, 'dayToAQuestionWithout')),
  historyToAQuestionWithout: (q) => (takesHistory(q.name) ? null : { ...q, history: { stays: [{ entry: '2026-01-10', exit: '2026-01-12' }] }, mutation: 'historyToAQuestionWithout' }),
  brokenMrz: (q, pick) => {
    if (q.name !== 'visa') return null;
    const [first, second] = q.fields['mrz'] as string[];
    const digit = second!.search(/\d/);
    const changed = `${second!.slice(0, digit)}${(Number(second![digit]) + 1 + (pick % 8)) % 10}${second!.slice(digit + 1)}`;
    return withFields(q, { mrz: pick % 3 === 0 ? [first] : [first, changed] }, 'brokenMrz');
  },
};

function shift(date: string, days: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) / DAY_MS + days);
}

const MUTATION_NAMES = Object.keys(MUTATIONS);

export const questionArbitrary: fc.Arbitrary<Question> = fc
  .record({ name: fc.constantFrom(...NAMES), setting: settingArbitrary })
  .chain(({ name, setting }) =>
    fc.record({
      fields: fieldArbitraries[name](setting),
      // Two questions in five meet a way to make them invalid (about half of those ways fit the question).
      mutation: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom(...MUTATION_NAMES), pick: fc.nat({ max: 1000 }) }) }),
    }).map(({ fields, mutation }) => {
      const question: Question = { name, history: takesHistory(name) ? setting.history : {}, fields, mutation: null };
      const mutated = mutation === null ? null : MUTATIONS[mutation.kind]!(question, mutation.pick);
      if (mutated === null) return question;
      return { ...mutated, fields: defined(mutated.fields) };
    }),
  );

/** `fooBar` → `--foo-bar`. */
export const optionName = (parameter: string) => `--${parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** A question's fields as command-line options (the history goes in as a JSON file on stdin). */
export function optionArgs(fields: Record<string, unknown>): string[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    if (value === true) return [optionName(field)];
    if (value === false) return [];
    if (Array.isArray(value)) return field === 'mrz' ? [optionName(field), ...value.map(String)] : value.flatMap((item) => [optionName(field), String(item)]);
    return [optionName(field), String(value)];
  });
}

/** What a question holds, to check that the random questions reach every case the test promises. */
export function featuresOf(question: Question): string[] {
  const stays = staysOf(question.history);
  const on = question.fields['on'];
  const rule = question.fields['rule'];
  return [
    ...stays.map((stay) => `country ${(stay['entryCountry'] as string | undefined) ?? 'none'}`),
    ...(typeof on === 'string' && stays.some((stay) => (stay['entry'] as string) > on) ? ['booked stay'] : []),
    ...(question.history.visas ?? []).map((visa) => `visa ${String(visa['type'])} ${String(visa['entries'])}`),
    ...((question.history.permits ?? []).length > 0 ? ['permit'] : []),
    ...(typeof question.fields['rules'] === 'string' ? [`preset ${question.fields['rules']}`] : []),
    ...(rule === undefined ? [] : ['custom rules']),
    ...(question.fields['nationality'] === undefined ? [] : ['nationality']),
  ];
}
