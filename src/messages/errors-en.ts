import { applyErrorsEn } from './apply-en.js';
import type { ErrorCatalogue, ErrorFrame, JsonExpectation } from './error-catalogue.js';

export const DATE_FORMS_EN = 'YYYY-MM-DD, DD.MM.YY, DD.MM.YYYY or DD MON YYYY (e.g. 2026-03-14, 14.03.26, 14 MAR 2026)';
export const VISA_FORM = 'TYPE ENTRIES FROM..UNTIL DAYS [valid-for=BE,NL] (e.g. "C MULT 2026-01-10..2027-01-09 90")';
export const PERMIT_FORM = 'FROM..UNTIL [COUNTRY] (e.g. "2025-09-01..2026-08-31 BE")';

const JSON_EXPECTATIONS: Record<JsonExpectation, string> = {
  document: 'a JSON object like {"stays": [...]}',
  stay: 'an object like {"entry": "2026-03-14", "exit": "2026-04-02"}',
  visa: 'an object like {"type": "C", "entries": "MULT", "validFrom": "2026-01-10", "validUntil": "2027-01-09", "durationDays": 90}',
  permit: 'an object like {"from": "2025-09-01", "until": "2026-08-31"}',
  array: 'an array',
  dateString: 'a date string',
  dateOrNull: 'a date string, or null for a stay still under way',
  string: 'a string',
  number: 'a number of days',
  entries: '1, 2 or "MULT"',
  visaType: 'a visa type: "C", "LTV", "A" or "D"',
  countryArray: 'an array of country codes',
};

const FILE_PROBLEMS = { noSuchFile: 'no such file', isDirectory: 'it is a directory', permissionDenied: 'permission denied', other: 'error' };

