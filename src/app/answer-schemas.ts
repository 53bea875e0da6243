import { Type, type Static, type TSchema } from 'typebox';
import { LIMIT_ORDER } from '../core/authorisation.js';
import { PRESET_NAMES } from '../core/regimes.js';
import { SCHEMA_VERSION } from './schema-version.js';

/**
 * The JSON contract, written once: the shape of every answer (`schengen <command> --json`, a batch
 * line, an HTTP answer, an MCP tool's structured content) as TypeBox schemas (JSON Schema 2020-12).
 * From them come the files of schema/ (src/app/schema-files.ts, `npm run schemas`), the answers of
 * the OpenAPI document and the MCP tools' output schemas, and the TypeScript types of the answers
 * (answers.ts: `Static<typeof StatusSchema>`, ...). Field names, types, enums and descriptions are
 * public: see SCHEMA_VERSION in answers.ts for what a change means.
 *
 * Only serve, mcp and the schema generator load this module (and TypeBox with it); the answers are
 * built without it, so that a `status` run does not pay for it.
 *
 * A part used in several places is a definition (`$defs` of each file that uses it, components of
 * the OpenAPI document): each use is a `$ref` with its own description. Objects are written out
 * whole, never as an `allOf` of parts: the tests close every object (test/support/strict-schema.ts).
 */

/** The shared parts, by name: what `$defs` (and OpenAPI's components) hold. */
const DEFINITIONS = new Map<string, TSchema>();

/**
 * A shared part: its schema goes once into `$defs`; each use is `{ $ref, description }`, typed as the
 * part itself.
 */
function definition<T extends TSchema>(name: string, schema: T): (description?: string) => ReturnType<typeof Type.Unsafe<Static<T>>> {
  if (DEFINITIONS.has(name)) throw new Error(`definition ${name} is defined twice`);
  DEFINITIONS.set(name, schema);
  return (description) => Type.Unsafe<Static<T>>({ $ref: `#/$defs/${name}`, ...(description === undefined ? {} : { description }) });
}

/** The shared parts a schema refers to, itself or through other parts, in the order they were defined. */
export function definitionsUsedBy(schema: object): Record<string, TSchema> {
  const used = new Set<string>();
  const visit = (node: object) => {
    for (const match of JSON.stringify(node).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)) {
      const name = match[1]!;
      if (used.has(name)) continue;
      used.add(name);
      visit(DEFINITIONS.get(name)!);
    }
  };
  visit(schema);
  return Object.fromEntries([...DEFINITIONS].filter(([name]) => used.has(name)));
}

const description = (text: string | undefined) => (text === undefined ? {} : { description: text });

/** `null` or the schema; the description goes on the whole. */
function nullable<T extends TSchema>(schema: T, text?: string) {
  return Type.Union([Type.Null(), schema], description(text));
}

/**
 * A fixed value or a set of values in the JSON that the code computes as a plain number or string:
 * the schema says which, the type stays `number` or `string` (schemaVersion, a legal citation, ...).
 */
function fixed<T extends number | string>(schema: ({ const: T } | { enum: readonly T[] }) & { type?: 'integer' }, text?: string) {
  return Type.Unsafe<T extends number ? number : string>({ ...schema, ...description(text) });
}

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

// --- Shared parts ------------------------------------------------------------------------------

const isoDate = definition('isoDate', Type.String({ pattern: ISO_DATE_PATTERN, description: 'a day, YYYY-MM-DD' }));

const verdict = definition(
  'verdict',
  Type.Object(
    {
      ok: Type.Boolean({ description: 'true: within every limit (the trip complies, the declaration may be issued, ...)' }),
      code: Type.String({ description: "the verdict's kind, stable for scripts (docs/json.md lists them)" }),
      text: Type.String({ description: 'one sentence in English' }),
    },
    { additionalProperties: false },
  ),
);
const VERDICT_DESCRIPTION =
  "the verdict: OK or not, and in one sentence what the person must know (English, ISO dates); tables, pages and MCP texts show it first, in the reader's language";

const warning = definition('warning', Type.Object({ code: Type.String(), message: Type.String() }, { description: 'a stable code for scripts and an English sentence with ISO dates for people' }));
const WARNINGS_DESCRIPTION = 'warnings: a stable code for scripts and an English sentence with ISO dates for people';

const limitName = definition('limitName', Type.Enum([...LIMIT_ORDER], { description: 'a limit a day can break (docs/authorisation.md)' }));

const stopReason = definition(
  'stopReason',
  Type.Enum([...LIMIT_ORDER, 'nextBookedStay', 'bookedStay'], { description: 'what ends a stay: a limit, nextBookedStay (the next booked stay begins) or bookedStay (a booked stay would break)' }),
);

const preset = definition('preset', Type.Enum([...PRESET_NAMES, 'custom'], { description: 'a preset of stay rules, or custom for rules given one by one (docs/regimes.md)' }));

const zone = definition('zone', Type.Enum(['schengen', 'RU', 'BY', 'TR'], { description: 'where a regime counts days: the Schengen area, or one state' }));

const ruleKind = definition('ruleKind', Type.Enum(['rolling', 'calendarYear', 'perStay'], { description: 'rolling: N days in any window; calendarYear: N days per calendar year; perStay: N days per stay' }));

