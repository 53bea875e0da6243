import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { strictSchema } from '../support/strict-schema.js';
import { runInProcess } from '../support/cli-in-process.js';
import { escapeForTerminal } from '../../src/escape.js';
import { errorsEn } from '../../src/messages/en/errors.js';
import { errorMessage } from '../../src/messages/error-catalogue.js';
import { askBatch, askHttp, askLibrary, askMcp, mcpErrorText, type Outcome } from './doors.js';
import { featuresOf, NAMES, optionArgs, PRESETS, questionArbitrary, takesHistory, type Name, type Question } from './questions.js';

/**
 * Issue 19, "one question, one definition, every door": the same random questions (histories with
 * visas, permits, countries and booked stays; every preset, custom rules, nationality; about a
 * quarter refused, most made invalid on purpose) asked through the library, HTTP, MCP and batch in-process, and a sample through
 * the built binary's --json. Every door must give the same JSON text (batch adds "id" second), or
 * the same refusal (code, field, message; MCP's text is that message with its field), and every
 * answer must validate against schema/<question>.schema.json made strict. The doors are thin: when
 * this fails, the door is wrong (or the definition in src/app/), not the test.
 */
// Bounded and seeded; CROSS_DOOR_SEED and CROSS_DOOR_RUNS explore further (a failure prints its seed and path).
const SEED = Number(process.env['CROSS_DOOR_SEED'] ?? 19_2026);
const RUNS = Number(process.env['CROSS_DOOR_RUNS'] ?? 400);
const CLI_QUESTIONS = Number(process.env['CROSS_DOOR_CLI'] ?? 20);

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = Object.fromEntries(NAMES.map((name) => [name, ajv.compile(strictSchema(name))])) as Record<Name, ReturnType<typeof ajv.compile>>;
const batchError = ajv.compile(strictSchema('batch-error'));

const describeQuestion = (question: Question) => `${question.name} ${JSON.stringify({ ...question.history, ...question.fields })}${question.mutation === null ? '' : ` (made invalid: ${question.mutation})`}`;

