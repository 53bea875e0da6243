import { verdictText, type Verdict } from '../app/verdict.js';
import type { Catalogue } from '../messages/catalogue.js';
import { formatIsoDate } from './format-date.js';
import { wrapWords } from './wrap.js';

/** The verdict as the first line of a table, a page or an MCP text, in the reader's language. */
export function renderVerdictLine(verdict: Verdict, catalogue: Catalogue, width = Infinity): string {
  return wrapWords(verdictText(verdict, catalogue.verdicts, catalogue.table.limitNames, (iso) => formatIsoDate(iso, catalogue.language)), width).join('\n');
}