const ruleShape = definition(
  'ruleShape',
  Type.Object(
    {
      kind: ruleKind(),
      maxDays: Type.Integer(),
      windowDays: nullable(Type.Integer(), 'rolling rules only'),
      from: nullable(isoDate(), 'first day the rule is in force; null: no bound'),
      until: nullable(isoDate(), 'last day the rule is in force; null: no bound'),
      limit: limitName('the limit name a day breaking this rule reports'),
    },
    { description: 'one rule of stay and the days it is in force' },
  ),
);

const rules = definition('rules', Type.Object({ preset: preset(), zone: zone(), shapes: Type.Array(ruleShape()) }));
const RULES_DESCRIPTION = 'the rules applied (docs/regimes.md)';
const SHOWN_RULES_DESCRIPTION =
  'the rules applied (docs/regimes.md): only with explain, with rules other than the default Schengen preset, or when asked for in `fields`';
/** What the answers that take `fields` say about it (issue 21). */
const FIELDS_DESCRIPTION =
  'With `fields` (a record field, --fields, a library or HTTP option) the answer holds only the fields asked for, after schemaVersion and command and verdict (and a batch id), each as described here; `required` lists the whole answer\'s fields.';

const ruleCount = definition(
  'ruleCount',
  Type.Object(
    {
      limit: limitName(),
      kind: ruleKind(),
      period: Type.Object({ start: isoDate(), end: isoDate() }),
      daysUsed: Type.Integer(),
      maxDays: Type.Integer(),
      daysRemaining: Type.Integer(),
    },
    { description: 'a rule in force on the reference day: the days it looks at and the days used' },
  ),
);
const COUNTS_DESCRIPTION = 'each rule in force on the reference day: the days it looks at and the days used (a per-stay rule only when inside)';

/** A visa sticker's printed fields, shared by `sticker` and `stickerInUse` (written out in each: see the module's comment). */
const STICKER_PROPERTIES = {
  type: Type.Enum(['C', 'LTV', 'A', 'D'], { description: 'C uniform short stay, LTV limited territorial validity, A airport transit, D national long stay' }),
  entries: Type.Enum([1, 2, 'MULT'], { description: 'NUMBER OF ENTRIES' }),
  validFrom: isoDate('FROM'),
  validUntil: isoDate('UNTIL'),
  durationDays: Type.Integer({ description: 'DURATION OF VISIT … DAYS' }),
  validFor: nullable(Type.Array(Type.String()), 'states an LTV is valid for; null: all Schengen states'),
};

const sticker = definition('sticker', Type.Object(STICKER_PROPERTIES, { description: 'a visa sticker, as printed' }));

const stickerInUse = definition(
  'stickerInUse',
  Type.Object(
    {
      ...STICKER_PROPERTIES,
      entriesUsedBefore: Type.Integer({ description: 'earlier stays entered under this sticker' }),
      daysUsedBefore: Type.Integer({ description: 'Schengen days spent under this sticker before this stay' }),
      durationReading: Type.Enum(['total', 'per180Days'], {
        description: 'total: DURATION over all entries; per180Days: valid over six months with DURATION 90, i.e. 90 in any 180 (docs/authorisation.md §3)',
      }),
    },
    { description: 'the sticker the stay is under' },
  ),
);

const stayRange = definition('stayRange', Type.Object({ entry: isoDate('entry day of that stay'), exit: isoDate('exit day of that stay') }, { description: 'a booked stay' }));

/** Whether a stay may begin and until when it may last (docs/authorisation.md): plan's top level, status's currentStay, annex3's authorisation. */
const AUTHORISATION_PROPERTIES = {
  entryAllowed: Type.Boolean({ description: 'whether the Schengen entry day of this stay is authorised (entry judged on its entry day)' }),
  refusal: nullable(
    Type.Union([limitName(), Type.Literal('bookedStay')]),
    'the limit the entry day breaks, or bookedStay: a planned entry (plan, annex 3 from the entry stamp) that alone would make the booked stay in bookedStay unauthorised; null when the entry is allowed',
  ),
  latestExit: nullable(isoDate(), 'last authorised day if the traveller stays on; null once a day of the stay up to the day asked is unauthorised'),
  bindingLimit: nullable(
    stopReason(),
    'what ends the stay the day after latestExit: a limit, nextBookedStay (the next booked stay begins) or bookedStay (a booked stay would break); null exactly when latestExit is null',
  ),
  bookedStay: nullable(stayRange(), 'the booked stay behind bindingLimit nextBookedStay or bookedStay, or behind refusal bookedStay; else null'),
  firstUnauthorisedDay: nullable(isoDate(), 'when latestExit is null: the first unauthorised day of this stay'),
  limits: Type.Object(
    {
      visaUntil: nullable(isoDate(), "the sticker's UNTIL; null without a sticker"),
      visaDuration: nullable(isoDate(), "last day the sticker's DURATION allows, staying on from the entry; null when it does not apply"),
      rule90180: nullable(isoDate(), 'last day the 90/180 rule alone allows, staying on from the entry; null under a regime without the 90/180 rule'),
      stayRule: nullable(
        isoDate(),
        "last day the regime's own rules together allow (90/180, N in any M, per calendar year, per stay; the visa limits aside), staying on from the entry; equal to rule90180 in the Schengen area",
      ),
    },
    { description: "each limit's own last day for this stay, as if it were the only one (booked stays ignored)" },
  ),
  visa: nullable(stickerInUse(), 'the short-stay sticker of the stay; null for a visa-exempt traveller or when none is valid'),
};

