import type { ItineraryErrorCatalogue } from './en/itinerary.js';

/** The errors of `schengen apply`; part of every language's ErrorCatalogue. */
export interface ApplyErrorCatalogue {
  'apply.travelInPast': (p: { travel: string; today: string }) => string;
  'apply.lodgedAfterTravel': (p: { lodged: string; travel: string }) => string;
  'apply.lodgedTooEarly': (p: { lodged: string; earliest: string; months: number }) => string;
  'apply.extendedWithoutLodged': (p: Record<string, never>) => string;
  'apply.needsTravel': (p: { flag: string }) => string;
}

/**
 * Every message of a user error, by code, with its parameters. The English catalogue below is the
 * reference; nl, fr and de implement the same interface, so a translation with a missing or
 * mistyped message does not compile.
 */
export interface ErrorCatalogue extends ApplyErrorCatalogue, ItineraryErrorCatalogue {
  'file.unreadable': (p: { why: FileProblem; code: string }) => string;
  'input.none': (p: Record<string, never>) => string;
  'tz.invalid': (p: { zone: string }) => string;
  'lang.invalid': (p: { lang: string }) => string;
  'usage.commander': (p: { detail: string }) => string;
  'next.tooLong': (p: { days: number; maxDays: number; windowDays: number }) => string;
  'plan.exitBeforeEntry': (p: { exit: string; entry: string }) => string;
  'next.tooLongForRules': (p: { days: number; maxDays: number }) => string;
  'batch.endlessLine': (p: { line: number; characters: number }) => string;
  'rules.unknownPreset': (p: { text: string; known: string }) => string;
  'rules.ruleForm': (p: { text: string }) => string;
  'rules.nationality': (p: { text: string }) => string;
  'plan.insideStay': (p: { entry: string; stayEntry: string; stayExit: string }) => string;
  'plan.overlapsStay': (p: { stayEntry: string; stayExit: string }) => string;
  'next.leaveBeforeToday': (p: { leave: string; today: string }) => string;
  'next.leaveNotInside': (p: { leave: string }) => string;
  'next.leaveIntoStay': (p: { leave: string; stayEntry: string }) => string;
  'annex3.entryAfterArrival': (p: { entry: string; arrival: string }) => string;
  'annex3.community': (p: { text: string }) => string;
  'visa.mrzArguments': (p: { count: number }) => string;
  'json.syntax': (p: { reason: string }) => string;
  'json.shape': (p: { expected: JsonExpectation; got: string }) => string;
  'json.unknownField': (p: { field: string; known: string }) => string;
  'fields.unknown': (p: { name: string; known: string }) => string;
  'fields.notTaken': (p: { question: string }) => string;
  'stay.farFuture': (p: { latest: string }) => string;
  'stay.exitBeforeEntry': (p: Record<string, never>) => string;
  'stay.overlap': (p: { other: string }) => string;
  'stay.openNotLast': (p: { other: string }) => string;
  'stay.openInFuture': (p: Record<string, never>) => string;
  'stay.flagForm': (p: { text: string }) => string;
  'visa.overlap': (p: { other: string }) => string;
  'stamp.missingDate': (p: { keyword: string }) => string;
  'stamp.mrzLines': (p: { parts: number }) => string;
  'stamp.unknownKeyword': (p: { keyword: string }) => string;
  'stamp.entryWhileInside': (p: { previousLine: number }) => string;
  'stamp.exitWithoutEntry': (p: Record<string, never>) => string;
  'date.noSuchDay': (p: { text: string }) => string;
  'date.unknownMonth': (p: { text: string; month: string }) => string;
  'date.unrecognised': (p: { text: string }) => string;
  'date.outOfRange': (p: { text: string; earliest: number; latest: number }) => string;
  'date.noSuchMonth': (p: { text: string; month: number }) => string;
  'date.yearMissing': (p: { text: string }) => string;
  'date.relativeNotAllowed': (p: { text: string }) => string;
  'date.weekdayMismatch': (p: { text: string; weekday: string }) => string;
  'visa.form': (p: { text: string }) => string;
  'visa.type': (p: { text: string }) => string;
  'visa.entries': (p: { text: string }) => string;
  'visa.duration': (p: { text: string; max: number }) => string;
  'visa.validForNotLtv': (p: { type: string }) => string;
  'visa.validForEmpty': (p: Record<string, never>) => string;
  'visa.ltvWithoutStates': (p: Record<string, never>) => string;
  'range.untilBeforeFrom': (p: { from: string; until: string }) => string;
  'country.unknown': (p: { code: string; known: string }) => string;
  'permit.form': (p: { text: string }) => string;
  'mrz.checkDigit': (p: { field: string; printed: string; expected: number; value: string }) => string;
  'mrz.length': (p: { line: number; length: number }) => string;
  'mrz.lengthMismatch': (p: { length1: number; length2: number }) => string;
  'mrz.character': (p: { line: number; character: string; position: number }) => string;
  'mrz.documentCode': (p: { code: string }) => string;
  'mrz.date': (p: { text: string }) => string;
  'mrz.sex': (p: { text: string }) => string;
  'batch.lineTooLong': (p: { limit: number }) => string;
  'batch.missingId': (p: Record<string, never>) => string;
  'log.refused': (p: { reason: string }) => string;
  'log.noSuchLine': (p: { number: number; count: number }) => string;
  'log.locked': (p: { file: string }) => string;
  // issue 13 (clerk's form, traveller's log, calendar file, spreadsheets)
  'annex3.identityCount': (p: { option: string; count: number; persons: number }) => string;
  'annex3.referenceOnce': (p: { text: string; persons: number }) => string;
  'log.notANumber': (p: { text: string; count: number }) => string;
  'log.refusedAt': (p: { number: number; reason: string }) => string;
  'log.travellerName': (p: { name: string }) => string;
  'ics.remind': (p: { text: string }) => string;
  'batch.csvUnknownColumn': (p: { column: string; known: string }) => string;
  'batch.csvMissingColumn': (p: { column: string }) => string;
  'batch.csvRowColumns': (p: { count: number; expected: number }) => string;
  'batch.csvSyntax': (p: { reason: string }) => string;
  'batch.csvEmptyRow': (p: Record<string, never>) => string;
  'status.allWithFile': (p: { file: string }) => string;
  'batch.delimiterWithoutCsv': (p: Record<string, never>) => string;
  // Commander's usage errors, the calendar's range and the config file (issue 13).
  'usage.unknownOption': (p: { option: string; suggestion: string }) => string;
  'usage.unknownCommand': (p: { command: string; suggestion: string }) => string;
  'usage.missingArgument': (p: { argument: string }) => string;
  'usage.optionMissingArgument': (p: { option: string }) => string;
  'usage.missingMandatoryOption': (p: { option: string }) => string;
  'usage.conflictingOption': (p: { option: string; other: string }) => string;
  'usage.excessArguments': (p: { got: number; expected: number }) => string;
  'usage.invalidChoice': (p: { option: string; value: string; choices: string }) => string;
  'usage.wholeNumber': (p: { option: string; value: string }) => string;
  // One value typed as several arguments (issue 24).
  'usage.dateSplit': (p: { text: string; words: number; iso: string }) => string;
  'usage.rangeSplit': (p: { option: string; kind: 'stay' | 'permit'; from: string; to: string }) => string;
  'calendar.fromWithTo': (p: Record<string, never>) => string;
  'config.syntax': (p: { reason: string }) => string;
  'config.unknownKey': (p: { key: string; known: string }) => string;
  'config.value': (p: { key: string; expected: string }) => string;
  // issue 10: hostile input and faults
  'file.unwritable': (p: { why: FileProblem; code: string }) => string;
  'input.tooLarge': (p: { limit: number }) => string;
  'json.duplicateKey': (p: { key: string }) => string;
  'json.tooDeep': (p: { limit: number }) => string;
  'number.range': (p: { text: string; min: number; max: number }) => string;
  'http.bodyTooLarge': (p: { limit: number }) => string;
  'http.hostNotAllowed': (p: { host: string }) => string;
  'http.notFound': (p: { path: string }) => string;
  'http.methodNotAllowed': (p: { path: string }) => string;
  'http.internal': () => string;
  'serve.listen': (p: { address: string; reason: string }) => string;
  'serve.allowHost': (p: { text: string }) => string;
  // batch --shard / --jobs (issue 12)
  'batch.shard': (p: { text: string }) => string;
  'batch.jobs': (p: { text: string }) => string;
}

