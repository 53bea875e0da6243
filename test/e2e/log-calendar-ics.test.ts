import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';
import { splitVerdict } from './run-cli.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function ownFile(): Promise<{ path: string; env: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-log-'));
  made.push(dir);
  const path = join(dir, 'stamps.txt');
  return { path, env: { SCHENGEN_FILE: path } };
}

describe('schengen log', () => {
  it('round trip: add, list, read by every command, remove', async () => {
    const { path, env } = await ownFile();
    const on = ['--on', '2026-11-22'];
    expect((await runInProcess(['log', 'entry', '01.10.26', 'BE', 'Brussels', 'Airport', ...on], { env })).stdout).toBe(`${path}: + entry 2026-10-01 BE Brussels Airport\n`);
    expect((await runInProcess(['log', 'exit', '2026-10-20', ...on], { env })).exitCode).toBe(0);
    expect((await runInProcess(['log', 'visa', 'C', 'MULT', '2026-01-10..2027-01-09', '90', ...on], { env })).exitCode).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('entry 2026-10-01 BE Brussels Airport\nexit 2026-10-20\nvisa C MULT 2026-01-10..2027-01-09 90\n');

    const list = await runInProcess(['log', 'list', '--json'], { env });
    expect(JSON.parse(list.stdout)).toEqual({
      schemaVersion: 3,
      command: 'log',
      action: 'list',
      file: path,
      lines: [
        { number: 1, line: 1, text: 'entry 2026-10-01 BE Brussels Airport' },
        { number: 2, line: 2, text: 'exit 2026-10-20' },
        { number: 3, line: 3, text: 'visa C MULT 2026-01-10..2027-01-09 90' },
      ],
    });

    // status with no file reads the log: 01.10–20.10 = 20 days
    const status = await runInProcess(['status', ...on, '--json'], { env });
    expect(JSON.parse(status.stdout)).toMatchObject({ daysUsed: 20 });

    expect((await runInProcess(['log', 'remove', '3', ...on], { env })).stdout).toBe(`${path}: - visa C MULT 2026-01-10..2027-01-09 90\n`);
    expect(await readFile(path, 'utf8')).toBe('entry 2026-10-01 BE Brussels Airport\nexit 2026-10-20\n');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('entry 2026-10-01 BE Brussels Airport\nexit 2026-10-20\nvisa C MULT 2026-01-10..2027-01-09 90\n');
  });

  it.each([
    ['two entries in a row', ['log', 'entry', '2026-11-01'], 'at line 4 ("entry 2026-11-10")'],
    ['an entry while inside', ['log', 'entry', '2026-11-15'], 'you are already inside since line 4 ("entry 2026-11-10")'],
    ['an exit before the entry', ['log', 'exit', '2026-09-01'], 'the exit is before the entry'],
    ['removing the entry of a stay', ['log', 'remove', '1'], 'exit without entry'],
    ['an overlapping sticker', ['log', 'visa', 'C', '1', '2026-10-01..2026-12-31', '30'], 'overlaps the visa at line 3'], // number 3 of log list (file line 4),
    ['a bad date', ['log', 'entry', '2026-02-30'], 'no such day'],
    ['an unknown country', ['log', 'entry', '2026-11-01', 'XX'], 'unknown country code "XX"'],
  ])('a refused edit (%s) leaves the file byte-identical', async (_name, args, message) => {
    const { path, env } = await ownFile();
    // A stay under way since 10.11, so that another entry or an early exit is refused.
    const before = Buffer.from('# mine\r\nentry 2026-10-01 BE\nexit 2026-10-20\nvisa C MULT 2026-01-10..2027-01-09 90\nentry 2026-11-10\n\n# end\n');
    await writeFile(path, before);
    const result = await runInProcess([...args, '--on', '2026-11-22'], { env });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('concurrent writers lose no line (lock file)', async () => {
    const { path, env } = await ownFile();
    const months = ['01', '02', '03', '04', '05', '06', '07', '08'];
    // Separate processes, at once: the lock between them is what is tested (the binary, not in process).
    const results = await Promise.all(months.map((month) => runCli(['log', 'visa', 'C', '1', `2026-${month}-01..2026-${month}-20`, '10', '--on', '2026-01-01'], { env })));
    expect(results.map((r) => r.exitCode)).toEqual(months.map(() => 0));
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').sort();
    expect(lines).toEqual(months.map((month) => `visa C 1 2026-${month}-01..2026-${month}-20 10`));
  });

  it('remove N outside the list is a usage error', async () => {
    const { env } = await ownFile();
    const result = await runInProcess(['log', 'remove', '4', '--on', '2026-11-22'], { env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('"4" cannot be removed: the file has no lines yet');
  });
});

describe('schengen calendar', () => {
  it('draws presence, days used and markers for a fixed history, colour off', async () => {
    // 05.03–07.03 inside; on 10.03 three days are used ('0' = 0–9 days), T marks today.
    const result = await runInProcess(['calendar', '--stay', '2026-03-05..2026-03-07', '--on', '2026-03-10', '--from', '2026-03-01', '--to', '2026-03-31']);
    expect(result.exitCode).toBe(0);
    // The verdict first: three days inside, none over any limit.
    const { verdict, body } = splitVerdict(result.stdout);
    expect(verdict).toBe('OK: no unauthorised day in the Schengen area from Sun 1 Mar 2026 to Tue 31 Mar 2026.');
    const lines = body.split('\n');
    expect(lines[0]).toBe('Days in the Schengen area, Sun 1 Mar 2026 – Tue 31 Mar 2026');
    expect(lines[1]).toBe('           1       5         10        15        20        25        30');
    expect(lines[2]).toBe(`Mar 2026   · · · · ■ ■ ■${' ·'.repeat(24)}`);
    expect(lines[3]).toBe(`                   0 0 0 0 0 T${' 0'.repeat(21)}`);
    expect(result.stdout).toContain('T  today, Tue 10 Mar 2026');
    // left on 07.03: 180 − 90 + 1 = 91 days later, 06.06.2026
    expect(result.stdout).toContain('F  a full 90-day stay possible from Sat 6 Jun 2026');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('marks the latest exit and overstays, and stays within 80 columns in every language', async () => {
    for (const lang of ['en', 'nl', 'fr', 'de']) {
      const result = await runInProcess(['calendar', '--stay', '2025-10-01..2026-01-10', '--stay', '2026-05-01..', '--on', '2026-06-15', '--lang', lang]);
      expect(result.exitCode).toBe(0);
      for (const line of result.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
    const english = await runInProcess(['calendar', '--stay', '2025-10-01..2026-01-10', '--stay', '2026-05-01..', '--on', '2026-06-15', '--lang', 'en']);
    expect(english.stdout).toContain('!'); // 102 days in Oct–Jan: over the limit from the 91st
    expect(english.stdout).toMatch(/X {2}latest exit, /);
  });
});

describe('schengen ics', () => {
  it('writes a valid iCalendar file with each date and its alarms', async () => {
    const result = await runInProcess([
      'ics',
      '--visa',
      'C MULT 2026-01-10..2027-01-09 90',
      '--stay',
      '2026-11-01..',
      '--arrival',
      '2026-11-20',
      '--entry',
      '2026-11-01',
      '--on',
      '2026-11-22',
    ]);
    expect(result.exitCode).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        summary: event.summary,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
      };
    });
    expect(events).toEqual([
      // arrival Fri 20.11: Mon 23, Tue 24, Wed 25
      { summary: 'Belgium: report to the municipality (annex 3)', start: '2026-11-25', allDay: true, alarms: ['-PT15H', 'PT9H'] },
      // entered 01.11: 90 days would reach 29.01.2027, the visa's UNTIL 09.01.2027 comes first
      { summary: 'Schengen: latest exit', start: '2027-01-09', allDay: true, alarms: ['-P6DT15H', '-PT15H'] },
      { summary: 'Visa C expires (UNTIL)', start: '2027-01-09', allDay: true, alarms: ['-P13DT15H', '-PT15H'] },
      // leaving on 22.11: 91 days later
      { summary: 'Schengen: a full 90-day stay possible again', start: '2027-02-21', allDay: true, alarms: ['PT9H'] },
    ]);
  });

  it('speaks the reader’s language', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--on', '2026-11-22', '--lang', 'nl']);
    expect(result.stdout).toContain('SUMMARY:Schengen: uiterste datum van vertrek');
  });
});
