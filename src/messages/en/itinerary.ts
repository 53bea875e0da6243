import type { EesCandidateKind } from '../../core/ees.js';
import type { TripState } from '../../core/itinerary-check.js';

/**
 * Every word of the traveller's itinerary (issue 22) in English: `check` and its timeline, the EES
 * reconciliation of `status`, `statement`, and the booked trips of `log`. nl, fr and de implement the
 * same interface, so a missing translation does not compile.
 */
export interface ItineraryMessages {
  readonly check: {
    readonly title: (date: string) => string;
    readonly trip: (index: number, entry: string, exit: string) => string;
    readonly states: Readonly<Record<TripState, string>>;
    readonly exitAssumed: string;
    readonly days: (days: number, counted: number) => string;
    readonly complies: string;
    readonly breaks: (first: string, limit: string, days: number) => string;
    readonly peak: (used: number, maxDays: number, day: string) => string;
    readonly room: (extra: number, latestExit: string, stop: string) => string;
    readonly noRoom: (stop: string) => string;
    readonly gapsTitle: string;
    readonly gap: (from: string, to: string) => string;
    readonly gapAfterLast: (from: string) => string;
    readonly longest: (days: number, entry: string, exit: string) => string;
    readonly noTripFits: string;
    readonly fullTrip: (days: number, entry: string) => string;
    readonly noFullTrip: string;
    readonly noCap: string;
    readonly noTrips: string;
  };
  readonly timeline: {
    readonly title: (from: string, to: string) => string;
    /** Two letters each, Monday first. */
    readonly weekdays: readonly string[];
    readonly month: (month: number, year: number) => string;
    /** Lines of at most 80 characters. */
    readonly legend: (maxDays: number) => string[];
  };
  readonly ees: {
    readonly title: (date: string) => string;
    readonly eesDaysLeft: string;
    readonly ourDaysLeft: string;
    readonly window: string;
    readonly difference: string;
    readonly differenceValue: (difference: number) => string;
    readonly candidatesTitle: string;
    readonly none: string;
    readonly candidate: Readonly<Record<EesCandidateKind, (country: string) => string>>;
    readonly candidateDays: (days: number) => string;
    readonly nextSteps: string;
    readonly steps: (agree: boolean) => string[];
  };
  readonly statement: {
    readonly title: string;
    readonly subtitle: (from: string, to: string, on: string) => string;
    readonly stay: (index: number, entry: string, exit: string) => string;
    readonly stayFacts: (days: number, counted: number, country: string) => string;
    readonly booked: string;
    readonly noCountry: string;
    readonly compliant: string;
    readonly breaks: (first: string, limit: string) => string;
    readonly dayCounts: string;
    readonly notCounted: string;
    readonly unauthorised: string;
    readonly rule: string;
    readonly ruleText: (maxDays: number, windowDays: number) => string;
    readonly source: string;
    readonly countingNote: string;
    readonly noStays: string;
    readonly htmlComputed: (date: string) => string;
    readonly htmlDisclaimer: string;
    readonly columns: { readonly day: string; readonly used: string };
  };
  readonly log: {
    readonly marks: { readonly booked: string; readonly underWay: string; readonly bookedPast: string };
    readonly edited: (number: number, before: string, after: string) => string;
  };
  readonly plan: {
    readonly assumedLeave: string;
    readonly assumedLeaveValue: (date: string) => string;
  };
}

type Errors = {
  'stamp.tripForm': (p: { keyword: string }) => string;
  'stamp.bookedOpen': (p: Record<string, never>) => string;
  'ees.notSchengen': (p: { preset: string }) => string;
  'log.tripForm': (p: { text: string }) => string;
  'log.overlaps': (p: { number: number; text: string }) => string;
  'log.entryAhead': (p: { date: string }) => string;
  'log.openAhead': (p: { date: string }) => string;
  'log.alreadyInside': (p: { number: number; text: string }) => string;
  'log.openBefore': (p: { number: number; text: string }) => string;
  'log.noStayUnderWay': (p: Record<string, never>) => string;
  'log.exitBeforeEntry': (p: { number: number; text: string }) => string;
  'log.notAStay': (p: { number: number; text: string }) => string;
};

