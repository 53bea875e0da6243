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

  it('lives in the XDG config directory', () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: '/etc/xdg-test' })).toBe('/etc/xdg-test/schengen/config.json');
    expect(defaultConfigPath({})).toMatch(/\.config\/schengen\/config\.json$/);
  });
});
