import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Day } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import type { Reminder } from '../core/reminders.js';
import type { ApplicationReminder } from '../core/visa-application.js';
import type { Messages } from '../messages/en/table.js';
import { formatDay } from './format-date.js';
import type { Language } from '../messages/catalogue.js';
import type { Zone } from '../core/regimes.js';

const asDate = (day: Day) => DateTime.fromMillis(day * 86_400_000, { zone: 'utc' });

/** An iCalendar file (RFC 5545) with one all-day event per reminder, each with its alarms. */
/** `zone`: where the rules in force count the days; the events and the calendar's name say it. */
export function renderIcs(reminders: readonly (Reminder | ApplicationReminder)[], today: Day, messages: Messages, language: Language, zone: Zone): string {
  const m = messages.ics;
  const calendar = ical({ name: m.calendarName(zone), prodId: { company: 'schengen', product: 'schengen', language: language.toUpperCase() } });
  for (const reminder of reminders) {
    let summary: string;
    let description: string;
    switch (reminder.kind) {
      case 'latestExit':
        summary = m.latestExit(zone);
        description = m.latestExitDetail(messages.limitNames[reminder.bindingLimit]);
        break;
      case 'declarationDeadline':
        summary = m.declarationDeadline;
        description = m.declarationDetail(formatDay(reminder.arrival, language));
        break;
      case 'visaUntil':
        summary = m.visaUntil(reminder.visaType);
        description = m.visaUntilDetail;
        break;
      case 'fullStayPossible':
        summary = m.fullStay(zone, reminder.maxDays);
        description = m.fullStayDetail(reminder.maxDays);
        break;
      case 'lodgingOpens':
        summary = messages.apply.ics.lodgingOpens;
        description = messages.apply.ics.lodgingOpensDetail(formatDay(reminder.travel, language), reminder.monthsBefore);
        break;
      case 'lastLodgingDay':
        summary = messages.apply.ics.lastLodgingDay;
        description = messages.apply.ics.lastLodgingDayDetail(formatDay(reminder.travel, language));
        break;
      case 'decisionDue':
        summary = messages.apply.ics.decisionDue;
        description = messages.apply.ics.decisionDueDetail(formatDay(reminder.lodged ?? reminder.day, language));
        break;
      case 'leaveNow':
        summary = messages.icsLeaveNow.summary(zone);
        description = messages.icsLeaveNow.detail(reminder.overstayDays);
        break;
    }
    const event = calendar.createEvent({
      // Stable ids: importing the file again updates the events instead of duplicating them.
      id: `${reminder.kind}-${isoDate(reminder.day)}@schengen`,
      start: asDate(reminder.day),
      allDay: true,
      summary,
      description,
      stamp: asDate(today),
    });
    for (const daysBefore of reminder.alarmDaysBefore) {
      // Relative to the start of the all-day event (its midnight): at 09:00, `daysBefore` days earlier.
      // (ical-generator ignores relatesTo in the constructor options, so it is set afterwards.)
      event
        .createAlarm({ type: ICalAlarmType.display, trigger: daysBefore * 86_400 - 9 * 3600, description: m.reminder(summary, daysBefore) })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too (ical-generator leaves it off).
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
