import { stat } from 'node:fs/promises';
import { isoDate } from '../../core/iso-date.js';
import { ExitCode, UsageError } from '../../errors.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { renderJson } from '../../render/json.js';
import { SCHEMA_VERSION } from '../../app/answers.js';
import { listTravellerFiles } from '../../store/travellers.js';
import { resolveToday } from '../clock.js';
import { loadReaderCatalogue, tableStyle, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';
import { loadTravelInput } from '../../store/load-input.js';
import { statusQuery } from '../../app/queries.js';

/**
 * `status --all`: the status of the own file and of each traveller's file (`log --traveller`), one
 * after the other; a file that does not exist is skipped, a file that is invalid stops with its error.
 * A FILE argument is refused: it would silently stand for nobody's list.
 */
export async function runStatusAllCommand(file: string | undefined, options: HistoryOptions): Promise<ExitCode> {
  if (file !== undefined) throw new UsageError('status.allWithFile', { file }, { field: '--all' });
  const catalogue = await loadReaderCatalogue(options);
  const today = await resolveToday(options);
  const known = await listTravellerFiles();
  const files = [];
  for (const traveller of known) {
    if (await stat(traveller.file).then((info) => info.isFile(), () => false)) files.push(traveller);
  }
  const results = [];
  for (const traveller of files) {
    const history = assembleHistory(await loadTravelInput(traveller.file, { stay: [], visa: [], permit: [] }), today);
    results.push({ traveller, history, result: statusQuery(history, today) });
  }
  let breach = false;
  for (const { result } of results) breach ||= result.breach;
  if (options.json) {
    const travellers = results.map(({ traveller, result }) => ({ traveller: traveller.name, file: traveller.file, status: result.json() }));
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'statusAll', on: isoDate(today), travellers }));
  } else {
    const m = catalogue.table.travellers;
    if (results.length === 0) writeOut(`${m.noneYet(known[0]!.file)}\n`);
    const { renderStatusTable } = await import('../../render/table.js');
    const blocks: string[] = [];
    for (const { traveller, history, result } of results) {
      await writeWarnings(result.warnings, catalogue);
      blocks.push(`${m.heading(traveller.name ?? m.ownFile, traveller.file)}\n${renderStatusTable(result.report, history.visas, tableStyle(catalogue))}`);
    }
    if (blocks.length > 0) writeOut(blocks.join('\n'));
  }
  return options.failOnOverstay && breach ? ExitCode.overstay : ExitCode.ok;
}
