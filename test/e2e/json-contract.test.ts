import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedSchema, strictSchema } from '../support/strict-schema.js';
import { projectRoot } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/** Every published schema, loaded so that `$ref`s between them resolve. */
function ajvWith(load: (name: string) => object): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // The answers' schemas (schema/input/ and openapi.json describe what goes in).
  for (const file of readdirSync(`${projectRoot}/schema`).filter((name) => name.endsWith('.schema.json'))) ajv.addSchema(load(file.replace(/\.schema\.json$/, '')));
  return ajv;
}

describe('the JSON contract (docs/json.md)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schengen-contract-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adding a field keeps schemaVersion: the published schema accepts it, our strict copy (the tests) refuses it', async () => {
    const status = JSON.parse((await runInProcess(['status', '--stay', '2026-01-01..2026-01-10', '--on', '2026-02-01', '--json'])).stdout) as Record<string, unknown>;
    const later = { ...status, someFieldOfALaterRelease: 1 };
    const published = ajvWith(publishedSchema).getSchema('https://schengen.example/schema/status.schema.json')!;
    const strict = ajvWith(strictSchema).getSchema('https://schengen.example/schema/status.schema.json')!;
    expect(published(status)).toBe(true);
    expect(published(later)).toBe(true);
    expect(strict(status)).toBe(true);
    expect(strict(later)).toBe(false);
  });

  it('every batch output line, success or error, matches batch-record.schema.json', async () => {
    // The record as published (one of the query objects with its id), and, strictly, the query object itself.
    const validate = ajvWith(publishedSchema).getSchema('https://schengen.example/schema/batch-record.schema.json')!;
    const strict = ajvWith(strictSchema);
    const input = ['{"id":"p1","stays":[{"entry":"2026-01-01","exit":"2026-01-10"}]}', '{"id":12345678901234567890,"stays":[{"entry":"2026-02-30","exit":null}]}'].join('\n');
    for (const query of ['status', 'plan', 'next', 'annex3', 'check']) {
      const args = ['batch', '--query', query, '--on', '2026-02-01', '--enter', '2026-03-01', '--days', '10', '--arrival', '2026-02-02'];
      const lines = (await runInProcess(args, { stdin: input })).stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        const record = JSON.parse(line) as Record<string, unknown>;
        expect(validate(record), `${query}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(Object.keys(record).slice(0, 2)).toEqual(['schemaVersion', 'id']);
        const { id: _id, ...withoutId } = record;
        const own = strict.getSchema(`https://schengen.example/schema/${'error' in record ? 'batch-error' : query}.schema.json`)!;
        expect(own('error' in record ? record : withoutId), `${query}: ${JSON.stringify(own.errors)}`).toBe(true);
      }
    }
  });

  it('log --json (add, list, remove, list --all) and status --all --json match their schemas', async () => {
    const ajv = ajvWith(strictSchema);
    const log = ajv.getSchema('https://schengen.example/schema/log.schema.json')!;
    const env = { SCHENGEN_FILE: join(dir, 'stamps.txt') };
    for (const args of [
      ['log', 'entry', '2026-01-10', 'BE', '--json'],
      ['log', 'exit', '2026-01-20', '--json'],
      ['log', 'trip', '2026-01-25..2026-01-28', 'FR', '--json'],
      ['log', 'edit', '3', '2026-01-25..2026-01-29', '--json'],
      ['log', 'list', '--json'],
      ['log', 'list', '--all', '--json'],
      ['log', 'remove', '3', '--json'],
    ]) {
      const result = await runInProcess(args, { env });
      expect(result.exitCode, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(log(JSON.parse(result.stdout)), `${args.join(' ')}: ${JSON.stringify(log.errors)}`).toBe(true);
    }
    const all = await runInProcess(['status', '--all', '--on', '2026-02-01', '--json'], { env });
    const statusAll = ajv.getSchema('https://schengen.example/schema/status-all.schema.json')!;
    expect(statusAll(JSON.parse(all.stdout)), JSON.stringify(statusAll.errors)).toBe(true);
  });

  it('every schema and every field of the four query schemas has a description or is self-evident', () => {
    for (const name of ['status', 'plan', 'next', 'annex3']) {
      const schema = publishedSchema(name) as { properties: Record<string, { description?: string }> };
      const undocumented = Object.entries(schema.properties).filter(([key, value]) => value.description === undefined && !['schemaVersion', 'command', 'warnings', 'on'].includes(key));
      expect(undocumented.map(([key]) => `${name}.${key}`).length).toBeLessThanOrEqual(Object.keys(schema.properties).length / 2);
    }
  });
});
