import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { rememberCommandPath } from '../../src/cli/command-path.js';
import { reportError } from '../../src/cli/report-error.js';
import { resolveLanguage } from '../../src/cli/language.js';

async function report(error: CommanderError, lang: string, configLanguage?: string): Promise<string> {
  let written = '';
  await reportError(error, ['node', 'schengen', ...(lang === '' ? [] : ['--lang', lang])], {}, (line) => (written += `${line}\n`), configLanguage);
  return written;
}

function commanderError(code: string, message: string, path = 'schengen annex3'): CommanderError {
  const error = new CommanderError(1, code, message);
  rememberCommandPath(error, path);
  return error;
}

describe("commander's usage errors in the reader's language, pointing to the command's own help", () => {
  it.each([
    ['nl', 'commander.missingMandatoryOptionValue', "error: required option '--arrival <date>' not specified", 'schengen: de optie --arrival <date> is verplicht (schengen annex3 --help)\n'],
    ['de', 'commander.missingMandatoryOptionValue', "error: required option '--arrival <date>' not specified", 'schengen: die Option --arrival <date> ist erforderlich (schengen annex3 --help)\n'],
    ['fr', 'commander.missingMandatoryOptionValue', "error: required option '--arrival <date>' not specified", 'schengen: l’option --arrival <date> est obligatoire (schengen annex3 --help)\n'],
    ['nl', 'commander.unknownOption', "error: unknown option '--arival'\n(Did you mean --arrival?)", 'schengen: onbekende optie "--arival" (bedoelt u --arrival?) (schengen annex3 --help)\n'],
    ['de', 'commander.optionMissingArgument', "error: option '--on <date>' argument missing", 'schengen: die Option --on <date> braucht einen Wert (schengen annex3 --help)\n'],
    ['nl', 'commander.conflictingOption', "error: option '--exit <date>' cannot be used with option '--days <n>'", 'schengen: --exit en --days kunnen niet samen gebruikt worden (schengen annex3 --help)\n'],
    ['de', 'commander.excessArguments', "error: too many arguments for 'status'. Expected 1 argument but got 2.", 'schengen: zu viele Argumente: 2 angegeben, höchstens 1 erwartet (schengen annex3 --help)\n'],
    ['nl', 'commander.missingArgument', "error: missing required argument 'date'", 'schengen: het argument DATE ontbreekt (schengen annex3 --help)\n'],
    ['en', 'commander.someFutureError', 'error: something new', 'schengen: something new (schengen annex3 --help)\n'],
    ['fr', 'commander.invalidArgument', "error: option '--days <n>' argument '10000000' is invalid. expected a whole number from 1 to 3660", 'schengen: champ «\u00a0--days\u00a0»\u00a0: «\u00a010000000\u00a0» est hors limites\u202f; attendu\u00a0: un nombre entier de 1 à 3660 (schengen annex3 --help)\n'],
  ])('%s: %s', async (lang, code, message, expected) => {
    expect(await report(commanderError(code, message), lang)).toBe(expected);
  });

  it('the config file’s language counts when --lang is not given', async () => {
    expect(await report(commanderError('commander.unknownCommand', "error: unknown command 'statu'", 'schengen'), '', 'nl')).toBe('schengen: onbekende opdracht "statu" (schengen --help)\n');
  });

  it('a command that needs a subcommand has already shown its help: nothing more is written', async () => {
    expect(await report(new CommanderError(1, 'commander.help', '(outputHelp)'), 'nl')).toBe('');
  });
});

describe('--lang takes the forms people type', () => {
  it.each([
    ['nl', 'nl'],
    ['NL', 'nl'],
    ['nl-BE', 'nl'],
    ['nl_BE', 'nl'],
    ['fr_BE.UTF-8', 'fr'],
    ['De', 'de'],
  ] as const)('%s', (text, language) => {
    expect(resolveLanguage(text, {})).toBe(language);
  });

  it('refuses a language the tool does not speak', () => {
    expect(() => resolveLanguage('es-ES', {})).toThrowError('--lang "es-ES" is not a language of this tool');
  });
});
