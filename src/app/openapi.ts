import { SCHEMA_VERSION } from './answers.js';
import { HISTORY_DEFS, QUESTION_NAMES, QUESTIONS, questionInputSchema } from './questions.js';

type Json = Record<string, unknown>;

/** Shared parts move from each schema's own $defs to the document's components. */
function toComponents(schema: Json): Json {
  const { $defs: _defs, ...rest } = schema;
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

const ERROR_RESPONSE = {
  description: 'The request was refused: the error names the field and what was expected, in the language asked (schema/batch-error.schema.json).',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } },
};

/**
 * The HTTP API as an OpenAPI 3.1 document, generated from the question definitions: one
 * `POST /api/<question>` each, its body the question's record, its answer the command's JSON
 * (the schema files the server also serves under /schema/).
 */
export function openApiDocument(): Json {
  const paths: Json = {};
  for (const name of QUESTION_NAMES) {
    const question = QUESTIONS[name];
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: question.summary,
        parameters: [ACCEPT_LANGUAGE],
        requestBody: { required: true, content: { 'application/json': { schema: toComponents(questionInputSchema(name, { lang: LANG_FIELD })) } } },
        responses: {
          '200': {
            description: `The answer, as \`schengen ${name} --json\` prints it; it begins with its verdict.`,
            content: { 'application/json': { schema: { $ref: `/schema/${name}.schema.json` } } },
          },
          '400': ERROR_RESPONSE,
          '413': ERROR_RESPONSE,
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
        ...Object.fromEntries(Object.entries(HISTORY_DEFS).map(([key, value]) => [key, toComponents(value)])),
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
