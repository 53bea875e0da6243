import { civilFromDay } from '../../core/day.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { Annex3Identity } from '../../render/annex3.js';
import { annex3Params, belgianCalendarSource, referenceNumbers, type Annex3Flags } from '../../app/annex3-params.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { annex3Query } from '../../app/queries.js';
import { parseAnswerFields } from '../../app/fields.js';

export interface Annex3Options extends HistoryOptions, Annex3Flags {
  closed: string[];
  print?: boolean;
  explain?: boolean;
  html?: boolean;
  worksheet?: boolean;
  name?: string[];
  birthDate?: string[];
  birthPlace?: string[];
  nationality?: string[];
  document?: string[];
  address?: string[];
  reference?: string[];
  municipality?: string;
  numbering?: string;
}

const IDENTITY_OPTIONS = ['birthDate', 'birthPlace', 'nationality', 'document', 'address'] as const;
const FLAG_NAMES: Readonly<Record<(typeof IDENTITY_OPTIONS)[number], string>> = {
  birthDate: 'birth-date',
  birthPlace: 'birth-place',
  nationality: 'nationality',
  document: 'document',
  address: 'address',
};

/**
 * The persons of one declaration (a family arriving together): one per `--name`; each other identity
 * option is given once for everyone or once per person, in the order of `--name`.
 */
export function annex3Persons(options: Pick<Annex3Options, 'name' | (typeof IDENTITY_OPTIONS)[number]>): Annex3Identity[] {
  const names = options.name ?? [];
  const persons = Math.max(names.length, 1);
  const column = (option: (typeof IDENTITY_OPTIONS)[number]): (string | undefined)[] => {
    const values = options[option] ?? [];
    const flag = FLAG_NAMES[option];
    if (values.length > 1 && values.length !== persons) throw new UsageError('annex3.identityCount', { option: flag, count: values.length, persons: names.length }, { field: `--${flag}` });
    return Array.from({ length: persons }, (_, i) => (values.length === 1 ? values[0] : values[i]));
  };
  const columns = Object.fromEntries(IDENTITY_OPTIONS.map((option) => [option, column(option)])) as Record<(typeof IDENTITY_OPTIONS)[number], (string | undefined)[]>;
  const anyGiven = names.length > 0 || IDENTITY_OPTIONS.some((option) => columns[option].some((value) => value !== undefined));
  if (!anyGiven) return [];
  return Array.from({ length: persons }, (_, i) => ({
    name: names[i],
    birthDate: columns.birthDate[i],
    birthPlace: columns.birthPlace[i],
    nationality: columns.nationality[i],
    document: columns.document[i],
    address: columns.address[i],
  }));
}

export async function runAnnex3Command(file: string | undefined, options: Annex3Options): Promise<ExitCode> {
  const fields = parseAnswerFields('annex3', options.fields, {}, '--fields');
  const { today, history, catalogue } = await prepareContext(file, options, true);
  const persons = annex3Persons(options);
  const references = referenceNumbers(options.reference ?? [], persons.length, options.numbering, civilFromDay(today).year);
  const params = { ...annex3Params(options, await belgianCalendarSource(), {}, '--', today), explain: options.explain === true, fields };
  const result = annex3Query(history, today, params);
  const document = options.html === true || options.worksheet === true || options.print === true || persons.length > 0;
  await writeQueryResult(
    result,
    options,
    catalogue,
    async (style) => {
      if (options.html || options.worksheet) {
        const { renderAnnex3Html, renderAnnex3Worksheet } = await import('../../render/annex3-html.js');
        if (options.worksheet) return renderAnnex3Worksheet(result.report, result.verdict, history.visas, catalogue, persons, today);
        return renderAnnex3Html(result.report, result.verdict, catalogue, persons, { municipality: options.municipality ?? null, references, date: today });
      }
      const { renderAnnex3Table, renderAnnex3Print } = await import('../../render/annex3.js');
      const { explanationText } = await import('../../render/table.js');
      if (options.print || persons.length > 0) {
        const { renderVerdictLine } = await import('../../render/verdict.js');
        return renderAnnex3Print(result.report, renderVerdictLine(result.verdict, catalogue, 80), history.visas, style, persons);
      }
      return renderAnnex3Table(result.report, history.visas, params.settings, style) + explanationText(result.explanation, style);
    },
    document,
  );
  // No declaration may be issued: exit 5 whatever the flags (docs/annex3.md); --fail-on-overstay adds nothing here.
  return result.breach ? ExitCode.overstay : ExitCode.ok;
}
