import { MAX_TRIP_DAYS } from '../parse/numbers.js';

/**
 * The questions, each defined once: its name, what it answers, and its parameters (name, type,
 * range, default, one description). Every door reads these: the CLI's options are checked against
 * them (test/cli/options.test.ts), batch, the library, HTTP and MCP take exactly these fields,
 * and the JSON Schemas of their inputs (MCP tools, OpenAPI) are generated from them.
 */
export const QUESTION_NAMES = ['status', 'plan', 'next', 'annex3', 'calendar', 'apply', 'visa', 'rules', 'check'] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

export type ParameterType = 'date' | 'dates' | 'days' | 'count' | 'boolean' | 'country' | 'community' | 'preset' | 'rules' | 'text' | 'mrz' | 'fields';

export interface Parameter {
  readonly name: string;
  readonly type: ParameterType;
  readonly description: string;
  readonly required?: boolean;
}

export interface QuestionDefinition {
  readonly name: QuestionName;
  /** What it answers, for people and assistants (MCP tool, OpenAPI operation, help). */
  readonly summary: string;
  /** Takes a history: stays, visas, permits. */
  readonly takesHistory: boolean;
  readonly parameters: readonly Parameter[];
  /** Needs the Belgian holiday calendars (loaded on first use). */
  readonly needsCalendar: boolean;
  /**
   * The fields of its answer a record may ask for alone (`fields`), in the answer's order; the
   * answer always has `schemaVersion`, `command` and `verdict` (and a batch record its `id`).
   * None: the question takes no `fields`.
   */
  readonly answerFields?: readonly string[];
}

const ON: Parameter = { name: 'on', type: 'date', description: "the reference day ('today'), YYYY-MM-DD; default: today (the caller's clock, or the server's)" };
const FIELDS: Parameter = {
  name: 'fields',
  type: 'fields',
  description:
    'only these fields of the answer, comma-separated (or a list), e.g. "daysUsed,daysRemaining,latestExit"; the answer keeps schemaVersion, command and verdict (and a batch id), and only what the fields need is computed',
};
const EXPLAIN: Parameter = { name: 'explain', type: 'boolean', description: 'add the workings: the deciding day, its window, each stay counted, every limit and its legal source' };
const RULES: readonly Parameter[] = [
  { name: 'rules', type: 'preset', description: 'the stay rules: a preset (schengen, ru-visa-free, ru-visa, by-visa-free, by-transit, tr); default schengen' },
  { name: 'rule', type: 'rules', description: 'custom rules instead of a preset, one or several: N days in any M, N per calendar year, N per stay, e.g. "90/180", "90/year", "stay<=30"' },
  { name: 'nationality', type: 'country', description: 'ISO code of the nationality, where the rules depend on it (by-visa-free: PL, LT, LV)' },
];

/** The history's own fields (parse/json-input.ts reads them). */
export const HISTORY_FIELDS = ['stays', 'visas', 'permits'] as const;

