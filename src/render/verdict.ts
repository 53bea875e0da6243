import { verdictText, type Verdict } from '../app/verdict.js';
import type { Catalogue } from '../messages/catalogue.js';
import { formatIsoDate } from './format-date.js';

/** The verdict as the first line of a table, a page or an MCP text, in the reader's language. */
export function renderVerdictLine(verdict: Verdict, catalogue: Catalogue, width = Infinity): string {
  return wrapWords(verdictText(verdict, catalogue.verdicts, catalogue.table.limitNames, (iso) => formatIsoDate(iso, catalogue.language)), width);
}

/** Lines of at most `width` columns, broken between words (a word longer than the line stays whole). */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}
