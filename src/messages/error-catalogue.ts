/**
 * Every message of a user error, by code, with its parameters. The English catalogue below is the
 * reference; nl, fr and de implement the same interface, so a translation with a missing or
 * mistyped message does not compile.
 */
export interface ErrorCatalogue {
  'file.unreadable': (p: { why: 'noSuchFile' | 'isDirectory' | 'permissionDenied' | 'other'; code: string }) => string;
  'input.none': (p: Record<string, never>) => string;
  'tz.invalid': (p: { zone: string }) => string;
  'lang.invalid': (p: { lang: string }) => string;
  'usage.commander': (p: { detail: string }) => string;
  'next.tooLong': (p: { days: number; maxDays: number; windowDays: number }) => string;
  'plan.exitBeforeEntry': (p: { exit: string; entry: string }) => string;
  'annex3.entryAfterArrival': (p: { entry: string; arrival: string }) => string;
  'annex3.community': (p: { text: string }) => string;
  'visa.mrzArguments': (p: { count: number }) => string;
  'json.syntax': (p: { reason: string }) => string;
  'json.shape': (p: { expected: JsonExpectation; got: string }) => string;
  'json.unknownField': (p: { field: string; known: string }) => string;
  'stay.farFuture': (p: Record<string, never>) => string;
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
  'date.ambiguous': (p: { text: string }) => string;
  'date.noSuchDay': (p: { text: string }) => string;
  'date.unknownMonth': (p: { text: string; month: string }) => string;
  'date.unrecognised': (p: { text: string }) => string;
  'date.outOfRange': (p: { text: string; earliest: number; latest: number }) => string;
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
  'batch.csvHeader': (p: { header: string }) => string;
  'batch.csvColumns': (p: { count: number }) => string;
  'batch.missingId': (p: Record<string, never>) => string;
  'log.refused': (p: { reason: string }) => string;
  'log.noSuchLine': (p: { number: number; count: number }) => string;
  'log.locked': (p: { file: string }) => string;
  // batch --shard / --jobs (issue 12)
  'batch.shard': (p: { text: string }) => string;
  'batch.jobs': (p: { text: string }) => string;
}

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
  | 'countryArray';

/** The words shown around every error: the location prefix. */
export interface ErrorFrame {
  readonly field: string;
  readonly internal: (detail: string) => string;
  readonly reportBug: string;
  readonly warning: string;
}
