import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annex3, InputError, next, parseStampFile, plan, status, UsageError, UserError } from '../../src/lib/index.js';
import { fixture } from '../e2e/run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const semExample5 = readFileSync(fixture('sem-example-5.txt'), 'utf8');
const history = { stays: [{ entry: '2026-01-10', exit: '2026-02-20' }, { entry: '2026-05-01', exit: null }] };
const cliJson = async (args: string[]) => JSON.parse((await runInProcess([...args, '--json'])).stdout) as unknown;

describe('the library answers as the CLI does', () => {
  it('status equals `schengen status --json`', async () => {
    const result = await status(history, { today: '2026-06-15' });
    expect(result).toEqual(await cliJson(['status', '--stay', '2026-01-10..2026-02-20', '--stay', '2026-05-01..', '--on', '2026-06-15']));
    expect(result.daysUsed).toBe(42 + 46);
  });

  it('plan, next and annex3 equal their commands', async () => {
    const stay = ['--stay', '2026-01-10..2026-02-20'];
    const closed = { stays: [history.stays[0]!] };
    expect(await plan(closed, { today: '2026-03-01', enter: '2026-04-01', days: 40 })).toEqual(
      await cliJson(['plan', ...stay, '--on', '2026-03-01', '--enter', '2026-04-01', '--days', '40']),
    );
    expect(await next(closed, { today: '2026-03-01', days: 90 })).toEqual(await cliJson(['next', ...stay, '--on', '2026-03-01', '--days', '90']));
    expect(await annex3(closed, { today: '2026-12-24', arrival: '2026-12-24', entry: '2026-12-20', community: 'vlg' })).toEqual(
      await cliJson(['annex3', ...stay, '--on', '2026-12-24', '--arrival', '2026-12-24', '--entry', '2026-12-20', '--community', 'vlg']),
    );
  });

  it('fields: only those fields, as `--fields` gives them (issue 21)', async () => {
    const lean = await status(history, { on: '2026-06-15', fields: ['daysUsed', 'latestExit'] });
    expect(lean).toEqual(await cliJson(['status', '--stay', '2026-01-10..2026-02-20', '--stay', '2026-05-01..', '--on', '2026-06-15', '--fields', 'daysUsed,latestExit']));
    // 10.01–20.02 = 22 + 20 = 42 days, 01.05–15.06 = 31 + 15 = 46: 88 used.
    expect(Object.keys(lean)).toEqual(['schemaVersion', 'command', 'verdict', 'daysUsed', 'latestExit']);
    expect(lean.daysUsed).toBe(88);
  });

  it('explain and leave are the CLI’s --explain and --leave', async () => {
    const inside = ['--stay', '2026-01-10..2026-02-20', '--stay', '2026-05-01..', '--on', '2026-06-15'];
    const explained = await status(history, { today: '2026-06-15', explain: true });
    expect(explained.explanation).toBeDefined();
    expect(explained).toEqual(await cliJson(['status', ...inside, '--explain']));
    expect(await next(history, { today: '2026-06-15', days: 20, leave: '2026-06-30', explain: true })).toEqual(
      await cliJson(['next', ...inside, '--days', '20', '--leave', '2026-06-30', '--explain']),
    );
  });

  it('reads a stamp file the way the CLI reads it', async () => {
    const parsed = parseStampFile(semExample5, 'sem-example-5.txt');
    expect(parsed).toMatchObject({ source: 'sem-example-5.txt', stays: 3 });
    expect(await status(parsed, { today: '2014-06-09' })).toEqual(await cliJson(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09']));
  });
});

describe('errors are typed, with the CLI codes and fields', () => {
  it('a stamp file error names the file, line and field', () => {
    let caught: unknown;
    try {
      parseStampFile('entry 2026-01-10\nexit 31.02.2026\n', 'anna.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(caught).toBeInstanceOf(UserError);
    expect(caught).toMatchObject({ code: 'date.noSuchDay', exitCode: 3, location: { file: 'anna.txt', line: 2, field: 'date' } });
  });

  it.each([
    ['a bad date in the history', { stays: [{ entry: '31.02.2026', exit: null }] }, { today: '2026-06-01' }, 'stays[0].entry'],
    ['a misspelt history field', { stays: [{ entry: '2026-01-10', exti: '2026-01-12' }] }, { today: '2026-06-01' }, 'stays[0].exti'],
    ['no reference day', history, {}, 'on'],
    ['on and its old name today together', history, { today: '2026-06-01', on: '2026-06-01' }, 'today'],
    ['an option of another question', history, { on: '2026-06-01', arrival: '2026-06-01' }, 'arrival'],
    ['an unknown option', history, { on: '2026-06-01', query: 'status' }, 'query'],
  ])('%s', async (_name, input, options, field) => {
    await expect(status(input as never, options as never)).rejects.toSatisfy((error) => error instanceof InputError && error.location.field === field);
  });

  it('a usage mistake keeps its code and field', async () => {
    await expect(plan(history, { today: '2026-06-01', enter: '2026-07-10', exit: '2026-07-01' })).rejects.toSatisfy(
      (error) => error instanceof UsageError && error.code === 'plan.exitBeforeEntry' && error.location.field === 'exit' && error.exitCode === 2,
    );
    await expect(next(history, { today: '2026-06-01', days: 91 })).rejects.toMatchObject({ code: 'next.tooLong' });
  });
});

describe('issue 20 at the library door', () => {
  const refusal = async (answer: () => Promise<unknown>) => {
    const error = await answer().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    return { code: (error as UserError).code, field: (error as UserError).location.field };
  };
  let deep: unknown = [];
  for (let i = 0; i < 5000; i += 1) deep = [deep];
  const itself: Record<string, unknown> = { entry: '2026-01-01' };
  itself['exit'] = itself;

  it.each([
    ['a prototype word as a date', () => status({ stays: [{ entry: 'constructor' }] }, { on: '2026-06-01' }), 'date.unrecognised', 'stays[0].entry'],
    ['a prototype word as the reference day', () => status(history, { on: '__proto__' }), 'date.unrecognised', 'on'],
    ['a history nested 5,000 deep', () => status({ stays: deep } as never, { on: '2026-06-01' }), 'json.tooDeep', 'history'],
    ['options nested 5,000 deep', () => status(history, { on: '2026-06-01', rule: deep } as never), 'json.tooDeep', 'options'],
    ['a stay that contains itself', () => status({ stays: [itself] } as never, { on: '2026-06-01' }), 'json.tooDeep', 'history'],
    ['a BigInt', () => status({ stays: [{ entry: 20260101n }] } as never, { on: '2026-06-01' }), 'json.shape', 'stays[0].entry'],
    ['a history field among the options (the history is the first argument)', () => status(history, { on: '2026-06-01', stays: [] } as never), 'json.unknownField', 'stays'],
    ['a field of another question', () => status(history, { on: '2026-06-01', closed: true } as never), 'json.unknownField', 'closed'],
    ['a control character in a value', () => status({ stays: [{ entry: '2026-01-01', exitCountry: 'X\r\n\u001b]52;c;SGk=\u0007' }] }, { on: '2026-06-01' }), 'country.unknown', 'stays[0].exitCountry'],
  ])('%s is refused with its code, no internal error', async (_name, answer, code, field) => {
    expect(await refusal(answer)).toEqual({ code, field });
  });
});
