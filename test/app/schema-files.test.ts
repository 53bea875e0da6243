import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles, questionsMarkdown, schemaFileText } from '../../src/app/schema-files.js';

describe('schema/ is generated from the question definitions', () => {
  it.each(Object.entries(generatedSchemaFiles()))('schema/%s is up to date (npm run schemas)', (name, value) => {
    expect(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')).toBe(schemaFileText(value));
  });

  it('docs/questions.md lists each question and its parameters as defined (npm run schemas)', () => {
    const page = readFileSync(new URL('../../docs/questions.md', import.meta.url), 'utf8');
    expect(page.slice(0, page.indexOf('\n## Verdicts'))).toBe(questionsMarkdown());
  });
});
