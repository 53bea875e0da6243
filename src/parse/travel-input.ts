import type { Day, DayRange } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import type { InputLocation } from '../errors.js';

/** One stay as read from the user's input, with where each stamp came from. */
export interface StayInput {
  readonly entry: Day;
  readonly exit: Day | null;
  readonly entryCountry?: string | undefined;
  readonly exitCountry?: string | undefined;
  readonly entryPlace?: string | undefined;
  readonly exitPlace?: string | undefined;
  readonly entryLocation: InputLocation;
  readonly exitLocation?: InputLocation | undefined;
  /** A stamp file's one-line trip: `trip FROM..TO`, or `booked FROM..TO` (a trip booked ahead); absent for stamps and JSON. */
  readonly recorded?: 'trip' | 'booked' | undefined;
}

export interface VisaInput {
  readonly visa: Visa;
  readonly location: InputLocation;
}

/** A residence permit or long-stay period: its days never count (rules.md §2.3). */
export interface PermitInput {
  readonly range: DayRange;
  readonly country?: string;
  readonly location: InputLocation;
}

/** Machine-readable zone lines of a visa, kept to cross-check the printed fields. */
export interface MrzInput {
  readonly line1: string;
  readonly line2: string;
  readonly location: InputLocation;
}

/** Everything read from the user's input sources (stamp file, JSON, flags), in input order. */
export interface TravelInput {
  readonly stays: StayInput[];
  readonly visas: VisaInput[];
  readonly permits: PermitInput[];
  readonly mrz: MrzInput[];
}

export function emptyTravelInput(): TravelInput {
  return { stays: [], visas: [], permits: [], mrz: [] };
}

export function mergeTravelInputs(inputs: readonly TravelInput[]): TravelInput {
  // One source with anything in it (a file, no flags): taken as it is, not copied stay by stay.
  const given = inputs.filter((input) => input.stays.length + input.visas.length + input.permits.length + input.mrz.length > 0);
  if (given.length === 1) return given[0]!;
  return {
    stays: inputs.flatMap((input) => input.stays),
    visas: inputs.flatMap((input) => input.visas),
    permits: inputs.flatMap((input) => input.permits),
    mrz: inputs.flatMap((input) => input.mrz),
  };
}