const authorisation = definition('authorisation', Type.Object(AUTHORISATION_PROPERTIES, { description: 'whether the stay may begin, and until when it may last' }));

const explanation = definition(
  'explanation',
  Type.Object({
    day: isoDate('the day that decides the answer'),
    reason: Type.Enum(['latestExit', 'bookedStayBreak', 'firstUnauthorised', 'entry', 'reference', 'tripBreak', 'earliestEntry', 'tripLastDay', 'entryBreaksBookedStay', 'tightestDay'], {
      description: 'why that day decides (tightestDay: check, the day of a trip ahead with the fewest days left)',
    }),
    window: Type.Object({ start: isoDate('first day'), end: isoDate('the deciding day') }, { description: 'its rolling window' }),
    stays: Type.Array(
      Type.Object({
        entry: isoDate('entry'),
        exit: isoDate('exit'),
        country: nullable(Type.String()),
        daysInWindow: Type.Integer({ description: 'its Schengen days inside the window' }),
      }),
      { description: 'every stay that touches the window' },
    ),
    daysInWindow: Type.Integer({ description: 'all Schengen days in the window (a day shared by two stays once)' }),
    maxDays: Type.Integer(),
    brokenLimit: nullable(limitName(), 'the limit the deciding day breaks, if any'),
    visaDays: nullable(
      Type.Object({ used: Type.Integer(), durationDays: Type.Integer() }),
      'for a stay under a sticker whose DURATION is a total: days spent under it up to the deciding day, and DURATION',
    ),
    limits: Type.Array(
      Type.Object({
        limit: stopReason(),
        lastDay: nullable(isoDate(), 'its last day, where it has one'),
        binds: Type.Boolean(),
        broken: Type.Boolean({ description: 'the limit the explained day breaks (brokenLimit): it applies, even with no lastDay' }),
        source: Type.String({ description: 'legal source' }),
      }),
    ),
  }),
);
const EXPLANATION_DESCRIPTION = '--explain: the workings behind the answer';

const zoneStanding = definition(
  'zoneStanding',
  Type.Object(
    {
      preset: preset(),
      zone: zone(),
      rules: rules(RULES_DESCRIPTION),
      counts: Type.Array(ruleCount(), { description: COUNTS_DESCRIPTION }),
      inZone: Type.Boolean(),
      latestExit: nullable(isoDate(), 'latest exit of the stay under way in that zone'),
      bindingLimit: nullable(stopReason()),
      firstUnauthorisedDay: nullable(isoDate(), 'first unauthorised day in that zone'),
      unauthorisedDays: Type.Integer(),
      brokenLimit: nullable(limitName()),
      fullStayPossibleFrom: nullable(isoDate(), 'as the top-level field, for that zone'),
    },
    { description: "one zone's standing under its own rules" },
  ),
);

// --- The answers ------------------------------------------------------------------------------

const schemaVersion = () => fixed({ const: SCHEMA_VERSION }, 'bumped when a field is renamed, removed or changes meaning');
const ON_DESCRIPTION = "the reference day ('today', --on)";

/** What every answer about a history begins with (status, plan, next, annex3). */
function envelope<C extends string>(command: C) {
  return {
    schemaVersion: schemaVersion(),
    command: Type.Literal(command),
    verdict: verdict(VERDICT_DESCRIPTION),
    on: isoDate(ON_DESCRIPTION),
    rule: nullable(Type.Object({ maxDays: Type.Integer(), windowDays: Type.Integer() }), 'the rolling rule of the window figures; null when no rolling rule is in force (status)'),
    rules: Type.Optional(rules(SHOWN_RULES_DESCRIPTION)),
  };
}

/** What every answer about a history ends with: the workings when asked for, then the warnings. */
const TAIL = {
  explanation: Type.Optional(explanation(EXPLANATION_DESCRIPTION)),
  warnings: Type.Array(warning(), { description: WARNINGS_DESCRIPTION }),
};

