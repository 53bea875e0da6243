import type { VerdictCatalogue } from '../verdict-catalogue.js';

/** The verdict, the first line of every answer, in English (also the `verdict.text` of JSON answers). */
export const verdictEn: VerdictCatalogue = {
  zoneIn: { schengen: 'in the Schengen area', RU: 'in Russia', BY: 'in Belarus', TR: 'in Türkiye' },
  sentences: {
  statusUnauthorisedNow: (p, w) => `Not OK: you are staying ${w.zone(String(p['zone']))} without authorisation since ${w.date(String(p['first']))} (${w.limit(String(p['limit']))}); leave now.`,
  statusUnauthorisedPast: (p, w) =>
    `Not OK: ${p['days']} unauthorised day${p['days'] === 1 ? '' : 's'} ${w.zone(String(p['zone']))}, the first on ${w.date(String(p['first']))} (${w.limit(String(p['limit']))})` +
    (p['latestExit'] === '' ? '.' : `; the stay under way is authorised until ${w.date(String(p['latestExit']))}.`),
  statusInside: (p, w) => `OK: your stay ${w.zone(String(p['zone']))} is authorised; leave by ${w.date(String(p['latestExit']))} at the latest (${p['days']} day${p['days'] === 1 ? '' : 's'} including today).`,
  statusOutside: (p, w) => `OK: no unauthorised day; ${p['daysRemaining']} of ${p['maxDays']} days left on ${w.date(String(p['on']))}.`,
  statusNoRule: (p, w) => `OK: no unauthorised day; no counting rule is in force ${w.zone(String(p['zone']))} on ${w.date(String(p['on']))}.`,
  planTripComplies: (p, w) => `OK: the trip ${w.date(String(p['entry']))} – ${w.date(String(p['exit']))} (${p['days']} day${p['days'] === 1 ? '' : 's'}) complies with every limit.`,
  planTripBreaks: (p, w) => `Not OK: the trip ${w.date(String(p['entry']))} – ${w.date(String(p['exit']))} breaks ${w.limit(String(p['limit']))} from ${w.date(String(p['first']))}.`,
  planTripBreaksBooked: (p, w) =>
    `Not OK: the trip ${w.date(String(p['entry']))} – ${w.date(String(p['exit']))} makes the booked stay ${w.date(String(p['bookedEntry']))} – ${w.date(String(p['bookedExit']))} break ${w.limit(String(p['limit']))} from ${w.date(String(p['first']))}.`,
  planEntryAllowed: (p, w) => `OK: entry on ${w.date(String(p['entry']))} is allowed for up to ${p['days']} day${p['days'] === 1 ? '' : 's'}; leave by ${w.date(String(p['latestExit']))}.`,
  planEntryBreaksBooked: (p, w) =>
    `Not OK: entry on ${w.date(String(p['entry']))} is not possible: even one day would make the booked stay ${w.date(String(p['bookedEntry']))} – ${w.date(String(p['bookedExit']))} unauthorised.`,
  planEntryRefused: (p, w) => `Not OK: entry on ${w.date(String(p['entry']))} is not allowed (${w.limit(String(p['limit']))}).`,
  nextFound: (p, w) => `OK: a trip of ${p['days']} day${p['days'] === 1 ? '' : 's'} can start on ${w.date(String(p['entry']))} at the earliest (last day ${w.date(String(p['exit']))}).`,
  nextNone: (p, w) => `Not OK: no day from ${w.date(String(p['from']))} allows a trip of ${p['days']} day${p['days'] === 1 ? '' : 's'} (${w.limit(String(p['limit']))}).`,
  annex3Issue: (p, w) => `OK: report to the municipality by ${w.date(String(p['deadline']))}; the authorised stay ends on ${w.date(String(p['end']))}.`,
  annex3Late: (p, w) =>
    `Not OK: the declaration is late by ${p['workingDaysLate']} working day${p['workingDaysLate'] === 1 ? '' : 's'} (deadline ${w.date(String(p['deadline']))}); the authorised stay ends on ${w.date(String(p['end']))}.`,
  annex3Refuse: (p, w) => `Not OK: no authorised stay from the entry on ${w.date(String(p['entry']))} (${w.limit(String(p['limit']))}): do not issue the declaration.`,
  applyNotYetOpen: (p, w) => `OK: lodge the application from ${w.date(String(p['earliest']))} to ${w.date(String(p['latest']))} for travel on ${w.date(String(p['travel']))}; it cannot be lodged yet.`,
  applyOpen: (p, w) => `OK: the application can be lodged now, until ${w.date(String(p['latest']))}, for travel on ${w.date(String(p['travel']))}.`,
  applyPastLastDay: (p, w) => `Not OK: the last day to lodge for travel on ${w.date(String(p['travel']))} was ${w.date(String(p['latest']))}; only an urgent case may still be accepted.`,
  applyDecisionDue: (p, w) => `OK: the decision is due by ${w.date(String(p['due']))}, for travel on ${w.date(String(p['travel']))}.`,
  visaRead: (p, w) => `OK: every check digit is right; the visa is valid until ${w.date(String(p['validUntil']))}.`,
  rulesListed: (p) => `OK: ${p['presets']} sets of stay rules.`,
  calendarClear: (p, w) => `OK: no unauthorised day ${w.zone(String(p['zone']))} from ${w.date(String(p['from']))} to ${w.date(String(p['to']))}.`,
  calendarUnauthorised: (p, w) =>
    `Not OK: ${p['days']} unauthorised day${p['days'] === 1 ? '' : 's'} ${w.zone(String(p['zone']))} from ${w.date(String(p['from']))} to ${w.date(String(p['to']))}, the first on ${w.date(String(p['first']))}.`,
  checkAllComply: (p, w) =>
    `OK: every trip ${w.zone(String(p['zone']))} complies with every limit (${p['trips']} trip${p['trips'] === 1 ? '' : 's'}, ${p['booked']} booked ahead).`,
  checkNoTrips: (p, w) => `OK: no trip ${w.zone(String(p['zone']))} is recorded: nothing to check.`,
  checkTripBreaks: (p, w) =>
    p['state'] === 'underWay'
      ? `Not OK: the trip under way ${w.zone(String(p['zone']))} (${w.date(String(p['entry']))} – ${w.date(String(p['exit']))}) breaks ${w.limit(String(p['limit']))} from ${w.date(String(p['first']))}.`
      : `Not OK: the booked trip ${w.date(String(p['entry']))} – ${w.date(String(p['exit']))} breaks ${w.limit(String(p['limit']))} from ${w.date(String(p['first']))}; shorten or move it.`,
  checkPastBreaks: (p, w) =>
    `Not OK: ${p['days']} unauthorised day${p['days'] === 1 ? '' : 's'} ${w.zone(String(p['zone']))} in past trips, the first on ${w.date(String(p['first']))} (${w.limit(String(p['limit']))}); every trip ahead complies.`,
  },
};
