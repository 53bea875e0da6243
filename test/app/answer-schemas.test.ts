import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DurationReading, EntryRefusal, StopReason } from '../../src/core/authorisation.js';
import type { ExplainedDayReason } from '../../src/core/explanation.js';
import type { PresetName, Regime, RuleShape, Zone } from '../../src/core/regimes.js';
import type { ApplicationWarning, LodgingPhase } from '../../src/core/visa-application.js';
import type { VisaEntries, VisaType } from '../../src/core/visa.js';
import type { NonWorkingReason } from '../../src/core/working-days.js';
import type { VisaMrz } from '../../src/parse/mrz.js';
import { belgianCalendarSource } from '../../src/app/annex3-params.js';
import { ANSWER_FILES, answerSchemaFile, APPLICATION_CITATIONS } from '../../src/app/answer-schemas.js';
import type { Annex3Dto, Annex3Settings, AuthorisationDto, ExplanationDto, NextDto, RulesDto, StatusDto, VerdictDto, VisaDto } from '../../src/app/answers.js';
import { APPLICATION_LEGAL_BASIS, type ApplyDto, type ApplyWarningDto } from '../../src/app/apply-answer.js';
import type { PresetDto } from '../../src/app/rules-query.js';
import type { VisaMrzDto } from '../../src/app/visa-query.js';
import { openApiDocument } from '../../src/app/openapi.js';
import { typeScriptOf } from '../../src/app/schema-files.js';
import { QUESTION_NAMES, QUESTIONS, type QuestionName } from '../../src/app/questions.js';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import { dayFromCivil } from '../../src/core/day.js';
import { icaoCheckDigit } from '../../src/parse/mrz.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { closeObjects } from '../support/strict-schema.js';

describe('the answers’ types come from their schemas (answer-schemas.ts)', () => {
  it('are real types, not any', () => {
    expectTypeOf<StatusDto['daysUsed']>().toEqualTypeOf<number>();
    expectTypeOf<VerdictDto>().toEqualTypeOf<{ ok: boolean; code: string; text: string }>();
    expectTypeOf<StatusDto['explanation']>().toEqualTypeOf<ExplanationDto | undefined>();
    expectTypeOf<NextDto['leave']>().toEqualTypeOf<string | null>();
  });

  it('whose enums are the core’s own unions, value for value', () => {
    expectTypeOf<AuthorisationDto['refusal']>().toEqualTypeOf<EntryRefusal | null>();
    expectTypeOf<AuthorisationDto['bindingLimit']>().toEqualTypeOf<StopReason | null>();
    expectTypeOf<NonNullable<AuthorisationDto['visa']>['durationReading']>().toEqualTypeOf<DurationReading>();
    expectTypeOf<VisaDto['type']>().toEqualTypeOf<VisaType>();
    expectTypeOf<VisaDto['entries']>().toEqualTypeOf<VisaEntries>();
    expectTypeOf<RulesDto['preset']>().toEqualTypeOf<Regime['name']>();
    expectTypeOf<RulesDto['zone']>().toEqualTypeOf<Zone>();
    expectTypeOf<RulesDto['shapes'][number]['kind']>().toEqualTypeOf<RuleShape['kind']>();
    expectTypeOf<PresetDto['name']>().toEqualTypeOf<PresetName>();
    expectTypeOf<ExplanationDto['reason']>().toEqualTypeOf<ExplainedDayReason>();
    expectTypeOf<Annex3Dto['declaration']['skippedDays'][number]['reason']>().toEqualTypeOf<NonWorkingReason>();
    expectTypeOf<Annex3Dto['declaration']['community']>().toEqualTypeOf<Annex3Settings['community']>();
    expectTypeOf<ApplyDto['lodging']['phaseOn']>().toEqualTypeOf<LodgingPhase>();
    expectTypeOf<ApplyWarningDto['code']>().toEqualTypeOf<ApplicationWarning['code']>();
    expectTypeOf<VisaMrzDto['format']>().toEqualTypeOf<VisaMrz['format']>();
    expectTypeOf<VisaMrzDto['sex']>().toEqualTypeOf<VisaMrz['sex']>();
    expectTypeOf<NonNullable<VisaMrzDto['optionalHint']>['entries']>().toEqualTypeOf<NonNullable<VisaMrz['optionalHint']>['entries']>();
  });

  it('apply cites in JSON exactly the citations its schema lists', () => {
    expect([...new Set(Object.values(APPLICATION_LEGAL_BASIS))].sort()).toEqual([...APPLICATION_CITATIONS].sort());
  });
});