export const StatusSchema = Type.Object({
  ...envelope('status'),
  counts: Type.Array(ruleCount(), { description: COUNTS_DESCRIPTION }),
  window: Type.Object({ start: isoDate('first day of the 180-day window'), end: isoDate('the reference day') }),
  daysUsed: Type.Integer({ description: 'Schengen days in the window' }),
  daysRemaining: Type.Integer({ description: 'max(0, 90 - daysUsed): a snapshot, not the length of a possible stay' }),
  inSchengen: Type.Boolean({ description: 'present that day in a state applying the Schengen rules then' }),
  latestExit: nullable(isoDate(), 'currentStay.latestExit; null when not inside or already unauthorised'),
  bindingLimit: nullable(stopReason(), 'currentStay.bindingLimit'),
  firstUnauthorisedDay: nullable(isoDate(), 'first unauthorised day anywhere in the history, by any limit (booked stays included)'),
  unauthorisedDays: Type.Integer({ description: 'number of unauthorised days in the whole history' }),
  brokenLimit: nullable(limitName(), 'the limit firstUnauthorisedDay breaks'),
  currentStay: nullable(
    Type.Object({
      entry: isoDate('entry stamp'),
      schengenEntry: nullable(isoDate(), 'first day of the stay that counts'),
      remainingStayDays: Type.Integer({ description: 'days from the reference day to latestExit, both included; 0 when none' }),
      ...AUTHORISATION_PROPERTIES,
    }),
    'the stay under way on the reference day, in a state that is or will be in the Schengen area',
  ),
  overstayDays: Type.Integer({ description: 'max(0, daysUsed - 90)' }),
  firstOverstayDay: nullable(isoDate(), 'first day over the 90/180 limit in the whole history'),
  fullStayDays: nullable(Type.Integer(), 'the longest stay the rules in force allow (90 for Schengen); null when no rule caps it'),
  fullStayPossibleFrom: nullable(
    isoDate(),
    'first day a stay of fullStayDays could start under the rules alone, around booked stays (after leaving, if inside); null when no rule caps a stay',
  ),
  zones: Type.Array(zoneStanding(), {
    description:
      'one entry per other zone the history has stamps of, each under its own visa-free preset (the asked zone is the answer itself and is not repeated); empty with --rules/--rule',
  }),
  ees: Type.Optional(
    Type.Object(
      {
        daysLeft: Type.Integer({ description: 'the days left the EES service showed for the reference day (--ees-days-left, eesDaysLeft)' }),
        ourDaysLeft: Type.Integer({ description: 'the days left by the log: 90 minus the days used in the window (daysRemaining)' }),
        difference: Type.Integer({ description: 'ourDaysLeft - daysLeft: positive when EES leaves fewer days (it may count days the log does not), negative when it leaves more' }),
        window: Type.Object({ start: isoDate('first day'), end: isoDate('the reference day') }, { description: 'the 180-day window of the reference day' }),
        candidates: Type.Array(
          Type.Object({
            kind: Type.Enum(['beforeEes', 'referenceDay', 'notInLog', 'notCounted', 'permit', 'sameDayReentry', 'visa'], {
              description:
                'beforeEes: counted before EES was in full operation (2026-04-10); referenceDay: the reference day itself; notInLog: no stay in the log; notCounted: a stay in a state whose days do not count; permit: under a permit or long-stay visa; sameDayReentry: an exit and a re-entry the same day; visa: the sticker valid that day, whose entries and duration EES applies',
            }),
            direction: Type.Enum(['eesCountsFewer', 'eesCountsMore'], { description: 'which way the candidate moves the EES count against ours' }),
            first: isoDate('first day'),
            last: isoDate('last day'),
            days: Type.Integer({ description: 'days of the range (0 for visa: a cap, not a count of days)' }),
            country: nullable(Type.String(), 'notCounted: the state of the stay'),
          }),
          { description: 'days of the window that may explain the difference, in day order: candidates, never a finding about the EES record; empty when the counts agree' },
        ),
        legalBasis: Type.Object({ calculator: Type.String(), access: Type.String({ description: 'the right of access and rectification' }) }),
      },
      { description: "status --ees-days-left N (eesDaysLeft): our count beside the EES service's, and the days that may explain a difference (docs/itinerary.md); only when asked" },
    ),
  ),
  ...TAIL,
});

export const PlanSchema = Type.Object({
  ...envelope('plan'),
  entry: isoDate('planned entry day'),
  daysUsedBeforeEntry: Type.Integer({
    description:
      'days used on the day before entry, by the rule in countBeforeEntry (the 90/180 count in the Schengen area, the calendar-year count under by-visa-free); 0 when countBeforeEntry is null',
  }),
  countBeforeEntry: nullable(ruleCount(), 'the rule that binds the day before entry (the one with the fewest days left), and its count; null when no counting rule is in force'),
  maxStayDays: Type.Integer({ description: 'longest stay from the entry day (the whole itinerary kept authorised); 0: entry not possible' }),
  ...AUTHORISATION_PROPERTIES,
  trip: nullable(
    Type.Object({
      entry: isoDate('entry'),
      exit: isoDate('exit'),
      days: Type.Integer(),
      compliant: Type.Boolean({ description: 'every day of the trip is authorised and no booked stay breaks because of it' }),
      firstOverstayDay: nullable(isoDate(), 'first day the 90/180 rule breaks because of the trip, in it or in a booked stay'),
      overstayDays: Type.Integer({ description: 'days of the trip over the 90/180 limit' }),
      firstUnauthorisedDay: nullable(isoDate(), 'first day any limit breaks because of the trip, in it or in a booked stay'),
      unauthorisedDays: Type.Integer({ description: 'days of the trip that are not authorised' }),
      brokenLimit: nullable(limitName(), 'the limit firstUnauthorisedDay breaks'),
      brokenStay: nullable(stayRange(), 'the booked stay that breaks, when it is not the trip itself'),
      peakDaysUsed: Type.Integer({ description: 'most 90/180 days used on any day of the trip' }),
    }),
    'the planned trip, when --exit or --days was given',
  ),
  openStayEnds: nullable(isoDate(), 'a stay under way with no exit recorded, before the planned entry: the day it is taken to end (the reference day); null when there is none'),
  ...TAIL,
});

