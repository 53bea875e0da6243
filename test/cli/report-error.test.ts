import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/report-error.js';
import { ExitCode, InputError } from '../../src/errors.js';

async function report(error: unknown, argv: string[] = [], env: NodeJS.ProcessEnv = {}) {
  let written = '';
  const code = await reportError(error, ['node', 'schengen', ...argv], env, (line) => (written += `${line}\n`));
  return { code, written };
}

describe('reportError: every failure becomes one message and a documented exit code', () => {
  it('an internal bug: exit 1, a short line and a request to report, no stack', async () => {
    const { code, written } = await report(new TypeError('cannot read x of undefined'));
    expect(code).toBe(ExitCode.internal);
    expect(code).toBe(1);
    expect(written).toBe('schengen: internal error: cannot read x of undefined\nThis is a bug in schengen; run again with --debug for details and please report it.\n');
  });

  it('an internal bug with --debug shows the stack', async () => {
    const error = new Error('boom');
    const { code, written } = await report(error, ['status', '--debug']);
    expect(code).toBe(1);
    expect(written).toContain(error.stack!);
  });

  it('a user error in the reader’s language, with its own exit code', async () => {
    const { code, written } = await report(new InputError('stamp.exitWithoutEntry', {}, { file: 's.txt', line: 3, field: 'keyword' }), ['--lang=de']);
    expect(code).toBe(3);
    expect(written).toBe('schengen: s.txt:3: Feld „Schlüsselwort“: Ausreise ohne Einreise; erwartet: eine „Einreise“-Zeile vor dieser Ausreise\n');
  });

  it('commander: help and version are success, anything else a usage error', async () => {
    expect((await report(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).code).toBe(0);
    const usage = await report(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), [], { LANG: 'fr_BE.UTF-8' });
    expect(usage).toEqual({ code: 2, written: 'schengen: option inconnue «\u00a0--x\u00a0» (schengen --help)\n' });
  });
});
