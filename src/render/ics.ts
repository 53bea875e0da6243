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

/**
 * The event's UID: one per deadline kind and traveller, whatever its date, so that importing the
 * file again updates the event when the date moves instead of leaving the old one beside it. The end
 * of the authorised stay is one event whether it reads "latest exit" or "leave now"; a sticker's
 * UNTIL is told apart by the sticker (its FROM), a visa application by its trip.
 */
export function eventUid(reminder: Reminder | ApplicationReminder, traveller: string): string {
  switch (reminder.kind) {
    case 'latestExit':
    case 'leaveNow':
      return `stayEnd.${traveller}@schengen`;
    case 'visaUntil':
      return `visaUntil-${isoDate(reminder.visaFrom)}.${traveller}@schengen`;
    case 'lodgingOpens':
    case 'lastLodgingDay':
    case 'decisionDue':
      return `${reminder.kind}-${isoDate(reminder.travel)}.${traveller}@schengen`;
    default:
      return `${reminder.kind}.${traveller}@schengen`;
  }
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per reminder, each with its alarms; an alarm
 * whose day has passed is left out. `zone`: where the rules in force count the days; the events and
 * the calendar's name say it. `traveller`: whose deadlines these are (part of each UID).
 */
export function renderIcs(reminders: readonly (Reminder | ApplicationReminder)[], today: Day, messages: Messages, language: Language, zone: Zone, traveller = 'own'): string {
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
      // Stable ids: importing the file again updates the events instead of duplicating them; the
      // sequence (the day it was written) grows with each new version of an event.
      id: eventUid(reminder, traveller),
      sequence: today,
      start: asDate(reminder.day),
      allDay: true,
      summary,
      description,
      stamp: asDate(today),
    });
    for (const daysBefore of reminder.alarmDaysBefore) {
      // No alarm in the past: it would ring at once, or never.
      if (reminder.day - daysBefore < today) continue;
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