export const NextSchema = Type.Object({
  ...envelope('next'),
  from: isoDate('first day searched'),
  leave: nullable(isoDate(), 'for someone inside on the reference day: the day the current stay was taken to end'),
  tripDays: Type.Integer(),
  earliestEntry: nullable(isoDate(), 'first day a trip of tripDays days fits around the booked stays and is authorised; null: none'),
  exit: nullable(isoDate(), 'earliestEntry + tripDays - 1'),
  refusal: nullable(limitName(), 'when earliestEntry is null: the limit a trip from `from` breaks'),
  visa: nullable(sticker(), 'the sticker the trip would be under'),
  ...TAIL,
});

export const Annex3Schema = Type.Object({
  ...envelope('annex3'),
  arrival: isoDate('arrival in Belgium'),
  schengenEntry: isoDate('Schengen entry stamp'),
  declaration: Type.Object({
    deadline: isoDate(),
    workingDays: fixed({ const: 3 }),
    saturdayIsWorkingDay: Type.Boolean(),
    community: nullable(Type.Enum(['vlg', 'fr', 'de'])),
    closedDays: Type.Array(isoDate()),
    skippedDays: Type.Array(
      Type.Object({
        date: isoDate(),
        reason: Type.Enum(['saturday', 'sunday', 'holiday', 'community', 'closed']),
        name: nullable(
          Type.String(),
          'holiday key: newYear, easterMonday, labourDay, ascension, whitMonday, nationalDay, assumption, allSaints, armistice, christmas, flemishCommunity, frenchCommunity, germanCommunity, closed',
        ),
      }),
    ),
    late: Type.Boolean({ description: "the deadline has passed on the reference day ('on')" }),
    workingDaysLate: Type.Integer({ minimum: 0, description: 'working days after the deadline up to and including the reference day; 0 when not late' }),
  }),
  entryAllowed: Type.Boolean(),
  authorisedStayEnd: nullable(isoDate(), 'end of the authorised stay to write on annex 3; null: no authorised stay'),
  authorisation: authorisation(),
  legalBasis: Type.Object({ declaration: Type.String(), authorisedStay: Type.String() }),
  ...TAIL,
});

export const CalendarSchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('calendar'),
  verdict: verdict(VERDICT_DESCRIPTION),
  on: isoDate(ON_DESCRIPTION),
  from: isoDate('the first day of the series'),
  to: isoDate('the last day of the series'),
  maxDays: Type.Integer({ description: 'the most days of presence allowed in any window (90)' }),
  latestExit: nullable(isoDate(), 'the latest exit of a stay under way on the reference day; null when not inside or already over the limit'),
  fullStayPossibleFrom: nullable(isoDate(), 'the first day a stay of maxDays days can start, assuming an exit on the reference day; null when no rule caps a stay'),
  days: Type.Array(
    Type.Object({
      date: isoDate(),
      present: Type.Boolean({ description: 'inside the Schengen area that day' }),
      counted: Type.Boolean({ description: 'a day of presence that counts (not under a permit or D visa, not in a state before its accession)' }),
      daysUsed: Type.Integer({ minimum: 0, description: 'days counted in the window of that day (the day and the 179 before it)' }),
      overstay: Type.Boolean({ description: 'counted and daysUsed over maxDays that day' }),
    }),
  ),
  warnings: Type.Array(warning()),
});

/** The citations of apply's figures (apply-answer.ts APPLICATION_LEGAL_BASIS, which must list the same: test/app/answer-schemas.test.ts). */
export const APPLICATION_CITATIONS = [
  'Regulation (EC) No 810/2009 (Visa Code) Art. 9(1)',
  'Regulation (EC) No 810/2009 (Visa Code) Art. 23(1)',
  'Regulation (EC) No 810/2009 (Visa Code) Art. 23(2)',
  'EU visa facilitation agreement',
  'EU visa facilitation agreement (extension)',
] as const;

const decisionPeriod = () =>
  Type.Object({
    days: fixed({ type: 'integer', enum: [10, 15, 30, 45] }, 'calendar days after the lodging day (which is day 0)'),
    due: isoDate('lodged + days: the last day the decision may be taken'),
    legalBasis: fixed({ enum: APPLICATION_CITATIONS }),
  });

