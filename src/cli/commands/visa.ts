import { dayFromCivil } from '../../core/day.js';
import { isoDate } from '../../core/iso-date.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseVisaMrz, type VisaMrz } from '../../parse/mrz.js';
import { renderJson, SCHEMA_VERSION } from '../../render/json.js';
import { loadReaderCatalogue, tableStyle, writeOut } from '../command-context.js';

export interface VisaOptions {
  mrz?: string[];
  json?: boolean;
  lang?: string;
  color?: boolean;
}

export interface VisaMrzDto {
  schemaVersion: number;
  command: 'visa';
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

export function mrzToJson(mrz: VisaMrz): VisaMrzDto {
  const until = mrz.validUntil;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'visa',
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

export async function runVisaCommand(options: VisaOptions): Promise<ExitCode> {
  const catalogue = await loadReaderCatalogue(options);
  const lines = options.mrz ?? [];
  if (lines.length !== 2) {
    throw new UsageError('visa.mrzArguments', { count: lines.length }, { field: '--mrz' });
  }
  const dto = mrzToJson(parseVisaMrz(lines[0]!, lines[1]!, { field: '--mrz' }));
  if (options.json) {
    writeOut(renderJson(dto));
    return ExitCode.ok;
  }
  const { renderRows } = await import('../../render/table.js');
  const { formatIsoDate } = await import('../../render/format-date.js');
  const style = tableStyle(catalogue, options);
  const m = style.messages.mrz;
  const rows = [
    { label: m.format, value: dto.format },
    { label: m.documentCode, value: dto.documentCode },
    { label: m.issuingState, value: dto.issuingState },
    { label: m.name, value: `${dto.surname}, ${dto.givenNames.join(' ')}` },
    { label: m.documentNumber, value: dto.documentNumber },
    { label: m.nationality, value: dto.nationality },
    { label: m.birthDate, value: m.birthDateValue(dto.birthDate) },
    { label: m.sex, value: dto.sex },
    { label: m.validUntil, value: formatIsoDate(dto.validUntil, catalogue.language) },
    { label: m.optionalData, value: dto.optionalData },
    {
      label: m.optionalHint,
      value: dto.optionalHint === null ? m.noHint : m.hint(dto.optionalHint.entries, dto.optionalHint.durationDays, dto.optionalHint.validFromMonthDay),
    },
  ];
  writeOut(renderRows(style, m.title, rows));
  return ExitCode.ok;
}
