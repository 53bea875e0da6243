import { answerSchemaFile } from './answer-schemas.js';
import { SCHEMA_VERSION } from './answers.js';
import { HISTORY_DEFS, QUESTION_NAMES, QUESTIONS, questionInputSchema } from './questions.js';

type Json = Record<string, unknown>;

/** Shared parts move from each schema's own $defs to the document's components. */
function toComponents(schema: Json): Json {
  const { $defs: _defs, $schema: _dialect, $id: _id, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
}

/** The HTTP door's own field: the language of an error's message (answers stay in English). */
const LANG_FIELD = { enum: ['en', 'nl', 'fr', 'de'], description: "the language of an error's message (default: Accept-Language, else English); answers are in English whatever it says" };

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: "the language of an error's message when the body gives no \"lang\" (nl, fr, de or en; others fall back to English)",
  schema: { type: 'string' },
};

/** The component of a question's answer (`statusAnswer`, ...): answer-schemas.ts's schema, as schema/<name>.schema.json has it. */
const answerComponent = (name: string) => `${name}Answer`;

/** Adds the shared parts of one schema to the components; a name taken by another part is a mistake of ours. */
function addDefinitions(components: Json, defs: Json | undefined): void {
  for (const [name, schema] of Object.entries(defs ?? {})) {
    const component = toComponents(schema as Json);
    if (name in components && JSON.stringify(components[name]) !== JSON.stringify(component)) throw new Error(`two OpenAPI components named ${name}`);
    components[name] = component;
  }
}

const ERROR_RESPONSE = {
  description: 'The request was refused: the error names the field and what was expected, in the language asked (schema/batch-error.schema.json).',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } },
};

/** A batch line's id, allowed (and not echoed) so that a line can be posted as it is. */
const RECORD_ID = { type: ['string', 'number'], description: "a batch line's id; allowed, not used" };

/**
 * The HTTP API as an OpenAPI 3.1 document, generated from the question definitions: one
 * `POST /api/<question>` each, its body the question's record, its answer the command's JSON
 * (components `<question>Answer`, the schemas of schema/<question>.schema.json, with the parts they
 * share).
 */
export function openApiDocument(): Json {
  const paths: Json = {};
  const components: Json = Object.fromEntries(Object.entries(HISTORY_DEFS).map(([key, value]) => [key, toComponents(value)]));
  const answers: Json = {};
  for (const name of QUESTION_NAMES) {
    const answer = answerSchemaFile(name);
    addDefinitions(components, answer['$defs'] as Json | undefined);
    answers[answerComponent(name)] = toComponents(answer);
    const question = QUESTIONS[name];
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: question.summary,
        parameters: [ACCEPT_LANGUAGE],
        requestBody: { required: true, content: { 'application/json': { schema: toComponents(questionInputSchema(name, { id: RECORD_ID, lang: LANG_FIELD })) } } },
        responses: {
          '200': {
            description: `The answer, as \`schengen ${name} --json\` prints it; it begins with its verdict.`,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${answerComponent(name)}` } } },
          },
          '400': ERROR_RESPONSE,
          '413': ERROR_RESPONSE,
          '421': { ...ERROR_RESPONSE, description: 'The request names a host this server does not answer for (schengen serve --allow-host adds one).' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'schengen',
      version: String(SCHEMA_VERSION),
      description: 'How long may this person stay, and by when must they act: the Schengen 90/180 rule, visas, permits, neighbouring regimes and the Belgian annex 3. Every answer begins with a verdict.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: {
        ...components,
        ...answers,
        error: {
          type: 'object',
          required: ['schemaVersion', 'error'],
          properties: {
            schemaVersion: { const: SCHEMA_VERSION },
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { line: { type: ['integer', 'null'] }, field: { type: ['string', 'null'] }, code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