export const ApplySchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('apply'),
  verdict: verdict(VERDICT_DESCRIPTION),
  on: isoDate(ON_DESCRIPTION),
  travel: isoDate('first day of the intended trip (--travel)'),
  seafarer: Type.Boolean(),
  facilitated: Type.Boolean(),
  lodging: Type.Object({
    earliest: isoDate(
      "the first day no more than monthsBefore months before travel under both readings: on or after travel moved back monthsBefore months (clamped to the month's end), and such that it moved on monthsBefore months reaches travel (rules.md §5.14; travel 31 Aug: 1 Mar). The warning earliestUnderBothReadings says so when the two readings differ",
    ),
    monthsBefore: fixed({ enum: [6, 9] }),
    latest: isoDate('travel - daysBefore: the last day by the 15-day rule'),
    daysBefore: fixed({ const: 15 }),
    legalBasis: fixed({ const: APPLICATION_CITATIONS[0] }),
    phaseOn: Type.Enum(['notYetOpen', 'open', 'pastLastDay'], { description: 'where the reference day stands against earliest..latest' }),
  }),
  lodgeBy: Type.Object({
    regularDecision: isoDate('last lodging day with the regular decision due before the travel day'),
    extendedDecision: isoDate('the same even if the period is extended'),
  }),
  lodged: nullable(isoDate()),
  decision: nullable(
    Type.Object({
      due: isoDate('regular.due, or ifExtended.due when extended'),
      extended: Type.Boolean(),
      regular: decisionPeriod(),
      ifExtended: decisionPeriod(),
    }),
  ),
  warnings: Type.Array(
    Type.Object({
      code: Type.Enum(['decisionOnOrAfterTravel', 'extensionCouldDelay', 'lodgedAfterLastDay', 'lastLodgingDayPassed', 'earliestUnderBothReadings', 'lodgedUnderOneReading']),
      message: Type.String(),
    }),
  ),
});

export const VisaSchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('visa'),
  verdict: verdict(VERDICT_DESCRIPTION),
  format: Type.Enum(['MRV-A', 'MRV-B']),
  documentCode: Type.String({ pattern: '^V[A-Z<]$' }),
  visaType: nullable(Type.String()),
  issuingState: Type.String(),
  surname: Type.String(),
  givenNames: Type.Array(Type.String()),
  documentNumber: Type.String(),
  nationality: Type.String(),
  birthDate: Type.String({ pattern: '^(\\d{2}|<<){3}$', description: 'YYMMDD as printed, << for an unknown year, month or day (ICAO 9303); the century is not guessed' }),
  sex: Type.Enum(['M', 'F', 'X']),
  validUntil: isoDate(),
  optionalData: Type.String(),
  optionalHint: nullable(
    Type.Object({
      entries: Type.Enum(['1', '2', 'MULT']),
      durationDays: Type.Integer({ minimum: 0 }),
      validFromMonthDay: Type.String({ pattern: '^\\d{4}$' }),
    }),
  ),
});

export const RulesSchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('rules'),
  verdict: verdict(VERDICT_DESCRIPTION),
  presets: Type.Array(
    Type.Object({
      name: Type.Enum([...PRESET_NAMES]),
      zone: zone(),
      rules: Type.Array(ruleShape()),
      longStayRules: nullable(Type.Array(ruleShape()), 'rules for the nationalities in longStayNationalities'),
      longStayNationalities: nullable(Type.Array(Type.String())),
      source: Type.String({ description: 'legal source' }),
    }),
  ),
});


const STAY_DAYS_DESCRIPTION = 'calendar days, entry and exit included';

export const CheckSchema = Type.Object({
  ...envelope('check'),
  trips: Type.Array(
    Type.Object({
      entry: isoDate('the first day of the trip'),
      exit: isoDate('the last day of the trip'),
      exitAssumed: Type.Boolean({ description: 'a stay under way with no exit recorded: its exit is the reference day' }),
      country: nullable(Type.String(), 'the state of entry, if recorded'),
      state: Type.Enum(['past', 'underWay', 'booked'], { description: 'on the reference day: over, under way, or booked ahead (entered after it)' }),
      days: Type.Integer({ description: STAY_DAYS_DESCRIPTION }),
      countedDays: Type.Integer({ description: 'its days that count (not under a permit, not in a state that does not count)' }),
      compliant: Type.Boolean({ description: 'every counted day of the trip is authorised, judged as a day of this trip' }),
      firstUnauthorisedDay: nullable(isoDate(), 'its first unauthorised day; null when compliant'),
      brokenLimit: nullable(limitName(), 'the first limit that day breaks'),
      unauthorisedDays: Type.Integer({ description: 'its unauthorised days' }),
      peakDaysUsed: Type.Integer({ description: 'the most days used (the rolling rule) on a counted day of the trip' }),
      peakDay: nullable(isoDate(), 'the day of peakDaysUsed (the first, on a tie)'),
      latestExit: nullable(isoDate(), 'a trip not over yet that complies: the last day it could run to, breaking nothing; null otherwise'),
      extraDays: nullable(Type.Integer(), 'latestExit - exit: how many more days the trip could take'),
      extraStop: nullable(stopReason(), 'what stops it the day after latestExit'),
    }),
    { description: 'every trip, in chronological order' },
  ),
  gaps: Type.Array(
    Type.Object({
      from: isoDate('first day of the gap (the reference day, or the day after a trip)'),
      to: nullable(isoDate(), 'last day, the day before the next booked trip; null after the last trip'),
      longestTripDays: nullable(
        Type.Integer(),
        'between trips: the longest compliant trip inside the gap (0: none fits); after the last: a full stay under the rules in force, as status fullStayDays (null: no rule limits a stay)',
      ),
      longestTripEntry: nullable(isoDate(), 'the earliest entry of that trip; null when none fits'),
      longestTripExit: nullable(isoDate(), 'its last day'),
    }),
    { description: 'from the reference day on: the gaps between the trips ahead, the last one open-ended' },
  ),
  firstUnauthorisedDay: nullable(isoDate(), 'the first unauthorised day of any trip'),
  brokenLimit: nullable(limitName(), 'its limit'),
  unauthorisedDays: Type.Integer({ description: 'unauthorised days over every trip' }),
  timeline: Type.Optional(
    Type.Object(
      {
        from: isoDate('the reference day'),
        to: isoDate('the last day: the end of the month six months ahead, or of the last booked trip'),
        maxDays: Type.Integer(),
        days: Type.Array(
          Type.Object({
            date: isoDate('the day'),
            presence: Type.Enum(['none', 'recorded', 'booked'], { description: 'outside; inside on a day up to the reference day; inside a trip ahead (after it)' }),
            counted: Type.Boolean({ description: 'a day of presence that counts' }),
            daysUsed: Type.Integer({ description: 'days used in the window ending that day, booked trips included' }),
            daysLeft: Type.Integer({ description: 'maxDays - daysUsed, at least 0' }),
            unauthorised: Type.Boolean(),
          }),
          { description: 'one element a day, in date order' },
        ),
      },
      { description: '--timeline: the days left on each day from the reference day on' },
    ),
  ),
  ...TAIL,
});