describe('the generated schemas', () => {
  it('give each shared part once, under $defs, and refer to no part they lack', () => {
    for (const name of Object.keys(ANSWER_FILES)) {
      const file = answerSchemaFile(name);
      const text = JSON.stringify(file);
      const referred = new Set([...text.matchAll(/"#\/\$defs\/([^"]+)"/g)].map((match) => match[1]!));
      expect(Object.keys((file['$defs'] ?? {}) as object).sort(), name).toEqual([...referred].sort());
    }
    // status shares the date, the verdict, the limits, the rules, the sticker in use, the explanation...
    expect(Object.keys(answerSchemaFile('status')['$defs'] as object)).toEqual(
      expect.arrayContaining(['isoDate', 'verdict', 'warning', 'limitName', 'stopReason', 'ruleShape', 'rules', 'ruleCount', 'stickerInUse', 'stayRange', 'explanation', 'zoneStanding']),
    );
  });

  it('are the OpenAPI document’s answers, their shared parts its components', () => {
    const document = openApiDocument() as { paths: Record<string, { post: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>; components: { schemas: Record<string, unknown> } };
    for (const name of QUESTION_NAMES) {
      expect(document.paths[`/api/${name}`]!.post.responses['200']!.content['application/json']!.schema).toEqual({ $ref: `#/components/schemas/${name}Answer` });
      const { $schema: _dialect, $id: _id, $defs: _defs, ...answer } = answerSchemaFile(name);
      expect(JSON.stringify(document.components.schemas[`${name}Answer`])).toBe(JSON.stringify(answer).replaceAll('#/$defs/', '#/components/schemas/'));
    }
    expect(document.components.schemas['isoDate']).toEqual(answerSchemaFile('status')['$defs'] && (answerSchemaFile('status')['$defs'] as Record<string, unknown>)['isoDate']);
    expect(JSON.stringify(document)).not.toContain('#/$defs/');
  });
});

describe('real answers match the strict schemas (in process)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = (name: QuestionName, json: object) => {
    const check = ajv.getSchema(`${answerSchemaFile(name)['$id'] as string}`) ?? ajv.compile(closeObjects(answerSchemaFile(name)));
    expect(check(json), `${name}: ${JSON.stringify(check.errors)}`).toBe(true);
  };
  const history = {
    stays: [
      { entry: '2026-01-05', exit: '2026-03-20', entryCountry: 'FR' },
      { entry: '2026-05-01', exit: null, entryCountry: 'BE' },
    ],
    visas: [{ type: 'C', entries: 'MULT', validFrom: '2025-12-01', validUntil: '2026-11-30', durationDays: 90 }],
  };
  const ask = async (name: QuestionName, fields: Record<string, unknown>, record: object = history) =>
    askQuestion(name, { input: travelInputFromJson(record, {}, RECORD_KEYS), fields, today: dayFromCivil(2026, 5, 20), calendar: name === 'annex3' ? await belgianCalendarSource() : null }).json();

  it.each([
    ['status', { explain: true }],
    ['plan', { enter: '2026-09-01', days: 40, explain: true }],
    ['next', { days: 30, explain: true }],
    ['annex3', { arrival: '2026-05-02', explain: true }],
    ['calendar', {}],
    ['apply', { travel: '2026-08-01', lodged: '2026-06-01' }],
    ['rules', {}],
  ] as const)('%s %j', async (name, fields) => {
    validate(name, await ask(name, fields));
  });

  it('visa: a birth date with an unknown day, printed as fillers', async () => {
    // "4009<<" (born September 1940 or 2040, day unknown): check digit 4·7 + 9·7 = 91 → 1.
    expect(icaoCheckDigit('4009<<')).toBe(1);
    const json = (await ask('visa', { mrz: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009<<1F9612109<<<<<<<<'] }, {})) as VisaMrzDto;
    expect(json.birthDate).toBe('4009<<');
    validate('visa', json);
  });
});

describe('typeScriptOf: the answers’ types as the library publishes them (scripts/library-types.js)', () => {
  it('writes out objects, optional fields, nullable parts, enums, constants and arrays, with their descriptions', () => {
    const schema = {
      type: 'object',
      required: ['command', 'on', 'limit'],
      properties: {
        command: { type: 'string', const: 'demo' },
        on: { $ref: '#/$defs/isoDate', description: 'the reference day' },
        limit: { anyOf: [{ type: 'null' }, { enum: ['a', 'b'] }] },
        days: { type: 'array', items: { type: 'integer' } },
      },
    };
    expect(typeScriptOf(schema, { isoDate: { type: 'string', description: 'a day' } })).toBe(
      ['{', '    command: "demo";', '    /** the reference day */', '    on: string;', '    limit: null | "a" | "b";', '    days?: Array<number>;', '}'].join('\n'),
    );
  });

  it('refuses what it does not know rather than write a wrong type', () => {
    expect(() => typeScriptOf({ $ref: 'status.schema.json' }, {})).toThrow(/cannot follow/);
    expect(() => typeScriptOf({ type: 'object', properties: { x: { allOf: [] } } }, {})).toThrow(/no TypeScript/);
  });
});

describe('fields: the names a question lets a caller ask for are its answer’s own', () => {
  // questions.ts lists them by hand (TypeBox is not loaded at run time); this keeps the list and the schema one.
  it.each(QUESTION_NAMES.filter((name) => QUESTIONS[name].answerFields !== undefined))('%s', (name) => {
    const properties = Object.keys((ANSWER_FILES[name]!.schema as { properties: Record<string, unknown> }).properties);
    expect(QUESTIONS[name].answerFields).toEqual(properties.filter((key) => !['schemaVersion', 'command', 'verdict'].includes(key)));
  });
});
