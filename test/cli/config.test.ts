import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/cli/config.js';
import { UsageError } from '../../src/errors.js';

describe('the config file', () => {
  it('reads lang, community, closed and tz, with comments allowed', async () => {
    const text = '{\n  // Gemeente Leuven\n  "lang": "nl", "community": "vlg", "closed": ["2026-07-10"], "tz": "Europe/Brussels",\n}';
    expect(await parseConfig(text, 'c.json')).toEqual({ lang: 'nl', community: 'vlg', closed: ['2026-07-10'], tz: 'Europe/Brussels' });
  });

  it.each([
    ['a syntax error, with its line', '{\n"lang": "nl",,\n}', 'config.syntax', { file: 'c.json', line: 2 }],
    ['an unknown setting', '{"language": "nl"}', 'config.unknownKey', { file: 'c.json', field: 'language' }],
    ['a wrong type', '{"closed": "2026-07-10"}', 'config.value', { file: 'c.json', field: 'closed' }],
    ['not an object', '["nl"]', 'config.value', { file: 'c.json' }],
  ])('refuses %s', async (_name, text, code, location) => {
    const error = await parseConfig(text, 'c.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe(code);
    expect((error as UsageError).location).toMatchObject(location);
  });

  // Issue 20: each of these was accepted (or crashed with "Maximum call stack size exceeded", exit 1).
  it.each([
    ['an object nested 5,000 deep', `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`, 'json.tooDeep', { file: 'c.json' }],
    ['an array nested 50,000 deep in "closed"', `{"closed":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'json.tooDeep', { file: 'c.json' }],
    ['a key given twice (the last would win)', '{"lang":"nl","lang":"fr"}', 'json.duplicateKey', { file: 'c.json', field: 'lang' }],
    ['"__proto__" (it would be taken as the prototype and ignored)', '{"__proto__":{"lang":"fr"}}', 'config.unknownKey', { file: 'c.json', field: '__proto__' }],
    ['a relative date in "closed" (refused in every other file)', '{"closed":["2026-07-10","today"]}', 'date.relativeNotAllowed', { file: 'c.json', field: 'closed[1]' }],
    ['a prototype word in "closed"', '{"closed":["constructor"]}', 'date.unrecognised', { file: 'c.json', field: 'closed[0]' }],
    ['a day that does not exist in "closed"', '// closing days\n{"closed":["31.02.2026"]}', 'date.noSuchDay', { file: 'c.json', field: 'closed[0]' }],
  ])('refuses %s: a usage error (exit 2) naming the file and the key', async (_name, text, code, location) => {
    const error = await parseConfig(text, 'c.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).code).toBe(code);
    expect((error as UsageError).location).toEqual(location);
  });

  it('a key inside a string or a comment is not a key, and a bracket there opens nothing', async () => {
    const text = `{\n  // "lang": "fr", ${'['.repeat(100)}\n  "lang": "nl", /* "lang" */ "tz": "Europe/Brussels ${'{'.repeat(100)}"\n}`;
    expect(await parseConfig(text, 'c.json')).toEqual({ lang: 'nl', tz: `Europe/Brussels ${'{'.repeat(100)}` });
  });

  it('lives in the XDG config directory', () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: '/etc/xdg-test' })).toBe('/etc/xdg-test/schengen/config.json');
    expect(defaultConfigPath({})).toMatch(/\.config\/schengen\/config\.json$/);
  });
});