export const QUESTIONS: Readonly<Record<QuestionName, QuestionDefinition>> = {
  status: {
    name: 'status',
    summary: 'Where a person stands on a day: days used and remaining, the window, the latest exit if inside, every unauthorised day and the limit it breaks (90/180, visa, regime rules).',
    takesHistory: true,
    needsCalendar: false,
    parameters: [
      ON,
      EXPLAIN,
      ...RULES,
      {
        name: 'eesDaysLeft',
        type: 'count',
        description:
          "the days left that the EES service 'Check how long you can stay' showed for the reference day: the answer adds the difference with ours and the days of the window that may explain it (candidates, not a verdict on the EES record)",
      },
      FIELDS,
    ],
    answerFields: [
      'on',
      'rule',
      'rules',
      'counts',
      'window',
      'daysUsed',
      'daysRemaining',
      'inSchengen',
      'latestExit',
      'bindingLimit',
      'firstUnauthorisedDay',
      'unauthorisedDays',
      'brokenLimit',
      'currentStay',
      'overstayDays',
      'firstOverstayDay',
      'fullStayDays',
      'fullStayPossibleFrom',
      'zones',
      'ees',
      'explanation',
      'warnings',
    ],
  },
  plan: {
    name: 'plan',
    summary: 'The longest stay from an entry day and its latest exit; with exit or days, whether that trip complies with every limit, booked stays included.',
    takesHistory: true,
    needsCalendar: false,
    parameters: [
      ON,
      { name: 'enter', type: 'date', description: 'the planned entry day', required: true },
      { name: 'exit', type: 'date', description: 'the planned exit day (or give days)' },
      { name: 'days', type: 'days', description: 'the length of the planned trip, entry day included (or give exit)' },
      { name: 'country', type: 'country', description: 'ISO code of the state of entry (checked against a visa of limited territorial validity)' },
      EXPLAIN,
      ...RULES,
      FIELDS,
    ],
    answerFields: [
      'on',
      'rule',
      'rules',
      'entry',
      'daysUsedBeforeEntry',
      'countBeforeEntry',
      'maxStayDays',
      'entryAllowed',
      'refusal',
      'latestExit',
      'bindingLimit',
      'bookedStay',
      'firstUnauthorisedDay',
      'limits',
      'visa',
      'trip',
      'openStayEnds',
      'explanation',
      'warnings',
    ],
  },
  next: {
    name: 'next',
    summary: 'The earliest day a trip of N days can start and comply with every limit (someone inside leaves on the reference day, or on leave).',
    takesHistory: true,
    needsCalendar: false,
    parameters: [
      ON,
      { name: 'days', type: 'days', description: 'the length of the trip to fit, entry day included', required: true },
      { name: 'from', type: 'date', description: 'the earliest day to consider; default: the reference day' },
      { name: 'leave', type: 'date', description: 'for someone inside on the reference day: the day the stay under way ends; default: that day' },
      EXPLAIN,
      ...RULES,
      FIELDS,
    ],
    answerFields: ['on', 'rule', 'rules', 'from', 'leave', 'tripDays', 'earliestEntry', 'exit', 'refusal', 'visa', 'explanation', 'warnings'],
  },
  annex3: {
    name: 'annex3',
    summary: 'The Belgian arrival declaration (annex 3): the deadline to report to the municipality (3rd working day after arrival) and the end of the authorised stay to print on it, or that none may be issued.',
    takesHistory: true,
    needsCalendar: true,
    parameters: [
      ON,
      { name: 'arrival', type: 'date', description: 'the day of arrival in Belgium', required: true },
      { name: 'entry', type: 'date', description: 'the Schengen entry, when earlier than the arrival in Belgium; default: the arrival' },
      { name: 'community', type: 'community', description: "also skip that Community's holiday: vlg (11 July), fr (27 September), de (15 November)" },
      { name: 'closed', type: 'dates', description: 'days the municipal offices are closed' },
      { name: 'saturdayWorking', type: 'boolean', description: 'count Saturday as a working day (case law before 2023); lateness is then counted the same way' },
      EXPLAIN,
      FIELDS,
    ],
    answerFields: ['on', 'rule', 'rules', 'arrival', 'schengenEntry', 'declaration', 'entryAllowed', 'authorisedStayEnd', 'authorisation', 'legalBasis', 'explanation', 'warnings'],
  },
  calendar: {
    name: 'calendar',
    summary: 'Day by day over a span: present or not, counted or not, the days used on each day, unauthorised days marked.',
    takesHistory: true,
    needsCalendar: false,
    parameters: [
      ON,
      { name: 'from', type: 'date', description: 'first day of the span (with to); default: from the month the current window starts' },
      { name: 'to', type: 'date', description: 'last day of the span (with from)' },
      ...RULES,
    ],
  },
  apply: {
    name: 'apply',
    summary: 'When to lodge a Schengen visa application for a trip (no more than six months and at least 15 days before), and when the decision is due.',
    takesHistory: false,
    needsCalendar: false,
    parameters: [
      ON,
      { name: 'travel', type: 'date', description: 'the first day of the intended trip', required: true },
      { name: 'lodged', type: 'date', description: 'the day the application was lodged, if it was' },
      { name: 'facilitated', type: 'boolean', description: 'a national of a country with an EU visa facilitation agreement (10 days, up to 30)' },
      { name: 'seafarer', type: 'boolean', description: 'a seafarer in the performance of duties (nine months before)' },
      { name: 'extended', type: 'boolean', description: 'the consulate has extended the decision period (with lodged)' },
    ],
  },
  visa: {
    name: 'visa',
    summary: "Reads the two lines of a visa sticker's machine-readable zone and checks every check digit.",
    takesHistory: false,
    needsCalendar: false,
    parameters: [{ name: 'mrz', type: 'mrz', description: 'the two lines of the machine-readable zone, as printed', required: true }],
  },
  rules: {
    name: 'rules',
    summary: 'The sets of stay rules the other questions can apply (Schengen, Russia, Belarus, Türkiye), with their dates in force and sources.',
    takesHistory: false,
    needsCalendar: false,
    parameters: [],
  },
  check: {
    name: 'check',
    summary:
      'The whole itinerary judged at once: every trip, past, under way and booked, with its days, whether it complies, its first unauthorised day and the limit it breaks; how many more days each trip ahead could take and the longest trip that fits between booked trips.',
    takesHistory: true,
    needsCalendar: false,
    parameters: [
      ON,
      { name: 'explain', type: 'boolean', description: 'add the workings of the day that decides: the first unauthorised day, else the day of a trip ahead with the fewest days left' },
      { name: 'timeline', type: 'boolean', description: 'add the days left on each day from the reference day on (at least six months, to the end of the last booked trip), booked days apart from recorded ones' },
      ...RULES,
    ],
  },
};

