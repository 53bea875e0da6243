import { ExitCode, UsageError } from '../../errors.js';
import type { Annex3Identity } from '../../render/annex3.js';
import { annex3Params, belgianCalendarSource, type Annex3Flags } from '../../app/annex3-params.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { annex3Query } from '../../app/queries.js';
import { parseAnswerFields } from '../../app/fields.js';

export interface Annex3Options extends HistoryOptions, Annex3Flags {
  closed: string[];
  print?: boolean;
  explain?: boolean;
  html?: boolean;
  name?: string[];
  nationality?: string[];
  document?: string[];
  address?: string[];
}

/**
 * The persons of one declaration (a family arriving together): one per `--name`; each other identity
 * option is given once for everyone or once per person, in the order of `--name`.
 */
export function annex3Persons(options: Pick<Annex3Options, 'name' | 'nationality' | 'document' | 'address'>): Annex3Identity[] {
  const names = options.name ?? [];
  const persons = Math.max(names.length, 1);
  const column = (option: 'nationality' | 'document' | 'address'): (string | undefined)[] => {
    const values = options[option] ?? [];
    if (values.length > 1 && values.length !== persons) throw new UsageError('annex3.identityCount', { option, count: values.length, persons: names.length }, { field: `--${option}` });
    return Array.from({ length: persons }, (_, i) => (values.length === 1 ? values[0] : values[i]));
  };
  const nationality = column('nationality');
  const document = column('document');
  const address = column('address');
  const anyGiven = names.length > 0 || [nationality, document, address].some((values) => values.some((value) => value !== undefined));
  if (!anyGiven) return [];
  return Array.from({ length: persons }, (_, i) => ({ name: names[i], nationality: nationality[i], document: document[i], address: address[i] }));
}

export async function runAnnex3Command(file: string | undefined, options: Annex3Options): Promise<ExitCode> {
  const fields = parseAnswerFields('annex3', options.fields, {}, '--fields');
  const { today, history, catalogue } = await prepareContext(file, options, true);
  const persons = annex3Persons(options);
  const params = { ...annex3Params(options, await belgianCalendarSource(), {}, '--', today), explain: options.explain === true, fields };
  const result = annex3Query(history, today, params);
  await writeQueryResult(result, options, catalogue, async (style) => {
    if (options.html) {
      const { renderAnnex3Html } = await import('../../render/annex3-html.js');
      return renderAnnex3Html(result.report, history.visas, style, persons, today);
    }
    const { renderAnnex3Table, renderAnnex3Print } = await import('../../render/annex3.js');
    const { explanationText } = await import('../../render/table.js');
    return options.print || persons.length > 0
      ? renderAnnex3Print(result.report, history.visas, style, persons)
      : renderAnnex3Table(result.report, history.visas, params.settings, style) + explanationText(result.explanation, style);
  }, options.html === true || options.print === true || persons.length > 0);
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
