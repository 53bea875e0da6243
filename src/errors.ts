/**
 * Every error a user can cause, and the exit code each maps to. One place: the README's
 * exit-code table is written from this file.
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidInput: 3,
  unreadableFile: 4,
  overstay: 5,
  /** batch: at least one person's record was an error record. */
  batchRecordFailed: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in the user's input a problem is: all parts optional, each named when known. */
export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

export interface UserErrorSpec {
  /** Stable identifier of the problem, e.g. "date.ambiguous"; the key of its translations. */
  code: string;
  /** The English message; other languages are looked up by `code` with the same `params`. */
  message: string;
  params?: MessageParams;
  location?: InputLocation;
}

export abstract class UserError extends Error {
  abstract readonly exitCode: ExitCode;
  readonly code: string;
  readonly params: MessageParams;
  readonly location: InputLocation;

  constructor(spec: UserErrorSpec) {
    super(spec.message);
    this.name = new.target.name;
    this.code = spec.code;
    this.params = spec.params ?? {};
    this.location = spec.location ?? {};
  }
}

/** Wrong command-line usage: unknown option, missing argument, contradictory flags. */
export class UsageError extends UserError {
  readonly exitCode = ExitCode.usage;
}

/** The input was read but is not valid: a bad date, an exit without entry, overlapping stays. */
export class InputError extends UserError {
  readonly exitCode = ExitCode.invalidInput;
}

/** A file that could not be read (missing, a directory, no permission). */
export class FileError extends UserError {
  readonly exitCode = ExitCode.unreadableFile;
}