/** The itinerary's errors, by code (messages/error-catalogue.ts takes them in). */
export type ItineraryErrorCatalogue = Errors;

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const itineraryEn: ItineraryMessages = {
  check: {
    title: (date) => `Every trip, judged on ${date}`,
    trip: (index, entry, exit) => `${index}. ${entry} – ${exit}`,
    states: { past: 'past', underWay: 'under way', booked: 'booked' },
    exitAssumed: 'no exit recorded yet: counted up to the reference day',
    days: (n, counted) => (n === counted ? days(n) : `${days(n)}, ${counted} counted`),
    complies: 'complies with every limit',
    breaks: (first, limit, n) => `unauthorised from ${first} (${limit}), ${days(n)}`,
    peak: (used, maxDays, day) => `at most ${used} of ${maxDays} days used (${day})`,
    room: (extra, latestExit, stop) => (extra === 0 ? `no day more: it ends where ${stop} stops it` : `could run ${days(extra)} longer, to ${latestExit} (then: ${stop})`),
    noRoom: (stop) => `no day more (${stop})`,
    gapsTitle: 'Room between the trips',
    gap: (from, to) => `${from} – ${to}`,
    gapAfterLast: (from) => `from ${from}`,
    longest: (n, entry, exit) => `longest trip that fits: ${days(n)}, ${entry} – ${exit}`,
    noTripFits: 'no trip fits',
    fullTrip: (n, entry) => `a full ${n}-day trip from ${entry}`,
    noFullTrip: 'no full trip: no sticker allows one',
    noCap: 'no rule caps a trip',
    noTrips: 'no trip recorded',
  },
  timeline: {
    title: (from, to) => `Days left on each day, ${from} – ${to}`,
    weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
    month: (month, year) => `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${year}`,
    legend: (maxDays) => [
      `Each day: its date, then the days left of ${maxDays} that day.`,
      '  ■ inside (recorded)   ◆ inside (booked trip)   □ inside, not counted',
      '  ! unauthorised   blank: outside',
    ],
  },
  ees: {
    title: (date) => `The EES count and ours, on ${date}`,
    eesDaysLeft: 'Days left, as the EES service showed',
    ourDaysLeft: 'Days left, by your log',
    window: 'Window (180 days)',
    difference: 'Difference',
    differenceValue: (d) =>
      d === 0 ? 'none: the counts agree' : d > 0 ? `EES leaves ${days(d)} fewer: it may count days your log does not` : `EES leaves ${days(-d)} more: it may lack days your log counts`,
    candidatesTitle: 'Days that may explain it (candidates, not a finding about the EES record)',
    none: 'none found in the log',
    candidate: {
      beforeEes: () => 'counted here, before EES was in full operation (10 April 2026; some crossings from 12 October 2025): EES may not hold it',
      referenceDay: () => 'the reference day itself, counted here as a day of presence; a count of the days left from the next day gives one more',
      notInLog: () => 'no stay in your log: EES may hold a trip the log lacks',
      notCounted: (country) => `in your log, in ${country === '' ? 'a state' : country}, whose days do not count: if the state is wrong in the log, EES counts them`,
      permit: () => 'under a residence permit or long-stay visa, not counted here: EES counts them unless the permit was shown at the border',
      sameDayReentry: () => 'an exit and a re-entry the same day, counted once here: two stays may each count it',
      visa: () => 'the visa valid that day: the EES calculator caps the days left by its entries and duration (EES Art. 11(3)); this count is the 90/180 rule alone',
    },
    candidateDays: (n) => days(n),
    nextSteps: 'What to do next',
    steps: (agree) =>
      agree
        ? ['Keep your log up to date: it is your only copy of your entries and exits (passports are no longer stamped).']
        : [
            '1. Check your log against your tickets, boarding passes and bookings (schengen log list); correct it with schengen log edit or log trip.',
            '2. If the log is right, ask the border authority of the state of your last entry or exit to explain the EES count.',
            '3. You have the right to see the data EES holds on you and to have it rectified or completed: ask any Schengen state (EES Regulation (EU) 2017/2226, Art. 52). This statement helps: schengen statement --html.',
          ],
  },
  statement: {
    title: 'Statement of stays in the Schengen area',
    subtitle: (from, to, on) => `Stays from ${from} to ${to}, as recorded by the traveller; computed on ${on}`,
    stay: (index, entry, exit) => `Stay ${index}: ${entry} – ${exit}`,
    stayFacts: (n, counted, country) => `${days(n)}${counted === n ? '' : `, ${counted} counted`}; ${country}`,
    booked: 'booked, not yet travelled',
    noCountry: 'state not recorded',
    compliant: 'every day authorised',
    breaks: (first, limit) => `unauthorised from ${first} (${limit})`,
    dayCounts: 'Days used in the 180 days ending on each day of presence',
    notCounted: 'does not count',
    unauthorised: 'unauthorised',
    rule: 'Rule',
    ruleText: (maxDays, windowDays) =>
      `At most ${maxDays} days in any ${windowDays}-day period; the period is the ${windowDays} days ending on the day looked at; the days of entry and of exit count; a day counts once.`,
    source: 'Source',
    countingNote: 'Days under a residence permit or long-stay visa, and days in a state that did not apply the Schengen rules in full, do not count.',
    noStays: 'No stay in this period.',
    htmlComputed: (date) => `Computed by schengen on ${date} from the traveller's own log.`,
    htmlDisclaimer: "This statement is the traveller's own record, not an official document; the dates can be checked against tickets, boarding passes and the EES record.",
    columns: { day: 'Day', used: 'Used' },
  },
  log: {
    marks: { booked: 'booked', underWay: 'under way', bookedPast: 'booked, days passed: confirm with log edit' },
    edited: (number, before, after) => `line ${number}: ${before} → ${after}`,
  },
  plan: {
    assumedLeave: 'Stay under way',
    assumedLeaveValue: (date) => `no exit recorded: taken to end on ${date}, the reference day (log exit DATE records the day you leave)`,
  },
};

