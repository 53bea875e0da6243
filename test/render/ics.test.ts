import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { travellerKey } from '../../src/cli/commands/ics.js';
import { dayFromCivil } from '../../src/core/day.js';
import { computeReminders } from '../../src/core/reminders.js';
import { english } from '../../src/messages/en/index.js';
import { assembleHistory } from '../../src/parse/assemble-history.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';
import { renderIcs } from '../../src/render/ics.js';

/** The calendar file as a calendar reads it: each event's UID, day and alarms (days before, from their triggers). */
function events(stamps: string, on: [number, number, number], traveller = 'own') {
  const today = dayFromCivil(...on);
  const history = assembleHistory(parseStampFile(stamps, 'stamps.txt'), today);
  const ics = renderIcs(computeReminders(history, today, null), today, english.table, 'en', 'schengen', traveller);
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    start: new ICAL.Event(vevent).startDate.toString(),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
  }));
}

describe('ICS: one UID per deadline kind and traveller, no alarm in the past', () => {
  it('importing again after the latest exit moved updates the event: the same UID, a higher sequence', () => {
    // Inside from 1 Nov: latest exit 29 Jan 2027 (90 days). Then a trip of 10 days in October is found:
    // 80 left on 1 Nov, the latest exit moves to 19 Jan.
    const first = events('entry 2026-11-01', [2026, 11, 22]).find((event) => event.uid.startsWith('stayEnd'))!;
    const again = events('trip 2026-10-01..2026-10-10\nentry 2026-11-01', [2026, 11, 23]).find((event) => event.uid.startsWith('stayEnd'))!;
    expect(first).toMatchObject({ uid: 'stayEnd.own@schengen', start: '2027-01-29' });
    expect(again).toMatchObject({ uid: 'stayEnd.own@schengen', start: '2027-01-19' });
    expect(again.sequence).toBeGreaterThan(first.sequence);
  });

  it('"leave now" replaces the latest exit: the same event', () => {
    // 1 Jun – 15 Sep: 107 days, over the limit.
    const [leave] = events('entry 2026-06-01', [2026, 9, 15]);
    expect(leave).toMatchObject({ uid: 'stayEnd.own@schengen', start: '2026-09-15', alarms: ['PT9H'] });
  });

  it('an alarm whose day has passed is left out', () => {
    // Latest exit 29 Jan 2027, alarms 7 days and 1 day before (22 and 28 Jan). On 25 Jan only the second is ahead.
    const stayEnd = events('entry 2026-11-01', [2027, 1, 25]).find((event) => event.uid.startsWith('stayEnd'))!;
    expect(stayEnd).toMatchObject({ start: '2027-01-29', alarms: ['-PT15H'] });
  });

  it('each sticker its own UNTIL event; each traveller their own UIDs', () => {
    const stamps = 'visa C MULT 2026-01-10..2027-01-09 90\nvisa C 1 2027-02-01..2027-03-31 30\nentry 2026-11-01';
    const anna = travellerKey(undefined, 'Anna');
    expect(anna).toMatch(/^anna-[0-9a-f]{8}$/);
    const uids = events(stamps, [2026, 11, 22], anna).map((event) => event.uid);
    expect(uids).toContain(`visaUntil-2026-01-10.${anna}@schengen`);
    expect(uids).toContain(`visaUntil-2027-02-01.${anna}@schengen`);
    expect(travellerKey(undefined, 'Anna')).not.toBe(travellerKey(undefined, 'anna'));
    expect(travellerKey('/tmp/a/stamps.txt', undefined)).not.toBe(travellerKey('/tmp/b/stamps.txt', undefined));
    expect(travellerKey(undefined, undefined)).toBe('own');
  });
});
