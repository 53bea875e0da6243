import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles, schemaFileText } from '../../src/app/schema-files.js';

describe('schema/ is generated from the question definitions', () => {
  it.each(Object.entries(generatedSchemaFiles()))('schema/%s is up to date (npm run schemas)', (name, value) => {
    expect(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')).toBe(schemaFileText(value));
  });
});