// --- The answers of the CLI only, and batch's records ----------------------------------------

export const StatementSchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('statement'),
  verdict: verdict(VERDICT_DESCRIPTION),
  on: isoDate('the reference day'),
  from: isoDate('the first day of the span'),
  to: isoDate('the last day of the span'),
  rule: Type.Object({ maxDays: Type.Integer(), windowDays: Type.Integer() }),
  sources: Type.Object({ rule: Type.String(), notCounted: Type.String() }),
  stays: Type.Array(
    Type.Object({
      entry: isoDate('the day of entry'),
      exit: isoDate('the day of exit'),
      exitAssumed: Type.Boolean({ description: 'no exit recorded: the reference day' }),
      entryCountry: nullable(Type.String()),
      exitCountry: nullable(Type.String()),
      entryPlace: nullable(Type.String()),
      exitPlace: nullable(Type.String()),
      booked: Type.Boolean({ description: 'entered after the reference day: not travelled yet' }),
      recordedAsBooked: Type.Boolean({ description: 'written as a booked trip in the log (a `booked` line), even if its days have passed' }),
      days: Type.Integer({ description: STAY_DAYS_DESCRIPTION }),
      countedDays: Type.Integer(),
      firstUnauthorisedDay: nullable(isoDate(), 'its first unauthorised day'),
      brokenLimit: nullable(limitName()),
      presence: Type.Array(
        Type.Object({
          date: isoDate('a day of presence inside the span'),
          counted: Type.Boolean({ description: 'the day counts (not under a permit, not in a state that does not count)' }),
          daysUsed: Type.Integer({ description: 'days used in the 180 days ending on this day (each day once)' }),
          unauthorised: Type.Boolean(),
        }),
        { description: 'its days inside the span, in date order' },
      ),
    }),
    { description: 'every stay with a day in the span, in chronological order' },
  ),
  warnings: Type.Array(warning(), { description: WARNINGS_DESCRIPTION }),
});

const logLines = () =>
  Type.Array(
    Type.Object({
      number: Type.Integer({ description: 'the number log list shows (log remove takes it)' }),
      line: Type.Integer({ description: 'the line in the file' }),
      text: Type.String({ description: 'the stamp line as written' }),
      mark: Type.Optional(
        Type.Enum(['booked', 'underWay', 'bookedPast'], {
          description:
            'the stay this line begins, on the reference day: booked (ahead), underWay, or bookedPast (a booked line whose days have passed: to confirm with log edit); absent otherwise',
        }),
      ),
    }),
  );

const logHead = <A extends string>(action: A, text: string) => ({
  schemaVersion: schemaVersion(),
  command: Type.Literal('log'),
  action: Type.Literal(action, { description: text }),
});

export const LogSchema = Type.Union([
  Type.Object({
    ...logHead('add', 'log trip, entry, exit, visa, permit or mrz'),
    file: Type.String({ description: 'the stamp file' }),
    line: Type.String({ description: 'the line added (an exit that completes a "trip FROM.." line: the lines that replace it, one a line)' }),
  }),
  Type.Object({ ...logHead('remove', 'log remove'), file: Type.String({ description: 'the stamp file' }), line: Type.String({ description: 'the line removed' }) }),
  Type.Object({
    ...logHead('edit', 'log edit'),
    file: Type.String({ description: 'the stamp file' }),
    line: Type.String({ description: 'the new lines of the stay, one a line' }),
    removed: Type.Array(Type.String(), { description: 'the lines it replaced' }),
  }),
  Type.Object({ ...logHead('list', 'log list'), file: Type.String({ description: 'the stamp file' }), lines: logLines() }),
  Type.Object({
    ...logHead('listAll', 'log list --all'),
    travellers: Type.Array(
      Type.Object({ traveller: nullable(Type.String(), 'null for the own file'), file: Type.String(), lines: logLines() }),
      { description: "the own file, then each traveller's" },
    ),
  }),
]);

