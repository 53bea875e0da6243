import { dayFromCivil, type Day, type DayRange } from '../core/day.js';
import type { DaySet } from '../core/day-set.js';
import { daysNotCountedIn } from '../core/membership.js';
import { SCHENGEN_RULE } from '../core/rolling-window.js';
import { buildCountingHistory, closeOpenStays, findStayProblems, presenceOf, type ClosedStay } from '../core/stays.js';
import type { StayContext } from '../core/visa.js';
import type { Warning } from '../core/warning.js';
import { isoDate } from '../core/iso-date.js';
import { at, InputError, type InputLocation } from '../errors.js';
import { parseVisaMrz } from './mrz.js';
import type { TravelInput, VisaInput } from './travel-input.js';

/** Stamps more than this many days after "today" are refused as typing errors. */
export const FAR_FUTURE_DAYS = 2 * 366;

export interface AssembledHistory extends StayContext {
  readonly stays: readonly ClosedStay[];
  /** Days physically inside (for "in Schengen today?"). */
  readonly presence: DaySet;
  /** Entry day of a stay still under way, taken to last until `today`. */
  readonly openStayEntry: Day | null;
  /** Entry country of each stay (same order as `stays`), when the stamp named one. */
  readonly entryCountries: readonly (string | undefined)[];
  readonly warnings: readonly Warning[];
}

/** How another piece of input is named in a message: its line, else its field. */
function nameOf(location: InputLocation | undefined): string {
  if (location?.line !== undefined) return `line ${location.line}`;
  return location?.field ?? '?';
}

function checkNotFarFuture(input: TravelInput, today: Day): void {
  const limit = today + FAR_FUTURE_DAYS;
  for (const stay of input.stays) {
    if (stay.entry > limit) throw new InputError('stay.farFuture', {}, stay.entryLocation);
    if (stay.exit !== null && stay.exit > limit) throw new InputError('stay.farFuture', {}, stay.exitLocation ?? stay.entryLocation);
  }
}

function checkStays(input: TravelInput, today: Day): void {
  const [problem] = findStayProblems(input.stays);
  if (problem !== undefined) {
    const stay = input.stays[problem.index]!;
    switch (problem.kind) {
      case 'exitBeforeEntry':
        throw new InputError('stay.exitBeforeEntry', {}, stay.exitLocation ?? stay.entryLocation);
      case 'overlap':
        throw new InputError('stay.overlap', { other: nameOf(input.stays[problem.otherIndex]?.entryLocation) }, stay.entryLocation);
      case 'openStayNotLast':
        throw new InputError('stay.openNotLast', { other: nameOf(input.stays[problem.otherIndex]?.entryLocation) }, stay.entryLocation);
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
      throw new InputError('visa.overlap', { other: nameOf(earlier.location) }, location);
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
export function assembleHistory(input: TravelInput, today: Day): AssembledHistory {
  checkNotFarFuture(input, today);
  checkStays(input, today);
  checkVisasDoNotOverlap(input.visas);
  const warnings: Warning[] = [];
  checkMrz(input, warnings);

  const stays = closeOpenStays(input.stays, today);
  const visas = input.visas.map((input) => input.visa);
  const exempt: DayRange[] = [
    ...input.permits.map((permit) => permit.range),
    ...visas.filter((visa) => visa.type === 'D').map((visa) => ({ first: visa.validFrom, last: visa.validUntil })),
  ];
  const notCounted: DayRange[] = [];
  const entryCountries = input.stays.map((stay) => stay.entryCountry);
  stays.forEach((stay, index) => {
    const country = input.stays[index]!.entryCountry ?? input.stays[index]!.exitCountry;
    const range = country === undefined ? null : daysNotCountedIn(country, { first: stay.entry, last: stay.exit });
    if (range !== null) {
      notCounted.push(range);
      warnings.push({ code: 'daysNotCountedInState', params: { country: country!, first: isoDate(range.first), last: isoDate(range.last) } });
    }
  });
  const open = input.stays.find((stay) => stay.exit === null);
  if (open !== undefined) warnings.push({ code: 'openStay', params: { entry: isoDate(open.entry), asOf: isoDate(today) } });
  const presence = presenceOf(stays);
  return {
    stays,
    presence,
    history: buildCountingHistory(stays, { exempt, notCounted, present: presence }),
    rule: SCHENGEN_RULE,
    visas,
    openStayEntry: open?.entry ?? null,
    entryCountries,
    warnings,
  };
}
