import { addMonths, dayFromCivil, type Day } from '../core/day.js';
import type { Itinerary, ItineraryStay } from '../core/authorisation.js';
import { daysNotCountedIn } from '../core/membership.js';
import { SCHENGEN_REGIME, windowRuleOfRegime, zoneOfCountry, type Regime } from '../core/regimes.js';
import { closeOpenStays, findStayProblems } from '../core/stays.js';
import type { Warning } from '../core/warning.js';
import { isoDate } from '../core/iso-date.js';
import { at, InputError, type InputLocation } from '../errors.js';
import { parseVisaMrz } from './mrz.js';
import type { StayInput, TravelInput, VisaInput } from './travel-input.js';

/** Stamps more than this many months after "today" are refused as typing errors. */
export const FAR_FUTURE_MONTHS = 24;

/** What the input says of a stay beyond its days and state (for a statement of stays). */
export interface StayDetails {
  readonly entryCountry: string | null;
  readonly exitCountry: string | null;
  readonly entryPlace: string | null;
  readonly exitPlace: string | null;
  /** A stamp file's `booked` line: recorded as a trip booked ahead. */
  readonly recordedAsBooked: boolean;
}

/** The itinerary the core judges (stays closed, each with its state), and what to tell the reader. */
export interface AssembledHistory extends Itinerary {
  /** Index in `stays` of a stay still under way, taken to last until `today`. */
  readonly openStayIndex: number | null;
  readonly warnings: readonly Warning[];
  /** The stays as read (same index as `stays`): their details are made only when asked for (`stayDetailsOf`). */
  readonly stayInputs: readonly StayInput[];
}

/**
 * Per stay (same index as `stays`): its stamps' states and places as given. Only a statement of
 * stays reads them: made when asked for, not for every question (issue 21: an object per stay).
 */
export function stayDetailsOf(history: AssembledHistory): StayDetails[] {
  return history.stayInputs.map((stay) => ({
    entryCountry: stay.entryCountry ?? null,
    exitCountry: stay.exitCountry ?? null,
    entryPlace: stay.entryPlace ?? null,
    exitPlace: stay.exitPlace ?? null,
    recordedAsBooked: stay.recorded === 'booked',
  }));
}

/**
 * How another piece of input is named in the message about `self`: its line (a stamp file), unless
 * both are on the same line (a batch record, whose stays all share its line): then its field.
 */
function nameOf(location: InputLocation | undefined, self: InputLocation): string {
  if (location?.line !== undefined && (location.line !== self.line || location.field === undefined)) return `line ${location.line}`;
  return location?.field ?? '?';
}

function checkNotFarFuture(input: TravelInput, today: Day): void {
  // Two years to the day: the same date two years on is the last one accepted (29 Feb → 28 Feb).
  const limit = addMonths(today, FAR_FUTURE_MONTHS);
  for (const stay of input.stays) {
    if (stay.entry > limit) throw new InputError('stay.farFuture', { latest: isoDate(limit) }, stay.entryLocation);
    if (stay.exit !== null && stay.exit > limit) throw new InputError('stay.farFuture', { latest: isoDate(limit) }, stay.exitLocation ?? stay.entryLocation);
  }
}

function checkStays(input: TravelInput, today: Day): void {
  const [problem] = findStayProblems(input.stays, today);
  if (problem !== undefined) {
    const stay = input.stays[problem.index]!;
    switch (problem.kind) {
      case 'exitBeforeEntry':
        throw new InputError('stay.exitBeforeEntry', {}, stay.exitLocation ?? stay.entryLocation);
      case 'overlap':
        throw new InputError('stay.overlap', { other: nameOf(input.stays[problem.otherIndex]?.entryLocation, stay.entryLocation) }, stay.entryLocation);
      case 'openStayNotLast':
        throw new InputError('stay.openNotLast', { other: nameOf(input.stays[problem.otherIndex]?.entryLocation, stay.entryLocation) }, stay.entryLocation);
    }
  }
  const open = input.stays.find((stay) => stay.exit === null);
  if (open !== undefined && open.entry > today) {
    throw new InputError('stay.openInFuture', {}, open.entryLocation);
  }
}

/** Two short-stay stickers valid on the same day would make "which visa applies" a guess. */
function checkVisasDoNotOverlap(visas: readonly VisaInput[]): void {
  const shortStay = visas.filter((input) => input.visa.type !== 'D').sort((a, b) => a.visa.validFrom - b.visa.validFrom);
  for (let i = 1; i < shortStay.length; i += 1) {
    const earlier = shortStay[i - 1]!;
    const later = shortStay[i]!;
    if (later.visa.validFrom <= earlier.visa.validUntil) {
      // A stamp-file line names no field of its own: the field is the sticker's validity.
      const location = later.location.field === undefined ? at(later.location, 'visa') : later.location;
      throw new InputError('visa.overlap', { other: nameOf(earlier.location, location) }, location);
    }
  }
}

/** MRZ lines are verified (check digits) and compared with the printed fields, which win. */
function checkMrz(input: TravelInput, warnings: Warning[]): void {
  for (const mrz of input.mrz) {
    const decoded = parseVisaMrz(mrz.line1, mrz.line2, mrz.location);
    const until = decoded.validUntil;
    const untilDay = dayFromCivil(until.year, until.month, until.day);
    if (!input.visas.some((visa) => visa.visa.validUntil === untilDay)) {
      warnings.push({ code: 'mrzUnmatched', params: { line: mrz.location.line ?? 0, validUntil: isoDate(untilDay) } });
    }
  }
}

/** Checks the input against itself and against "today", then builds what the core needs. */
export function assembleHistory(input: TravelInput, today: Day, regime: Regime = SCHENGEN_REGIME): AssembledHistory {
  checkNotFarFuture(input, today);
  checkStays(input, today);
  checkVisasDoNotOverlap(input.visas);
  const warnings: Warning[] = [];
  checkMrz(input, warnings);

  const closed = closeOpenStays(input.stays, today);
  const visas = input.visas.map((input) => input.visa);
  // A stay's state: the entry stamp's, else the exit stamp's (docs/authorisation.md §1).
  const stays: ItineraryStay[] = closed.map((stay, index) => ({
    entry: stay.entry,
    exit: stay.exit,
    country: input.stays[index]!.entryCountry ?? input.stays[index]!.exitCountry ?? null,
  }));
  for (const stay of stays) {
    // Days in another regime's zone (RU, BY, TR) are that regime's business, not a gap in this one.
    const zone = stay.country === null ? null : zoneOfCountry(stay.country);
    if (regime.zone !== 'schengen' || (zone !== null && zone !== 'schengen')) continue;
    const range = stay.country === null ? null : daysNotCountedIn(stay.country, { first: stay.entry, last: stay.exit });
    if (range !== null) {
      warnings.push({ code: 'daysNotCountedInState', params: { country: stay.country!, first: isoDate(range.first), last: isoDate(range.last) } });
    }
  }
  const openIndex = input.stays.findIndex((stay) => stay.exit === null);
  if (openIndex >= 0) warnings.push({ code: 'openStay', params: { entry: isoDate(input.stays[openIndex]!.entry), asOf: isoDate(today) } });
  return {
    stays,
    visas,
    permits: input.permits.map((permit) => permit.range),
    rule: windowRuleOfRegime(regime),
    regime,
    openStayIndex: openIndex >= 0 ? openIndex : null,
    warnings,
    stayInputs: input.stays,
  };
}
