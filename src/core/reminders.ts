import type { Annex3Report } from './annex3.js';
import type { Day } from './day.js';
import type { Itinerary, StopReason } from './authorisation.js';
import { computeStatus } from './reports.js';

/** A date worth a calendar entry, with how many days ahead to be reminded. */
export type Reminder =
  | { readonly kind: 'latestExit'; readonly day: Day; readonly alarmDaysBefore: readonly number[]; readonly bindingLimit: StopReason }
  | { readonly kind: 'declarationDeadline'; readonly day: Day; readonly alarmDaysBefore: readonly number[]; readonly arrival: Day }
  | { readonly kind: 'visaUntil'; readonly day: Day; readonly alarmDaysBefore: readonly number[]; readonly visaType: string; readonly visaFrom: Day }
  | { readonly kind: 'fullStayPossible'; readonly day: Day; readonly alarmDaysBefore: readonly number[]; readonly maxDays: number }
  | { readonly kind: 'leaveNow'; readonly day: Day; readonly alarmDaysBefore: readonly number[]; readonly overstayDays: number };

/**
 * The dates a traveller should not miss, from today on: "leave now" when inside and already over the
 * limit (or no longer authorised), the latest exit of a stay under way, the annex-3 deadline (when an
 * arrival is known), the UNTIL of every short-stay sticker still valid, and the first day a full stay
 * is possible again. Sorted by day. `alarmDaysBefore` (e.g. `--remind 14,7,3`) replaces each event's
 * own alarms, except "leave now", which rings on the day.
 */
export function computeReminders(input: Itinerary, today: Day, annex3: Annex3Report | null, alarmDaysBefore?: readonly number[]): Reminder[] {
  const status = computeStatus(input, today);
  const reminders: Reminder[] = [];
  const alarms = (own: readonly number[]) => alarmDaysBefore ?? own;
  const current = status.currentStay;
  if (current !== null && (!current.allowed || current.latestExit === null || current.latestExit < today || status.overstayDays > 0)) {
    reminders.push({ kind: 'leaveNow', day: today, alarmDaysBefore: [0], overstayDays: status.overstayDays });
  } else if (current !== null && current.latestExit !== null && current.bindingLimit !== null) {
    reminders.push({ kind: 'latestExit', day: current.latestExit, alarmDaysBefore: alarms([7, 1]), bindingLimit: current.bindingLimit });
  }
  if (annex3 !== null && annex3.declarationDeadline >= today) {
    reminders.push({ kind: 'declarationDeadline', day: annex3.declarationDeadline, alarmDaysBefore: alarms([1, 0]), arrival: annex3.arrival });
  }
  for (const visa of input.visas) {
    if (visa.type !== 'D' && visa.validUntil >= today) reminders.push({ kind: 'visaUntil', day: visa.validUntil, alarmDaysBefore: alarms([14, 1]), visaType: visa.type, visaFrom: visa.validFrom });
  }
  if (status.fullStayPossibleFrom !== null && status.fullStayDays !== null && status.fullStayPossibleFrom > today) {
    reminders.push({ kind: 'fullStayPossible', day: status.fullStayPossibleFrom, alarmDaysBefore: alarms([0]), maxDays: status.fullStayDays });
  }
  return reminders.sort((a, b) => a.day - b.day);
}
