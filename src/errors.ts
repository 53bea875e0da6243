import { errorMessage, type ErrorCode, type ErrorParams, type FileProblem } from './messages/error-catalogue.js';
import { escapeForTerminal } from './escape.js';
import { errorsEn } from './messages/en/errors.js';

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
  file?: string | undefined;
  line?: number | undefined;
  field?: string | undefined;
}

/**
 * The same place, narrowed to one field. Written out instead of `{ ...location, field }`: on
 * Node 20 a spread followed by a property costs about a microsecond, and batch does this per date.
 */
export function at(location: InputLocation, field: string): InputLocation {
  return { file: location.file, line: location.line, field };
}

/**
 * A problem the user can fix. It carries a stable `code` and its `params`, so that it can be worded
 * in the reader's language; `message` is the English wording, on one line, with every control or
 * invisible character of a value shown escaped (`\r`, `\e`, `\u202e`): a consumer that logs it
 * prints no forged line and obeys no escape sequence. The exact values stay in `params`.
 */
export abstract class UserError<C extends ErrorCode = ErrorCode> extends Error {
  abstract readonly exitCode: ExitCode;
  readonly code: C;
  readonly params: ErrorParams<C>;
  readonly location: InputLocation;

  constructor(code: C, params: ErrorParams<C>, location: InputLocation = {}) {
    super(escapeForTerminal(errorMessage(errorsEn, { code, params, location })));
    this.name = new.target.name;
    this.code = code;
    this.params = params;
    this.location = location;
  }
}

/** A file-system error while reading `file`, as the user-facing FileError (exit 4). */
export function unreadableFileError(error: unknown, file: string): FileError<'file.unreadable'> {
  return new FileError('file.unreadable', fileProblem(error), { file });
}

/** A file-system error while writing `file`, as the user-facing FileError (exit 4). */
export function unwritableFileError(error: unknown, file: string): FileError<'file.unwritable'> {
  return new FileError('file.unwritable', fileProblem(error), { file });
}

const FILE_PROBLEMS: Readonly<Record<string, FileProblem>> = {
  ENOENT: 'noSuchFile',
  ENOTDIR: 'noSuchFile',
  EISDIR: 'isDirectory',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  ELOOP: 'symlinkLoop',
  ENOSPC: 'noSpace',
  EDQUOT: 'noSpace',
  EROFS: 'readOnly',
};

/** A system error as Node.js throws it (written here so that the library's types need no @types/node). */
export interface SystemError extends Error {
  code?: string;
  errno?: number;
  path?: string;
  syscall?: string;
}

/** The reason a system error gives, worded in the reader's language where we know it; its code otherwise. */
function fileProblem(error: unknown): { why: FileProblem; code: string } {
  const raw = (error as SystemError | undefined)?.code;
  const code = typeof raw === 'string' && raw !== '' ? raw : 'EIO';
  return { why: FILE_PROBLEMS[code] ?? 'other', code };
}

/** Is this the refusal of a file that does not exist (a log or settings file not made yet)? */
export function isNoSuchFile(error: unknown): boolean {
  return error instanceof FileError && error.code === 'file.unreadable' && (error.params as { why: FileProblem }).why === 'noSuchFile';
}

/** Is this a system error (has an errno code) rather than a bug? */
export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && /^E[A-Z]+$/.test((error as SystemError).code!);
}

/** Wrong command-line usage: unknown option, missing argument, contradictory flags. */
export class UsageError<C extends ErrorCode = ErrorCode> extends UserError<C> {
  readonly exitCode = ExitCode.usage;
}

/** The input was read but is not valid: a bad date, an exit without entry, overlapping stays. */
export class InputError<C extends ErrorCode = ErrorCode> extends UserError<C> {
  readonly exitCode = ExitCode.invalidInput;
}

/** A file that could not be read (missing, a directory, no permission). */
export class FileError<C extends ErrorCode = ErrorCode> extends UserError<C> {
  readonly exitCode = ExitCode.unreadableFile;
}
