import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli-in-process.js';
import { runCli } from './run-cli.js';

/**
 * Issue 24: most tests of the command line run it in their own process (test/support/cli-in-process.ts).
 * Here every command runs once as the built binary and once in process, with the same arguments:
 * the same stdout, the same stderr and the same exit code, whether it answers, refuses (a user's
 * mistake, exit 3; a usage error, exit 2) or shows its help. This is each command's end-to-end smoke:
 * the wiring of the bundle, bin/schengen.js and start.ts holds, and what the in-process tests check
 * is what the binary does.
 */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schengen-smoke-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cases: [string, string[], { stdin?: string; env?: Record<string, string> }?][] = [
  ['status, a table', ['status', 'examples/traveller.txt', '--on', '2026-11-22']],
  ['status --json', ['status', 'examples/history.json', '--on', '2026-11-22', '--json']],
  ['status from standard input, in Dutch', ['status', '-', '--on', '2026-03-10', '--lang', 'nl'], { stdin: 'entry 2026-01-10 BE\nexit 2026-02-20 BE\n' }],
  ['status, a stamp file that does not exist (exit 3)', ['status', 'no-such-file.txt']],
  ['plan, a table', ['plan', '--stay', '2026-06-01..2026-07-31', '--enter', '2026-10-01', '--days', '45', '--on', '2026-09-01']],
  ['next --json', ['next', 'examples/traveller.txt', '--days', '30', '--on', '2026-11-22', '--json']],
  ['annex3, a table in French', ['annex3', '--arrival', '2026-12-24', '--closed', '2026-12-31', '--on', '2026-12-20', '--lang', 'fr']],
  ['annex3 --print', ['annex3', '--arrival', '2026-12-24', '--on', '2026-12-20', '--print', '--lang', 'nl']],
  ['annex3 --html', ['annex3', '--arrival', '2026-12-24', '--name', 'DOE John', '--nationality', 'USA', '--on', '2026-12-20', '--html', '--lang', 'de']],
  ['annex3 without --arrival (usage error, exit 2)', ['annex3', '--stay', '2026-01-10..2026-01-20', '--lang', 'nl']],
  ['calendar', ['calendar', 'examples/traveller.txt', '--on', '2026-11-22']],
  ['ics', ['ics', '--stay', '2026-11-01..', '--on', '2026-11-22', '--lang', 'de']],
  ['rules --json', ['rules', '--json']],
  ['apply', ['apply', '--travel', '2027-03-01', '--lodged', '2027-02-10', '--on', '2027-01-01', '--lang', 'nl']],
  ['visa', ['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703']],
  ['check --timeline, a booked trip that breaks the rule (exit 5)', ['check', '--stay', '2026-10-01..2026-11-29', '--stay', '2027-01-10..2027-02-20', '--timeline', '--fail-on-overstay', '--on', '2026-09-01']],
  ['statement --json', ['statement', 'examples/traveller.txt', '--json', '--on', '2026-11-22']],
  ['log list of a missing file', ['log', 'list', '--file', '/nonexistent/schengen-smoke/stamps.txt']],
  ['completion bash', ['completion', 'bash']],
  ['batch, NDJSON on standard input, a bad record among good ones (exit 6)', ['batch', '--query', 'status', '--on', '2026-11-22'], { stdin: '{"id": 1, "stays": []}\n{"id": 2, "stays": [{"entry": "2026-02-30"}]}\n{"id": 3, "stays": [{"entry": "2026-10-01", "exit": "2026-10-20"}]}\n' }],
  ['batch, a CSV file', ['batch', 'examples/stays.csv', '--format', 'csv', '--query', 'next', '--days', '30', '--on', '2026-11-22']],
  ['status --help in German', ['status', '--help', '--lang', 'de']],
  ['an unknown option (usage error, exit 2)', ['status', '--bogus']],
  ['a stay flag carrying escape sequences and controls: shown escaped, one line (exit 3)', ['status', '--stay', '2026-01-01..2026-02-01\u001b]52;c;SGVsbG8=\u0007\u001b[2J\u009b31m\r\nschengen: all good\u202e', '--on', '2026-03-01']],
  ['a date split over arguments', ['log', 'entry', '1', 'Sep', '2026', 'ES', '--file', '/nonexistent/schengen-smoke/stamps.txt']],
];

describe('the binary and the command line in process give the same output', () => {
  it.each(cases)('%s', async (_name, args, options = {}) => {
    const binary = await runCli(args, options);
    const inProcess = await runInProcess(args, options);
    expect(inProcess).toEqual(binary);
  });

  it('log entry then list: the same file written, the same confirmation', async () => {
    const viaBinary = join(dir, 'binary.txt');
    const here = join(dir, 'here.txt');
    const args = (file: string) => ['log', 'entry', '2026-12-01', 'BE', 'Brussels Airport', '--on', '2026-12-01', '--file', file];
    const written = [await runCli(args(viaBinary)), await runInProcess(args(here))];
    // The confirmation names the file: each run's own.
    expect({ ...written[1]!, stdout: written[1]!.stdout.replaceAll(here, viaBinary), stderr: written[1]!.stderr.replaceAll(here, viaBinary) }).toEqual(written[0]);
    const listed = [await runCli(['log', 'list', '--file', viaBinary]), await runInProcess(['log', 'list', '--file', here])];
    expect(listed[1]!.stdout.replaceAll(here, viaBinary)).toBe(listed[0]!.stdout);
    expect(listed[0]!.stdout).toContain('entry 2026-12-01 BE Brussels Airport');
  });
});
