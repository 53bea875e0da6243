import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    summary: new ICAL.Event(vevent).summary,
    start: new ICAL.Event(vevent).startDate.toString(),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
  }));
}

describe('schengen ics: RFC 5545 line ends, "leave now", --remind', () => {
  it('every line ends with CRLF, the last one too; no bare LF', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--on', '2026-11-22']);
    expect(result.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('inside and over the limit: a "leave now" event today, alarm on the day, no latest exit', async () => {
    // 01.06 to 15.09 = 107 days: 17 over
    const result = await runInProcess(['ics', '--stay', '2026-06-01..', '--on', '2026-09-15']);
    expect(result.exitCode).toBe(0);
    const found = events(result.stdout);
    expect(found[0]).toEqual({ uid: 'stayEnd.own@schengen', summary: 'Schengen: over the limit, leave now', start: '2026-09-15', alarms: ['PT9H'] });
    expect(result.stdout).toContain('by 17 days');
    expect(found.map((event) => event.summary)).not.toContain('Schengen: latest exit');
  });

  it('inside after the visa UNTIL: "leave now" says the authorised stay has ended', async () => {
    const result = await runInProcess(['ics', '--visa', 'C 1 2026-09-01..2026-09-10 10', '--stay', '2026-09-01..', '--on', '2026-09-15', '--lang', 'de']);
    expect(result.stdout).toContain('SUMMARY:Schengen: Grenze überschritten\\, jetzt ausreisen');
    expect(result.stdout).toContain('Ihr erlaubter Aufenthalt ist beendet');
  });

  it('--remind 14,7,3 sets the alarms of every date', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--on', '2026-11-22', '--remind', '3,14,7']);
    const found = events(result.stdout);
    expect(found.length).toBeGreaterThan(1);
    for (const event of found) expect(event.alarms).toEqual(['-P13DT15H', '-P6DT15H', '-P2DT15H']);
  });

  it('a bad --remind is a usage error, in the reader’s language', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--on', '2026-11-22', '--remind', '7,soon', '--lang', 'nl']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--remind "7,soon" is geen lijst van dagen');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
