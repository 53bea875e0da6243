import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './run-cli.js';

/** Every "$ schengen …" example in the README that shows JSON must print exactly that JSON. */
describe('README examples', () => {
  const readme = readFileSync(`${projectRoot}/README.md`, 'utf8');
  const examples = [...readme.matchAll(/```sh\n\$ schengen (.+)\n(\{[\s\S]*?\n\})\n```/g)];

  it('has at least one JSON example', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((match) => [match[1]!, match[2]!]))('schengen %s', async (commandLine, expected) => {
    const args = [...commandLine.matchAll(/'([^']*)'|(\S+)/g)].map((part) => part[1] ?? part[2]!);
    const result = await runCli(args);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected));
  });
});