export const itineraryErrorsEn: ItineraryErrorCatalogue = {
  'stamp.tripForm': (p) => `"${p.keyword}" needs the trip's days; expected "${p.keyword} FROM..TO [COUNTRY] [place]"${p.keyword === 'trip' ? ' (FROM.. for a trip under way)' : ''}`,
  'stamp.bookedOpen': () => 'a booked trip needs its last day; expected "booked FROM..TO [COUNTRY] [place]"',
  'ees.notSchengen': (p) => `the EES counts days in the Schengen area only, not under --rules ${p.preset}; expected --ees-days-left without other rules`,
  'log.tripForm': (p) => `"${p.text}" is not a trip; expected FROM..TO, or FROM.. for a trip under way (e.g. 2027-02-01..2027-02-14)`,
  'log.overlaps': (p) => `the trip shares days with line ${p.number} ("${p.text}"); expected a trip before or after it (an exit and a re-entry may share one day)`,
  'log.entryAhead': (p) => `an entry on ${p.date} is after the reference day: that is a booked trip; expected "schengen log trip ${p.date}..LAST-DAY"`,
  'log.openAhead': (p) => `a trip under way cannot start after the reference day (${p.date}); expected its last day too: "schengen log trip ${p.date}..LAST-DAY"`,
  'log.alreadyInside': (p) => `you are already inside since line ${p.number} ("${p.text}"); expected its exit first ("schengen log exit DATE"), or the whole trip with "schengen log trip FROM..TO"`,
  'log.openBefore': (p) =>
    `without an exit, this stay would still be under way at line ${p.number} ("${p.text}"), which starts on or before the reference day; expected the whole trip: "schengen log trip FROM..TO"`,
  'log.noStayUnderWay': () => 'no stay is under way, so there is nothing to exit; expected "schengen log entry DATE" first, or the whole trip with "schengen log trip FROM..TO"',
  'log.exitBeforeEntry': (p) => `the exit is before the entry on line ${p.number} ("${p.text}"); expected an exit on or after that day`,
  'log.notAStay': (p) => `line ${p.number} ("${p.text}") is not a stay; expected the number of an entry, exit, trip or booked line of "schengen log list"`,
};