/** The questions that take a history (batch reads one per record). */
export const HISTORY_QUESTIONS: readonly QuestionName[] = QUESTION_NAMES.filter((name) => QUESTIONS[name].takesHistory);

const fieldNames = new Map<QuestionName, ReadonlySet<string>>();

/** Every field a record of this question may carry. */
export function questionFieldNames(question: QuestionDefinition): ReadonlySet<string> {
  let names = fieldNames.get(question.name);
  if (names === undefined) {
    names = new Set([...(question.takesHistory ? HISTORY_FIELDS : []), ...question.parameters.map((parameter) => parameter.name)]);
    fieldNames.set(question.name, names);
  }
  return names;
}

type JsonSchema = Record<string, unknown>;

/** The history's parts, shared by every question's input schema ($defs). */
export const HISTORY_DEFS: Readonly<Record<string, JsonSchema>> = {
  date: { type: 'string', description: 'a date, YYYY-MM-DD (also DD.MM.YYYY, DD/MM/YYYY)' },
  stay: {
    type: 'object',
    required: ['entry'],
    properties: {
      entry: { $ref: '#/$defs/date', description: 'the day of entry (the first day of presence)' },
      exit: { type: ['string', 'null'], description: 'the day of exit (the last day of presence); null or absent: a stay under way, taken to last until the reference day (only the last, but for booked trips entered after that day)' },
      entryCountry: { type: 'string', description: 'ISO code of the state of entry, e.g. BE' },
      exitCountry: { type: 'string', description: 'ISO code of the state of exit' },
      entryPlace: { type: 'string', description: 'the border crossing point of entry' },
      exitPlace: { type: 'string', description: 'the border crossing point of exit' },
    },
    additionalProperties: false,
  },
  visa: {
    type: 'object',
    required: ['type', 'entries', 'validFrom', 'validUntil', 'durationDays'],
    properties: {
      type: { enum: ['C', 'LTV', 'A', 'D'], description: 'the type of visa' },
      entries: { enum: [1, 2, 'MULT'], description: 'the number of entries' },
      validFrom: { $ref: '#/$defs/date', description: 'FROM' },
      validUntil: { $ref: '#/$defs/date', description: 'UNTIL' },
      durationDays: { type: 'integer', minimum: 1, description: 'DURATION OF STAY, in days' },
      validFor: { type: ['array', 'null'], items: { type: 'string' }, description: 'LTV: the states it is valid for' },
    },
    additionalProperties: false,
  },
  permit: {
    type: 'object',
    required: ['from', 'until'],
    properties: {
      from: { $ref: '#/$defs/date', description: 'first day' },
      until: { $ref: '#/$defs/date', description: 'last day' },
      country: { type: 'string', description: 'ISO code of the issuing state' },
    },
    additionalProperties: false,
  },
};

