import { existsSync } from 'node:fs';
import type { Argument, Command, CommanderError, Help, Option } from 'commander';
import { languagePart } from '../messages/language-code.js';
import { rememberCommandPath } from './command-path.js';
import { wrapWords } from '../render/wrap.js';
import { defaultConfigPath } from './config-path.js';
import type { Config } from './config.js';

/**
 * The options that apply to every command (--lang, --color/--no-color, --config) and what follows
 * from them before commander parses anything: the config file, the language of the help, and
 * plain help for `schengen` or `schengen log` given nothing to do.
 */
export interface GlobalSettings {
  readonly config: Config;
  /** The language of the help text ("en" when unknown: the command then reports the bad --lang). */
  readonly helpLanguage: string;
  /** Translations of the help text, English → the reader's language; null for English. */
  readonly helpTable: HelpTable | null;
  /** The words that are not options: the command path ("log", "entry", …). */
  readonly words: readonly string[];
  /** Help may be shown (-h, --help, help, no command, `log` alone): the program needs every command. */
  readonly wantsHelp: boolean;
  helpShown: boolean;
}

export type HelpTable = Readonly<Record<string, string>>;

const OPTIONS_WITH_VALUE = new Set(['--lang', '--config']);

/** `--name value` or `--name=value` anywhere on the command line. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The words before any option value, options skipped: ["log", "entry", "2026-01-01"]. */
function commandWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(arg)) i += 1;
      continue;
    }
    words.push(arg);
  }
  return words;
}

let activeHelpTable: HelpTable | null = null;

/** A translated line, or the line itself. */
function translate(table: HelpTable | null, text: string): string {
  return table?.[text] ?? text;
}

/** Help text after the options (examples, notes), translated line by line when shown. */
export function helpAfter(text: string): () => string {
  return () =>
    text
      .split('\n')
      .flatMap((line) => wrapProse(translate(activeHelpTable, line)))
      .join('\n');
}

/** A line of prose (not an indented example) broken into lines of at most 80 columns. */
function wrapProse(line: string, width = 80): string[] {
  return line.length <= width || line.startsWith(' ') ? [line] : wrapWords(line, width);
}

async function loadHelpTable(language: string): Promise<HelpTable | null> {
  switch (language) {
    case 'nl':
      return (await import('../messages/nl/help.js')).helpNl;
    case 'fr':
      return (await import('../messages/fr/help.js')).helpFr;
    case 'de':
      return (await import('../messages/de/help.js')).helpDe;
    default:
      return null;
  }
}

/**
 * The settings file, loading the reader (and jsonc-parser) only when there is a file to read: most
 * runs have none, and start-up matters.
 */
async function readConfig(explicit: string | undefined, env: NodeJS.ProcessEnv): Promise<Config> {
  if (explicit === undefined) {
    if (!existsSync(defaultConfigPath(env))) return {};
  }
  const { loadConfig } = await import('./config.js');
  return loadConfig(explicit, env);
}

/** Reads the config file and decides the help's language, before commander parses. */
export async function prepareGlobalOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<GlobalSettings> {
  const args = argv.slice(2);
  const config = await readConfig(optionValue(args, '--config'), env);
  const langText = optionValue(args, '--lang') ?? config.lang ?? (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || 'en');
  const helpLanguage = languagePart(langText);
  const words = commandWords(args);
  const wantsHelp = args.includes('-h') || args.includes('--help') || words.includes('help') || words.length === 0 || (words.length === 1 && words[0] === 'log');
  const helpTable = wantsHelp ? await loadHelpTable(helpLanguage) : null;
  return { config, helpLanguage, helpTable, words, wantsHelp, helpShown: false };
}

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap((sub) => allCommands(sub))];
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current !== null; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/** A placeholder: <date>, [file], <sticker...>, <FROM..TO>, [country-and-place...]. */
const PLACEHOLDER = /([<[])([A-Za-z][A-Za-z0-9-]*(?:(?:\.\.|\/)[A-Za-z][A-Za-z0-9-]*)*)(\.\.\.)?([>\]])/g;

/**
 * Commander's help with its own words in the reader's language (titles, "(default: …)",
 * placeholders such as [options] and <date>) and without the noise of an empty list default.
 */
