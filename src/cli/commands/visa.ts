import { ExitCode } from '../../errors.js';
import { renderJson } from '../../render/json.js';
import { loadReaderCatalogue, tableStyle, tableWithVerdict, writeOut } from '../command-context.js';
import { visaQuery } from '../../app/visa-query.js';

export interface VisaOptions {
  mrz?: string[];
  json?: boolean;
  lang?: string;
  color?: boolean;
}

export async function runVisaCommand(options: VisaOptions): Promise<ExitCode> {
  const catalogue = await loadReaderCatalogue(options);
  const answer = visaQuery(options.mrz ?? [], {}, '--mrz');
  const dto = answer.json();
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
  writeOut(await tableWithVerdict(answer.verdict, catalogue, style, () => renderRows(style, m.title, rows)));
  return ExitCode.ok;
}
