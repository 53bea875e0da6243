import { describe, expect, it } from 'vitest';
import { english } from '../../src/messages/en/index.js';
import { nl } from '../../src/messages/nl/index.js';
import { fr } from '../../src/messages/fr/index.js';
import { de } from '../../src/messages/de/index.js';
import { HELP_KEYS } from '../../src/messages/en/help.js';
import { helpNl } from '../../src/messages/nl/help.js';
import { helpFr } from '../../src/messages/fr/help.js';
import { helpDe } from '../../src/messages/de/help.js';
import type { Catalogue } from '../../src/messages/catalogue.js';
import { catalogueTexts } from '../support/catalogue-texts.js';

/**
 * Issue 23: the Dutch, French and German catalogues hold no English sentence. Every text each can
 * produce (tables with the declaration and the legal sources, errors as the command line and as a
 * record word them, their frame, verdicts, the page, the help) is read, without what is code rather
 * than prose (quoted input, JSON, flags, placeholders, paths, command names); what is left may hold
 * no English word, and no text may be the English one left as it was.
 */
function texts(catalogue: Catalogue): [string, string][] {
  return [
    ...catalogueTexts(catalogue.table, 'table'),
    ...catalogueTexts(catalogue.errors, 'errors'),
    ...catalogueTexts(catalogue.errors, 'errors(record)', null, 'record'),
    ...catalogueTexts(catalogue.frame, 'frame'),
    ...catalogueTexts(catalogue.verdicts, 'verdicts'),
    ...catalogueTexts(catalogue.page, 'page'),
  ];
}

const COMMANDS = /\b(schengen|status|plan|next|annex3|calendar|ics|log|batch|serve|mcp|visa|rules|apply|check|statement|completion|entry|exit|trip|booked|edit|permit|mrz|list|remove|help|explain|ownLog)\b/g;

/** The prose of a text: quoted input, JSON, flags, placeholders, paths, codes and command names taken out. */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"|„[^“]*“|«[^»]*»|'[^']*'/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^}]*$/, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
    .replace(/(^|[\s(])--?[\w-]+(=\S*)?/g, ' ')
    .replace(/\b\w+(-\w+)+=?/g, ' ')
    .replace(/\S*[/\\.$@:=]\S*[\w)]/g, ' ')
    .replace(COMMANDS, ' ');
}

/** Words of English prose that are no word of Dutch, French or German. */
const ENGLISH = /\b(the|and|with|expected|from|this|which|not|your|you|are|should|must|been|has|have|when|where|there|their|than|into|only|also|before|after|days|day|for|by|every|each|one|two|given|between|stay|stays|entries|valid|until|none|yes|leave|working|holiday|declaration|refusal|issue|issued|please|check|file|line|field|number|unknown|instead|default|show|shows|print|prints|Law|Article|Annex|Regulation|Decree)\b/;

/** English words that are also words there, or names. */
const SAME: Readonly<Record<string, ReadonlySet<string>>> = { nl: new Set(), fr: new Set(), de: new Set(['also']) };

describe.each([
  ['nl', nl, helpNl],
  ['fr', fr, helpFr],
  ['de', de, helpDe],
] as const)('%s: no English sentence', (language, catalogue, help) => {
  const own = [...texts(catalogue), ...Object.entries(help).map(([key, value]): [string, string] => [`help.${key}`, value])];
  const englishByPath = new Map(texts(english).concat(HELP_KEYS.map((key): [string, string] => [`help.${key}`, key])));

  it('finds the texts', () => {
    expect(own.length).toBeGreaterThan(700);
  });

  it('no text is the English one left as it was', () => {
    const same = own.filter(([path, text]) => englishByPath.get(path) === text && /[a-z]{3,} [a-z]{2,} [a-z]{2,}/.test(prose(text)));
    expect(same).toEqual([]);
  });

  it('no English word in the prose', () => {
    const found = own
      .map(([path, text]): [string, string, string] => [path, text, ENGLISH.exec(prose(text))?.[0] ?? ''])
      .filter(([, , word]) => word !== '' && !SAME[language]!.has(word))
      .map(([path, text, word]) => `${path}: "${word}" in ${text}`);
    expect(found).toEqual([]);
  });
});

describe('src/messages/<lang>/: the same files in each language (issue 19)', () => {
  it('en, nl, fr and de hold the same files', async () => {
    const { readdirSync } = await import('node:fs');
    const files = (language: string) => readdirSync(new URL(`../../src/messages/${language}/`, import.meta.url)).sort();
    expect(files('en')).toEqual(['apply.ts', 'declaration.ts', 'errors.ts', 'help.ts', 'index.ts', 'itinerary.ts', 'legal.ts', 'page.ts', 'table.ts', 'verdict.ts']);
    for (const language of ['nl', 'fr', 'de']) expect(files(language), language).toEqual(files('en'));
  });
});
