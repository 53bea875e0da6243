import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));

/**
 * A published schema made strict for our own tests: every object that lists its properties refuses
 * any other. The published files leave `additionalProperties` open, so that a field added in a later
 * release (same schemaVersion, docs/json.md "Schemas") does not break a consumer's validation; our
 * tests, on the other hand, must catch any field the schema does not document.
 */
export function strictSchema(name: string): object {
  return closeObjects(JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as object);
}

/** The same closing, on a schema in memory (changed in place, and returned). */
export function closeObjects<T extends object>(schema: T): T {
  // The parts of an `allOf` add up to one object: each is left open (its siblings' fields are not its own).
  const close = (node: unknown, partOfAllOf = false): void => {
    if (Array.isArray(node)) {
      for (const item of node) close(item, partOfAllOf);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (!partOfAllOf && object['properties'] !== undefined && object['additionalProperties'] === undefined) object['additionalProperties'] = false;
    for (const [key, value] of Object.entries(object)) close(value, key === 'allOf');
  };
  close(schema);
  return schema;
}

/** The published schema as a consumer gets it. */
export function publishedSchema(name: string): object {
  return JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as object;
}