export const errorsEn: ErrorCatalogue = {
  'file.unreadable': (p) => `cannot read the file (${p.why === 'other' ? p.code : FILE_PROBLEMS[p.why]}); expected a readable stamp or JSON file`,
  'input.none': () => 'no travel history given; expected a stamp file, "-" to read standard input, --stay FROM..TO, or your own file kept with "schengen log"',
  'tz.invalid': (p) => `--tz "${p.zone}" is not a time zone; expected an IANA zone name such as Europe/Brussels`,
  'lang.invalid': (p) => `--lang "${p.lang}" is not a language of this tool; expected nl, fr, de or en`,
  'usage.commander': (p) => p.detail,
  'next.tooLong': (p) => `--days ${p.days} can never comply: at most ${p.maxDays} days fit in any ${p.windowDays}-day period; expected 1 to ${p.maxDays}`,
  'plan.exitBeforeEntry': (p) => `--exit ${p.exit} is before --enter ${p.entry}; expected an exit on or after the entry day`,
  'annex3.entryAfterArrival': (p) => `--entry ${p.entry} is after --arrival ${p.arrival}; expected the Schengen entry on or before the arrival in Belgium`,
  'annex3.community': (p) => `--community "${p.text}" is not a community; expected vlg, fr or de`,
  'visa.mrzArguments': (p) => `--mrz takes the two MRZ lines of the visa sticker; got ${p.count}`,
  'json.syntax': (p) => `not valid JSON (${p.reason})`,
  'json.shape': (p) => `expected ${JSON_EXPECTATIONS[p.expected]}, got ${p.got}`,
  'json.unknownField': (p) => `unknown field "${p.field}"; expected one of the fields ${p.known}`,
  'stay.farFuture': () => 'this date is more than two years after the reference day; expected a date of a past or planned stay',
  'stay.exitBeforeEntry': () => 'the exit is before the entry; expected an exit on or after the entry day',
  'stay.overlap': (p) => `this stay overlaps the stay at ${p.other}; expected stays that do not overlap (an exit and a re-entry may share one day)`,
  'stay.openNotLast': (p) => `this stay has no exit but the stay at ${p.other} starts later; expected only the last stay to be still under way`,
  'stay.openInFuture': () => 'this stay is still under way but starts after the reference day; expected its entry on or before --on, or an exit date',
  'stay.flagForm': (p) => `--stay "${p.text}" is not a stay; expected FROM..TO, or FROM.. for a stay still under way (e.g. 2026-03-14..2026-04-02)`,
  'visa.overlap': (p) => `this visa's validity overlaps the visa at ${p.other}; expected short-stay stickers whose FROM..UNTIL do not overlap`,
  'stamp.missingDate': (p) => `"${p.keyword}" needs a date; expected "${p.keyword} DATE [COUNTRY] [place]"`,
  'stamp.mrzLines': (p) => `"mrz" needs the two MRZ lines separated by a space; got ${p.parts} part(s)`,
  'stamp.unknownKeyword': (p) => `unknown line type "${p.keyword}"; expected a line starting with entry, exit, visa, permit or mrz, a # comment or a blank line`,
  'stamp.entryWhileInside': (p) => `two entries in a row: the entry on line ${p.previousLine} has no exit before this one; expected an "exit" line between them`,
  'stamp.exitWithoutEntry': () => 'exit without entry; expected an "entry" line before this exit',
  'date.ambiguous': (p) => `"${p.text}" is not a date we accept: day and month order is ambiguous; expected ${DATE_FORMS_EN}`,
  'date.noSuchDay': (p) => `"${p.text}" is not a date we accept: no such day; expected ${DATE_FORMS_EN}`,
  'date.unknownMonth': (p) => `"${p.text}" is not a date we accept: unknown month "${p.month}"; expected ${DATE_FORMS_EN}`,
  'date.unrecognised': (p) => `"${p.text}" is not a date we accept: unrecognised form; expected ${DATE_FORMS_EN}`,
  'date.outOfRange': (p) => `"${p.text}" is outside the years we accept; expected a date from ${p.earliest} to ${p.latest}`,
  'visa.form': (p) => `"${p.text}" is not a visa sticker; expected ${VISA_FORM}`,
  'visa.type': (p) => `unknown visa type "${p.text}"; expected C, LTV, A or D`,
  'visa.entries': (p) => `"${p.text}" is not a number of entries; expected 1, 2 or MULT`,
  'visa.duration': (p) => `duration "${p.text}" is not possible; expected a whole number of days from 1 to ${p.max}`,
  'visa.validForNotLtv': (p) => `valid-for= is only for LTV visas; a ${p.type} visa is valid for every Schengen state`,
  'visa.validForEmpty': () => 'valid-for= lists no state; expected e.g. valid-for=BE,NL',
  'visa.ltvWithoutStates': () => 'an LTV visa needs the states it is valid for; expected valid-for=BE,NL after the duration',
  'range.untilBeforeFrom': (p) => `UNTIL ${p.until} is before FROM ${p.from}; expected UNTIL on or after FROM`,
  'country.unknown': (p) => `unknown country code "${p.code}"; expected one of ${p.known}`,
  'permit.form': (p) => `"${p.text}" is not a permit period; expected ${PERMIT_FORM}`,
  'mrz.checkDigit': (p) => `check digit of "${p.field}" is ${p.printed}, expected ${p.expected} for "${p.value}"`,
  'mrz.length': (p) => `line ${p.line} has ${p.length} characters; expected 44 (MRV-A) or 36 (MRV-B)`,
  'mrz.lengthMismatch': (p) => `line 1 has ${p.length1} characters but line 2 has ${p.length2}; expected both 44 or both 36`,
  'mrz.character': (p) => `line ${p.line} has "${p.character}" at position ${p.position}; expected only A–Z, 0–9 and <`,
  'mrz.documentCode': (p) => `document code "${p.code}" is not a visa; expected V followed by the type`,
  'mrz.date': (p) => `"${p.text}" is not a date; expected YYMMDD`,
  'mrz.sex': (p) => `sex "${p.text}" is not M, F or <`,
  'batch.lineTooLong': (p) => `the line is longer than ${p.limit} characters; expected one person per line`,
  'batch.csvHeader': (p) => `the header "${p.header}" is not "id,entry,exit"; expected that header on the first line`,
  'batch.csvColumns': (p) => `the row has ${p.count} columns; expected 3: id,entry,exit`,
  'batch.missingId': () => 'the record has no "id"; expected a string or number id',
  'log.refused': (p) => `refused, the file is unchanged: ${p.reason}`,
  'log.noSuchLine': (p) => `there is no line ${p.number}; expected 1 to ${p.count}`,
  'log.locked': (p) => `another schengen process is writing ${p.file}; try again`,
  ...applyErrorsEn,
};

export const frameEn: ErrorFrame = {
  field: 'field',
  internal: (detail) => `internal error: ${detail}`,
  reportBug: 'This is a bug in schengen; run again with --debug for details and please report it.',
  warning: 'warning',
};