function helpConfiguration(tr: (text: string) => string, command: Command): Partial<Help> {
  // Each word of a placeholder in the reader's language (<FROM..TO> → <VAN..TOT>); a word without a translation stays.
  const words = (inner: string) => inner.replace(/[A-Za-z][A-Za-z0-9-]*/g, (word) => tr(word));
  const placeholders = (text: string) => text.replace(PLACEHOLDER, (_all, open: string, inner: string, dots: string | undefined, close: string) => `${open}${words(inner)}${dots ?? ''}${close}`);
  return {
    // A group such as `log` lists its subcommands: their long names leave no room for the global options.
    showGlobalOptions: command.commands.length === 0,
    styleTitle: (title: string) => tr(title),
    commandUsage(this: Help, command: Command): string {
      return placeholders((Object.getPrototypeOf(this) as Help).commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command): string {
      return placeholders((Object.getPrototypeOf(this) as Help).subcommandTerm.call(this, command));
    },
    optionTerm(this: Help, option: Option): string {
      return placeholders((Object.getPrototypeOf(this) as Help).optionTerm.call(this, option));
    },
    argumentTerm(this: Help, argument: Argument): string {
      const term = (Object.getPrototypeOf(this) as Help).argumentTerm.call(this, argument);
      return /^[A-Za-z][A-Za-z0-9-]*$/.test(term) ? words(term) : placeholders(term);
    },
    optionDescription(this: Help, option: Option): string {
      return (Object.getPrototypeOf(this) as Help).optionDescription
        .call(this, option)
        .replace(/ \(default: \[\]\)$/, '')
        .replace(/\((choices|default): /g, (_all, word: string) => `(${tr(`${word}:`)} `)
        .replace(/, (default): /g, (_all, word: string) => `, ${tr(`${word}:`)} `);
    },
  };
}

/** Every description in the reader's language; commander's own words too. */
function localiseHelp(program: Command, table: HelpTable): void {
  const tr = (text: string) => translate(table, text);
  for (const command of allCommands(program)) {
    command.description(tr(command.description()));
    for (const option of command.options as Option[]) option.description = tr(option.description);
    for (const argument of command.registeredArguments) argument.description = tr(argument.description);
    command.helpOption('-h, --help', tr('display help for command'));
    if (command.commands.length > 0) command.helpCommand('help [command]', tr('display help for command'));
    command.configureHelp(helpConfiguration(tr, command));
  }
}

/**
 * Wires the global options into the parsed commands: errors remember their command (to point to
 * its help), --lang/--color and the config file reach the action, help speaks the reader's
 * language, and `schengen` or `schengen log` alone print their help (stdout, exit 0).
 */
export function wireGlobalOptions(program: Command, globals: GlobalSettings, argv: readonly string[] = process.argv): void {
  for (const command of allCommands(program)) {
    const path = commandPath(command);
    command.exitOverride((error: CommanderError) => {
      rememberCommandPath(error, path);
      throw error;
    });
    command.configureHelp(helpConfiguration((text) => text, command));
  }
  activeHelpTable = globals.helpTable;
  if (globals.helpTable !== null) localiseHelp(program, globals.helpTable);

  program.hook('preAction', (_program, action) => {
    const own = program.opts<{ lang?: string; color?: boolean }>();
    const config = globals.config;
    const fromConfig: Record<string, unknown> = { lang: config.lang, community: config.community, closed: config.closed, tz: config.tz, municipality: config.municipality, numbering: config.numbering };
    if (own.lang !== undefined) action.setOptionValueWithSource('lang', own.lang, 'cli');
    else if (config.lang !== undefined) action.setOptionValueWithSource('lang', config.lang, 'config');
    if (own.color !== undefined) action.setOptionValueWithSource('color', own.color, 'cli');
    for (const key of ['community', 'closed', 'tz', 'municipality', 'numbering'] as const) {
      const has = action.options.some((option) => option.attributeName() === key);
      const source = action.getOptionValueSource(key);
      if (has && fromConfig[key] !== undefined && source !== 'cli') action.setOptionValueWithSource(key, fromConfig[key], 'config');
    }
  });

  const [first, second] = globals.words;
  const args = argv.slice(2);
  if (['-h', '--help', '-V', '--version'].some((flag) => args.includes(flag))) return;
  if (first === undefined) {
    program.outputHelp();
    globals.helpShown = true;
  } else if (first === 'log' && second === undefined) {
    program.commands.find((command) => command.name() === 'log')?.outputHelp();
    globals.helpShown = true;
  }
}
