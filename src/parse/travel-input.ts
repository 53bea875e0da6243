import type { Day } from '../core/day.js';
import type { InputLocation } from '../errors.js';

/** One stay as read from the user's input, with where each stamp came from. */
export interface StayInput {
  readonly entry: Day;
  readonly exit: Day | null;
  readonly entryCountry?: string;
  readonly exitCountry?: string;
  readonly entryPlace?: string;
  readonly exitPlace?: string;
  readonly entryLocation: InputLocation;
  readonly exitLocation?: InputLocation;
}

/** Everything read from one input source (stamp file, JSON, flags), in input order. */
export interface TravelInput {
  readonly stays: StayInput[];
}

export function emptyTravelInput(): TravelInput {
  return { stays: [] };
}

export function mergeTravelInputs(inputs: readonly TravelInput[]): TravelInput {
  return { stays: inputs.flatMap((input) => input.stays) };
}