/**
 * The door an error reaches its reader through. From its location: a command-line flag ("--arrival")
 * or argument ("DATE"), or no field at all, is the command line; any other field (a record's in batch,
 * the library or MCP, a part of a stamp file's line) is a record, where no relative date is read
 * either. The API and the counter page say so themselves.
 * A message is worded for the command line only where the command line has words of its own (its
 * flags, its relative dates); a record, the API and the page get the same message without them.
 */
export type ErrorDoor = 'commandLine' | 'record';

export function errorDoor(location: { readonly file?: string | undefined; readonly field?: string | undefined }): ErrorDoor {
  const { field } = location;
  return field === undefined || field.startsWith('--') || /^[A-Z]+$/.test(field) ? 'commandLine' : 'record';
}

/** An option as a message names it: the flag on the command line, the field elsewhere. */
export function optionName(name: string, door: ErrorDoor = 'commandLine'): string {
  return door === 'record' ? `"${name}"` : `--${name}`;
}

/** An error's message in one catalogue, worded for its door (by default, the one its location says). */
export function errorMessage(
  errors: ErrorCatalogue,
  error: { readonly code: ErrorCode; readonly params: unknown; readonly location: { readonly file?: string | undefined; readonly field?: string | undefined } },
  door: ErrorDoor = errorDoor(error.location),
): string {
  return (errors[error.code] as (params: unknown, door: ErrorDoor) => string)(error.params, door);
}

/** Why a file could not be read or written, as a key each language words; "other" shows the system's code. */
export type FileProblem = 'noSuchFile' | 'isDirectory' | 'permissionDenied' | 'symlinkLoop' | 'noSpace' | 'readOnly' | 'other';

export type ErrorCode = keyof ErrorCatalogue;
export type ErrorParams<C extends ErrorCode> = Parameters<ErrorCatalogue[C]>[0];

/** What a JSON value should have been, as a key each language words. */
export type JsonExpectation =
  | 'document'
  | 'stay'
  | 'visa'
  | 'permit'
  | 'array'
  | 'dateString'
  | 'dateOrNull'
  | 'string'
  | 'number'
  | 'entries'
  | 'visaType'
  | 'countryArray'
  | 'boolean'
  | 'dateArray';

/** The words shown around every error: the location prefix. */
export interface ErrorFrame {
  readonly field: string;
  /** A field named in a message: `field "date"`, `champ « date »`, `Feld „Datum“`. */
  readonly fieldNamed: (name: string) => string;
  /**
   * The words inside field names that are ours, not the reader's input: a stamp line's parts
   * (date, keyword, country), the placeholders of flags and arguments (FROM, TO, UNTIL, DATE,
   * COUNTRY) and "#" before a number. Flags and JSON keys are what the reader typed: kept as they are.
   */
  readonly fieldWords: Readonly<Record<string, string>>;
  readonly internal: (detail: string) => string;
  readonly reportBug: string;
  readonly warning: string;
}
