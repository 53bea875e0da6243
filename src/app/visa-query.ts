import { dayFromCivil } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import { UsageError, type InputLocation } from '../errors.js';
import { parseVisaMrz, type VisaMrz } from '../parse/mrz.js';
import { SCHEMA_VERSION, verdictToJson, type VerdictDto } from './answers.js';
import { visaVerdict, type Verdict } from './verdict.js';

export interface VisaMrzDto {
  schemaVersion: number;
  command: 'visa';
  verdict: VerdictDto;
  format: 'MRV-A' | 'MRV-B';
  documentCode: string;
  visaType: string | null;
  issuingState: string;
  surname: string;
  givenNames: string[];
  documentNumber: string;
  nationality: string;
  /** YYMMDD as printed: the century of a birth date cannot be known from the MRZ. */
  birthDate: string;
  sex: 'M' | 'F' | 'X';
  validUntil: string;
  optionalData: string;
  /** Unverified reading of the optional data on Schengen stickers (rules.md §2.4); never overrides the printed fields. */
  optionalHint: { entries: '1' | '2' | 'MULT'; durationDays: number; validFromMonthDay: string } | null;
}

export function mrzToJson(mrz: VisaMrz, verdict: Verdict): VisaMrzDto {
  const until = mrz.validUntil;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'visa',
    verdict: verdictToJson(verdict),
    format: mrz.format,
    documentCode: mrz.documentCode,
    visaType: mrz.visaType,
    issuingState: mrz.issuingState,
    surname: mrz.surname,
    givenNames: [...mrz.givenNames],
    documentNumber: mrz.documentNumber,
    nationality: mrz.nationality,
    birthDate: mrz.birthDate.yymmdd,
    sex: mrz.sex,
    validUntil: isoDate(dayFromCivil(until.year, until.month, until.day)),
    optionalData: mrz.optionalData,
    optionalHint: mrz.optionalHint,
  };
}

/** `visa`: the two lines of a visa's machine-readable zone, read and checked (rules.md §2.4). */
export function visaQuery(lines: readonly string[], location: InputLocation, field: string): { readonly verdict: Verdict; readonly report: VisaMrz; readonly json: () => VisaMrzDto } {
  if (lines.length !== 2) throw new UsageError('visa.mrzArguments', { count: lines.length }, { ...location, field });
  const report = parseVisaMrz(lines[0]!, lines[1]!, { ...location, field });
  const until = report.validUntil;
  const verdict = visaVerdict(isoDate(dayFromCivil(until.year, until.month, until.day)));
  return { verdict, report, json: () => mrzToJson(report, verdict) };
}
