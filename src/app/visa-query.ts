import { dayFromCivil } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import { UsageError, type InputLocation } from '../errors.js';
import { parseVisaMrz, type VisaMrz } from '../parse/mrz.js';
import type { Static } from 'typebox';
import type { VisaSchema } from './answer-schemas.js';
import { SCHEMA_VERSION, verdictToJson } from './answers.js';
import { visaVerdict, type Verdict } from './verdict.js';

/** `schengen visa --mrz --json` (its one definition: answer-schemas.ts). */
export type VisaMrzDto = Static<typeof VisaSchema>;

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