function expectValid(name: Name, json: object): void {
  const validate = validators[name];
  expect(validate(json), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

/** The library's outcome, checked against HTTP, MCP and batch; returned for the CLI. */
async function expectEveryDoorAgrees(question: Question): Promise<Outcome> {
  const where = describeQuestion(question);
  const library = await askLibrary(question);
  const http = await askHttp(question);
  const mcp = await askMcp(question);
  const batch = question.name === 'rules' ? null : await askBatch(question);
  if ('answer' in library) {
    expectValid(question.name, library.json);
    expect({ door: 'HTTP', ...http }, where).toEqual({ door: 'HTTP', status: 200, answer: library.answer, json: library.json });
    expect({ door: 'MCP', answer: 'answer' in mcp ? mcp.answer : mcp }, where).toEqual({ door: 'MCP', answer: library.answer });
    // The text an assistant reads begins with the verdict's sentence.
    expect('text' in mcp && mcp.text.startsWith((library.json as { verdict: { text: string } }).verdict.text), where).toBe(true);
    if (batch !== null) expect({ door: 'batch', answer: 'answer' in batch ? batch.answer : batch }, where).toEqual({ door: 'batch', answer: library.answer });
  } else {
    const { error, ...refusal } = library.refused;
    expect({ door: 'HTTP', ...http }, where).toEqual({ door: 'HTTP', status: 400, refused: refusal });
    expect({ door: 'MCP', ...mcp }, where).toEqual({ door: 'MCP', errorText: mcpErrorText(error!) });
    if (batch !== null) {
      expect({ door: 'batch', refused: 'refused' in batch ? batch.refused : batch.answer }, where).toEqual({ door: 'batch', refused: refusal });
      const record = JSON.parse(batch.line) as object;
      expect(batchError(record), `${where}: ${JSON.stringify(batchError.errors)}`).toBe(true);
    }
  }
  return library;
}

describe('every door gives the same answer to the same question', () => {
  it(`${RUNS} random questions: library, HTTP, MCP and batch agree, and every answer fits its schema`, async () => {
    const seen = { answers: 0, refusals: 0, byName: new Map<Name, number>(), features: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(questionArbitrary, async (question) => {
        const outcome = await expectEveryDoorAgrees(question);
        if ('answer' in outcome) seen.answers += 1;
        else seen.refusals += 1;
        seen.byName.set(question.name, (seen.byName.get(question.name) ?? 0) + 1);
        if ('answer' in outcome) for (const feature of featuresOf(question)) seen.features.add(feature);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The questions reach every door both ways: most are answered, some refused, all eight asked.
    expect(seen.answers).toBeGreaterThan(RUNS / 2);
    expect(seen.refusals).toBeGreaterThan(RUNS / 10);
    for (const name of NAMES) expect(seen.byName.get(name) ?? 0, name).toBeGreaterThan(RUNS / 20);
    // …and the answered ones hold what the issue lists: countries, booked stays, every visa, permits, every preset, custom rules, nationality.
    const promised = [
      ...['none', 'FR', 'CY', 'RU', 'BY', 'TR', 'GB'].map((country) => `country ${country}`),
      'booked stay',
      ...['C', 'LTV', 'A', 'D'].flatMap((type) => ['1', '2', 'MULT'].map((entries) => `visa ${type} ${entries}`)),
      'permit',
      ...PRESETS.map((preset) => `preset ${preset}`),
      'custom rules',
      'nationality',
    ];
    expect(promised.filter((feature) => !seen.features.has(feature))).toEqual([]);
  });
});

describe('the command line gives the same JSON (the built binary: npm run build first)', () => {
  // Two questions of each of the nine as generated, then some made invalid in ways the command line can
  // be given (a flag of the wrong type is commander's to refuse, before any question is asked); each
  // with a history to read, as the command line reads the user's own log when given none.
  const candidates = fc
    .sample(questionArbitrary, { seed: SEED + 1, numRuns: 40 * CLI_QUESTIONS })
    .filter((question) => !takesHistory(question.name) || (Array.isArray(question.history.stays) && question.history.stays.length > 0));
  const generated = NAMES.flatMap((name) => candidates.filter((question) => question.name === name && question.mutation === null).slice(0, Math.floor(CLI_QUESTIONS / 10)));
  const invalid = candidates.filter((question) => /^(badDate|exitBeforeEnter|halfSpan|overlappingStays|badRules|brokenMrz|badHistoryField)/.test(question.mutation ?? ''));
  const cliQuestions = [...generated, ...invalid.slice(0, CLI_QUESTIONS - generated.length)];

  let expected: Outcome[] = [];
  beforeAll(async () => {
    expected = await Promise.all(cliQuestions.map(askLibrary));
  });

  function args(question: Question): string[] {
    return [question.name, ...(takesHistory(question.name) ? ['-'] : []), ...optionArgs(question.fields), '--json'];
  }

  it(`${CLI_QUESTIONS} questions through \`schengen <question> --json\`: the same JSON, or the same refusal`, async () => {
    expect(cliQuestions.length).toBe(CLI_QUESTIONS);
    expect(new Set(cliQuestions.map((question) => question.name))).toEqual(new Set(NAMES));
    expect(cliQuestions.some((question) => question.mutation !== null)).toBe(true);
    expect(expected.filter((outcome) => 'answer' in outcome).length).toBeGreaterThan(CLI_QUESTIONS / 2);
    // Two at a time: the machine has two cores.
    const results: Awaited<ReturnType<typeof runInProcess>>[] = [];
    for (let i = 0; i < cliQuestions.length; i += 2) {
      results.push(...(await Promise.all(cliQuestions.slice(i, i + 2).map((question) => runInProcess(args(question), { stdin: JSON.stringify(question.history) })))));
    }
    cliQuestions.forEach((question, i) => {
      const where = `schengen ${args(question).join(' ')} <<< ${JSON.stringify(question.history)}`;
      const outcome = expected[i]!;
      const { stdout, stderr, exitCode } = results[i]!;
      if ('answer' in outcome) {
        // annex3 exits 5 whenever no declaration may be issued, whatever the flags (issue 23); every other answer exits 0.
        const refused = question.name === 'annex3' && (JSON.parse(outcome.answer) as { verdict: { code: string } }).verdict.code === 'annex3Refuse';
        expect({ exitCode, json: stdout === '' ? stderr : JSON.stringify(JSON.parse(stdout)) }, where).toEqual({ exitCode: refused ? 5 : 0, json: outcome.answer });
      } else {
        // The command line names its flags (--enter) and the file ((stdin)) where the record names its fields: the code shows in the exit code and the message,
        // worded for the door its field belongs to (a flag's hints on the command line, none for a record's field; issue 23).
        const wordings = (['commandLine', 'record'] as const).map((door) => escapeForTerminal(errorMessage(errorsEn, outcome.refused.error!, door)));
        expect({ exitCode, stdout, message: wordings.some((wording) => stderr.includes(wording)) }, `${where}\n${stderr}`).toEqual({ exitCode: outcome.refused.error!.exitCode, stdout: '', message: true });
      }
    });
  }, 10_000 + 1_000 * CLI_QUESTIONS);
});
