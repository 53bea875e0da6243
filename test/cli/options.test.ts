import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { HISTORY_QUESTIONS, QUESTION_NAMES, QUESTIONS, type Parameter, type QuestionName } from '../../src/app/questions.js';
import { ALONE, buildProgram } from '../../src/cli/main.js';

const program = buildProgram();

/**
 * Issue 19: each command's options cover its question's parameters (src/app/questions.ts), read
 * from the commander program itself (src/cli/main.ts runs nothing when imported). A parameter
 * `fooBar` is the option `--foo-bar`; a history (stays, visas, permits) is --stay, --visa, --permit
 * or a file. The other way round, an option that is no parameter is one the command line alone
 * needs, each listed here with why: a new option that changes the answer must be a parameter first.
 */
const commandOf = (name: string): Command => {
  const command = program.commands.find((candidate) => candidate.name() === name);
  if (command === undefined) throw new Error(`no command ${name}`);
  return command;
};
const optionName = (parameter: string) => `--${parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
const optionOf = (command: Command, long: string): Option | undefined => command.options.find((option) => option.long === long);

const HISTORY_OPTIONS = ['--stay', '--visa', '--permit'];
/** What only the command line has: how it prints, where "today" comes from, whose file it reads. */
const COMMAND_LINE_ONLY: Record<QuestionName, readonly string[]> = {
  // --tz: which day "today" is, when --on is not given; --traveller: whose own file; --all: every traveller's status.
  status: ['--json', '--tz', '--traveller', '--fail-on-overstay', '--all'],
  plan: ['--json', '--tz', '--traveller', '--fail-on-overstay'],
  next: ['--json', '--tz', '--traveller', '--fail-on-overstay'],
  // The declaration's own text (--print, --html): each person's identity, the municipality and the reference numbers (issue 23); the worksheet.
  annex3: [
    '--json', '--tz', '--traveller', '--fail-on-overstay', '--print', '--html', '--worksheet',
    '--name', '--birth-date', '--birth-place', '--nationality', '--document', '--address', '--municipality', '--reference', '--numbering',
  ],
  calendar: ['--json', '--tz', '--traveller', '--fail-on-overstay'],
  apply: ['--json', '--tz'],
  visa: ['--json'],
  rules: ['--json'],
  check: ['--json', '--tz', '--traveller', '--fail-on-overstay'],
};

/** The form of option a parameter's type needs: a flag, one value, or a repeatable value. */
function expectedForm(parameter: Parameter): 'flag' | 'value' | 'repeatable' {
  if (parameter.type === 'boolean') return 'flag';
  if (parameter.type === 'dates' || parameter.type === 'rules' || parameter.type === 'mrz') return 'repeatable';
  return 'value';
}

function formOf(option: Option): 'flag' | 'value' | 'repeatable' {
  if (!option.required && !option.optional) return 'flag';
  // Repeatable: variadic (--mrz LINE1 LINE2) or collected into a list (default []).
  return option.variadic || Array.isArray(option.defaultValue) ? 'repeatable' : 'value';
}

describe.each(QUESTION_NAMES)('schengen %s: its options are its question’s parameters', (name) => {
  const question = QUESTIONS[name];
  const command = commandOf(name);
  const longs = command.options.map((option) => option.long);

  it.each(question.parameters.map((parameter) => [parameter.name, parameter] as const))('parameter %s has its option, of its form', (_name, parameter) => {
    const option = optionOf(command, optionName(parameter.name));
    expect(option, `${name}: no option ${optionName(parameter.name)} for the parameter ${parameter.name}`).toBeDefined();
    expect({ form: formOf(option!), mandatory: option!.mandatory }).toEqual({ form: expectedForm(parameter), mandatory: parameter.required === true });
  });

  it.each(question.parameters.filter((parameter) => parameter.type === 'days').map((parameter) => [parameter.name] as const))('the number of days %s is checked as commander reads it', (parameterName) => {
    // A whole number in range, as a record's is.
    expect(optionOf(command, optionName(parameterName))!.parseArg).toBeTypeOf('function');
  });

  it(question.takesHistory ? 'takes the history from a file or --stay, --visa, --permit' : 'takes no history', () => {
    const history = longs.filter((long) => HISTORY_OPTIONS.includes(long!));
    const file = command.registeredArguments.map((argument) => argument.name());
    expect({ history, file }).toEqual(question.takesHistory ? { history: HISTORY_OPTIONS, file: ['file'] } : { history: [], file: [] });
  });

  it('has no other option than the command line’s own', () => {
    const parameters = question.parameters.map((parameter) => optionName(parameter.name));
    const others = longs.filter((long) => !parameters.includes(long!) && !HISTORY_OPTIONS.includes(long!));
    expect(others.sort()).toEqual([...COMMAND_LINE_ONLY[name]].sort());
  });
});

describe('the doors named on the command line', () => {
  it('batch --query takes every question that takes records: all but rules (issue 19: it took four)', () => {
    const query = optionOf(commandOf('batch'), '--query')!;
    expect(query.argChoices).toEqual(QUESTION_NAMES.filter((name) => name !== 'rules'));
    expect(HISTORY_QUESTIONS.every((name) => query.argChoices!.includes(name))).toBe(true);
  });

  it('the descriptions of serve and mcp name every question (they named four)', () => {
    for (const name of QUESTION_NAMES) {
      expect(commandOf('serve').description()).toContain(name);
      expect(commandOf('mcp').description()).toContain(name);
    }
  });

  it('the mapping is the one the test reads: fooBar is --foo-bar', () => {
    expect(optionName('saturdayWorking')).toBe('--saturday-working');
    expect(optionName('on')).toBe('--on');
  });
});

/**
 * Issue 21: a run builds only the command it names (src/cli/start.ts, buildProgram's `only`). Built
 * alone, a command is the same as in the whole program: the same options, arguments and help text.
 */
describe('a command built alone', () => {
  const shape = (command: Command) => ({
    options: command.options.map((option) => [option.flags, option.description, option.defaultValue]),
    arguments: command.registeredArguments.map((argument) => [argument.name(), argument.description, argument.required, argument.variadic]),
    subcommands: command.commands.map((sub) => sub.name()),
    help: command.helpInformation(),
  });

  it('ALONE names every command but completion, in the order of the help', () => {
    expect(program.commands.map((command) => command.name())).toEqual([...ALONE, 'completion']);
  });

  it.each(ALONE.map((name) => [name]))('%s alone: that one command, as in the whole program', (name) => {
    const alone = buildProgram(name);
    expect(alone.commands.map((command) => command.name())).toEqual([name]);
    expect(shape(alone.commands[0]!)).toEqual(shape(commandOf(name)));
    expect(alone.options.map((option) => option.flags)).toEqual(program.options.map((option) => option.flags));
  });

  it.each([['completion'], ['no-such-command']])('%s: every command (completion writes them all; an unknown name needs them for its suggestion)', (name) => {
    expect(buildProgram(name).commands.map((command) => command.name())).toEqual([...ALONE, 'completion']);
  });
});