/** Another file of schema/, by its name: a `$ref` relative to this file's `$id`. */
const otherFile = <T extends TSchema>(name: string, _type: T, text?: string) => Type.Unsafe<Static<T>>({ $ref: `${name}.schema.json`, ...description(text) });

export const StatusAllSchema = Type.Object({
  schemaVersion: schemaVersion(),
  command: Type.Literal('statusAll'),
  on: isoDate(),
  travellers: Type.Array(
    Type.Object({
      traveller: nullable(Type.String(), 'null for the own file'),
      file: Type.String(),
      status: otherFile('status', StatusSchema, "that traveller's status --json"),
    }),
  ),
});

const batchId = (text?: string) => Type.Union([Type.String(), Type.Number(), Type.Null()], description(text));

export const BatchErrorSchema = Type.Object({
  schemaVersion: schemaVersion(),
  id: batchId("the record's id, or null when it could not be read"),
  error: Type.Object({
    line: Type.Integer({ minimum: 1, description: 'input line of the person (its first row in CSV)' }),
    field: nullable(Type.String()),
    code: Type.String({ description: 'stable error code, e.g. date.noSuchDay' }),
    message: Type.String({ description: 'one line: English (batch, library, MCP); over HTTP, the language of the body\'s "lang" or of Accept-Language, worded without command-line flags or hints' }),
  }),
});

/** A query's answer with the person's id (batch puts it second). */
const withId = (name: string) => ({ allOf: [{ $ref: `${name}.schema.json` }, Type.Object({ id: batchId("the record's id, exactly as given") })] });

/** Written as plain JSON Schema: batch writes its lines as text (src/batch/records.ts), no type is derived from it. */
export const BatchRecordSchema = Type.Unsafe<unknown>({
  oneOf: [withId('status'), withId('plan'), withId('next'), withId('annex3'), withId('check'), { $ref: 'batch-error.schema.json' }],
});

// --- The files -------------------------------------------------------------------------------

/** Each answer's file in schema/ (its `$id` is https://schengen.example/schema/<name>.schema.json), title and description. */
export const ANSWER_FILES: Readonly<Record<string, { readonly title: string; readonly description?: string; readonly schema: TSchema }>> = {
  status: { title: 'schengen status --json', description: FIELDS_DESCRIPTION, schema: StatusSchema },
  plan: { title: 'schengen plan --json', description: FIELDS_DESCRIPTION, schema: PlanSchema },
  next: { title: 'schengen next --json', description: FIELDS_DESCRIPTION, schema: NextSchema },
  annex3: { title: 'schengen annex3 --json', description: FIELDS_DESCRIPTION, schema: Annex3Schema },
  calendar: {
    title: 'schengen calendar --json',
    description: 'The day-by-day series the calendar picture draws: one element per day from `from` to `to`, both included, in date order.',
    schema: CalendarSchema,
  },
  apply: {
    title: 'schengen apply --json',
    description:
      'When to lodge a Schengen visa application and when the decision is due (Visa Code Art. 9(1), 23 as amended by Reg. 2019/1155; EU visa facilitation agreements). See docs/visa-application.md.',
    schema: ApplySchema,
  },
  visa: { title: 'schengen visa --mrz --json', schema: VisaSchema },
  rules: { title: 'schengen rules --json', schema: RulesSchema },
  check: {
    title: 'schengen check --json',
    description: 'The whole itinerary judged at once: every trip (past, under way, booked) with its verdict and the room it leaves, and the gaps between the trips ahead (docs/itinerary.md).',
    schema: CheckSchema,
  },
  statement: {
    title: 'schengen statement --json',
    description:
      'A statement of stays for a border guard, a consulate or a request to rectify an EES record: every stay with a day in the span, the count on each day of presence, the rule and its sources (docs/itinerary.md).',
    schema: StatementSchema,
  },
  log: { title: 'schengen log … --json', schema: LogSchema },
  'status-all': { title: 'schengen status --all --json', schema: StatusAllSchema },
  'batch-error': { title: 'schengen batch: the record of a person whose input was refused', schema: BatchErrorSchema },
  'batch-record': {
    title: 'schengen batch: one output record',
    description: "One line of batch output: the single command's --json object with the person's id second, or an error record (batch-error.schema.json).",
    schema: BatchRecordSchema,
  },
};

export const SCHEMA_BASE = 'https://schengen.example/schema/';

/** An answer's schema as a file of schema/: plain JSON, with the shared parts it uses under `$defs`. */
export function answerSchemaFile(name: string): Record<string, unknown> {
  const file = ANSWER_FILES[name];
  if (file === undefined) throw new Error(`no answer schema ${name}`);
  const schema = JSON.parse(JSON.stringify(file.schema)) as Record<string, unknown>;
  const defs = definitionsUsedBy(schema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}${name}.schema.json`,
    title: file.title,
    ...description(file.description),
    ...schema,
    ...(Object.keys(defs).length === 0 ? {} : { $defs: JSON.parse(JSON.stringify(defs)) as unknown }),
  };
}