const HISTORY_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  stays: { type: 'array', items: { $ref: '#/$defs/stay' }, description: 'stays, in any order; a stay entered after the reference day is a booked trip' },
  visas: { type: 'array', items: { $ref: '#/$defs/visa' }, description: 'visa stickers' },
  permits: { type: 'array', items: { $ref: '#/$defs/permit' }, description: 'residence permits or long-stay periods, whose days do not count' },
};

function parameterSchema(parameter: Parameter): JsonSchema {
  const description = parameter.description;
  switch (parameter.type) {
    case 'date':
      return { $ref: '#/$defs/date', description };
    case 'dates':
      return { oneOf: [{ $ref: '#/$defs/date' }, { type: 'array', items: { $ref: '#/$defs/date' } }], description };
    case 'days':
      return { type: 'integer', minimum: 1, maximum: MAX_TRIP_DAYS, description };
    case 'count':
      return { type: 'integer', minimum: 0, maximum: MAX_TRIP_DAYS, description };
    case 'boolean':
      return { type: 'boolean', description };
    case 'country':
      return { type: 'string', pattern: '^[A-Za-z]{2}$', description };
    case 'community':
      return { enum: ['vlg', 'fr', 'de'], description };
    case 'preset':
      return { enum: ['schengen', 'ru-visa-free', 'ru-visa', 'by-visa-free', 'by-transit', 'tr'], description };
    case 'rules':
      return { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description };
    case 'text':
      return { type: 'string', description };
    case 'mrz':
      return { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2, description };
    case 'fields':
      return { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description };
  }
}

/**
 * The JSON Schema (2020-12) of a question's input record, generated from its parameters:
 * the MCP tool's inputSchema and the OpenAPI request body. `extra` adds a door's own fields;
 * `omit` leaves out parameters a door does not take.
 */
export function questionInputSchema(name: QuestionName, extra: Readonly<Record<string, JsonSchema>> = {}, omit: readonly string[] = []): JsonSchema & { type: 'object' } {
  const question = QUESTIONS[name];
  const properties: Record<string, JsonSchema> = { ...(question.takesHistory ? HISTORY_PROPERTIES : {}) };
  for (const parameter of question.parameters) if (!omit.includes(parameter.name)) properties[parameter.name] = parameterSchema(parameter);
  Object.assign(properties, extra);
  const required = question.parameters.filter((parameter) => parameter.required === true).map((parameter) => parameter.name);
  const defs = question.takesHistory ? HISTORY_DEFS : { date: HISTORY_DEFS['date'] };
  return { type: 'object', properties, required, additionalProperties: false, $defs: defs };
}

/**
 * The record of any question (schema/record.schema.json): every field some question takes, with
 * each question's own description, and a batch record's id. `askQuestion` refuses a field its
 * question does not take.
 */
export function recordSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    id: { type: ['string', 'number'], description: "batch: the person's id, copied to the output record (required there)" },
    ...HISTORY_PROPERTIES,
  };
  // Each field once, described per question ("plan, next: the length of the trip").
  const uses = new Map<string, { schema: JsonSchema; questionsByDescription: Map<string, string[]> }>();
  for (const name of QUESTION_NAMES) {
    for (const parameter of QUESTIONS[name].parameters) {
      const use = uses.get(parameter.name) ?? { schema: parameterSchema(parameter), questionsByDescription: new Map<string, string[]>() };
      uses.set(parameter.name, use);
      const questions = use.questionsByDescription.get(parameter.description) ?? [];
      use.questionsByDescription.set(parameter.description, [...questions, name]);
    }
  }
  for (const [field, { schema, questionsByDescription }] of uses) {
    const description = [...questionsByDescription].map(([text, questions]) => `${questions.join(', ')}: ${text}`).join('; ');
    properties[field] = { ...schema, description };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schengen.example/schema/record.schema.json',
    title: 'schengen: one record (batch line, HTTP body, library options, MCP arguments)',
    description: 'A history and the fields of one question; each question takes only its own (src/app/questions.ts), and refuses the others. Generated by npm run schemas.',
    type: 'object',
    properties,
    additionalProperties: false,
    $defs: HISTORY_DEFS,
  };
}
