/**
 * The version of every JSON answer (answer-schemas.ts, schema/*.schema.json). Field names are
 * public: adding a field keeps SCHEMA_VERSION, renaming or removing one, or changing what it means, bumps it.
 * Version 2: the authorisation model (docs/authorisation.md) — every limit, booked trips, --explain.
 * Version 3: a verdict on every answer, one version for every command (CHANGELOG.md); `fields`
 * (only the fields asked for); `rules` only with --explain or rules other than the default
 * Schengen preset; status `zones` only for the zones other than the one asked about (issue 21).
 */
export const SCHEMA_VERSION = 3;
