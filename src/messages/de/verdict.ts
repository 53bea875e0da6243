import type { VerdictCatalogue, VerdictParams, VerdictWords } from '../verdict-catalogue.js';

const d = (p: VerdictParams, key: string, w: VerdictWords) => w.date(String(p[key]));
const tage = (n: string | number | undefined) => (n === 1 ? '1 Tag' : `${n} Tage`);
const tagen = (n: string | number | undefined) => (n === 1 ? '1 Tag' : `${n} Tagen`);
const arbeitstage = (n: string | number | undefined) => (n === 1 ? '1 Arbeitstag' : `${n} Arbeitstage`);

/** Das Urteil, die erste Zeile jeder Antwort, auf Deutsch. */
export const verdictDe: VerdictCatalogue = {
  zoneIn: { schengen: 'im Schengen-Raum', RU: 'in Russland', BY: 'in Belarus', TR: 'in der Türkei' },
  sentences: {
    statusUnauthorisedNow: (p, w) => `Nicht in Ordnung: Sie halten sich seit dem ${d(p, 'first', w)} ohne Erlaubnis ${w.zone(String(p['zone']))} auf (${w.limit(String(p['limit']))}); reisen Sie sofort aus.`,
    statusUnauthorisedPast: (p, w) =>
      `Nicht in Ordnung: ${tage(p['days'])} ohne Erlaubnis ${w.zone(String(p['zone']))}, der erste am ${d(p, 'first', w)} (${w.limit(String(p['limit']))})` +
      (p['latestExit'] === '' ? '.' : `; der laufende Aufenthalt ist bis zum ${d(p, 'latestExit', w)} erlaubt.`),
    statusInside: (p, w) => `In Ordnung: Ihr Aufenthalt ${w.zone(String(p['zone']))} ist erlaubt; reisen Sie spätestens am ${d(p, 'latestExit', w)} aus (${tage(p['days'])}, heute mitgezählt).`,
    statusOutside: (p, w) => `In Ordnung: kein Tag ohne Erlaubnis; am ${d(p, 'on', w)} bleiben ${p['daysRemaining']} von ${p['maxDays']} Tagen.`,
    statusNoRule: (p, w) => `In Ordnung: kein Tag ohne Erlaubnis; am ${d(p, 'on', w)} gilt ${w.zone(String(p['zone']))} keine Zählregel.`,
    planTripComplies: (p, w) => `In Ordnung: die Reise ${d(p, 'entry', w)} – ${d(p, 'exit', w)} (${tage(p['days'])}) hält jede Grenze ein.`,
    planTripBreaks: (p, w) => `Nicht in Ordnung: die Reise ${d(p, 'entry', w)} – ${d(p, 'exit', w)} überschreitet ab dem ${d(p, 'first', w)} ${w.limit(String(p['limit']))}.`,
    planTripBreaksBooked: (p, w) =>
      `Nicht in Ordnung: durch die Reise ${d(p, 'entry', w)} – ${d(p, 'exit', w)} überschreitet der gebuchte Aufenthalt ${d(p, 'bookedEntry', w)} – ${d(p, 'bookedExit', w)} ab dem ${d(p, 'first', w)} ${w.limit(String(p['limit']))}.`,
    planEntryAllowed: (p, w) => `In Ordnung: die Einreise am ${d(p, 'entry', w)} ist für höchstens ${tage(p['days'])} erlaubt; reisen Sie spätestens am ${d(p, 'latestExit', w)} aus.`,
    planEntryBreaksBooked: (p, w) =>
      `Nicht in Ordnung: eine Einreise am ${d(p, 'entry', w)} ist nicht möglich: schon ein Tag machte den gebuchten Aufenthalt ${d(p, 'bookedEntry', w)} – ${d(p, 'bookedExit', w)} unerlaubt.`,
    planEntryRefused: (p, w) => `Nicht in Ordnung: die Einreise am ${d(p, 'entry', w)} ist nicht erlaubt (${w.limit(String(p['limit']))}).`,
    nextFound: (p, w) => `In Ordnung: eine Reise von ${tagen(p['days'])} kann frühestens am ${d(p, 'entry', w)} beginnen (letzter Tag ${d(p, 'exit', w)}).`,
    nextNone: (p, w) => `Nicht in Ordnung: ab dem ${d(p, 'from', w)} ist keine Reise von ${tagen(p['days'])} möglich (${w.limit(String(p['limit']))}).`,
    annex3Issue: (p, w) => `In Ordnung: Meldung bei der Gemeinde spätestens am ${d(p, 'deadline', w)}; der erlaubte Aufenthalt endet am ${d(p, 'end', w)}.`,
    annex3Late: (p, w) => `Nicht in Ordnung: die Meldung ist ${arbeitstage(p['workingDaysLate'])} zu spät (Frist ${d(p, 'deadline', w)}); der erlaubte Aufenthalt endet am ${d(p, 'end', w)}.`,
    annex3Refuse: (p, w) => `Nicht in Ordnung: kein erlaubter Aufenthalt ab der Einreise am ${d(p, 'entry', w)} (${w.limit(String(p['limit']))}): die Ankunftserklärung nicht ausstellen.`,
    applyNotYetOpen: (p, w) => `In Ordnung: den Antrag vom ${d(p, 'earliest', w)} bis zum ${d(p, 'latest', w)} für eine Reise am ${d(p, 'travel', w)} stellen; noch ist es zu früh.`,
    applyOpen: (p, w) => `In Ordnung: der Antrag kann jetzt gestellt werden, bis zum ${d(p, 'latest', w)}, für eine Reise am ${d(p, 'travel', w)}.`,
    applyPastLastDay: (p, w) => `Nicht in Ordnung: der letzte Tag für einen Antrag zur Reise am ${d(p, 'travel', w)} war der ${d(p, 'latest', w)}; nur ein dringender Fall kann noch angenommen werden.`,
    applyDecisionDue: (p, w) => `In Ordnung: die Entscheidung ist spätestens am ${d(p, 'due', w)} fällig, für eine Reise am ${d(p, 'travel', w)}.`,
    visaRead: (p, w) => `In Ordnung: alle Prüfziffern stimmen; das Visum gilt bis zum ${d(p, 'validUntil', w)}.`,
    rulesListed: (p) => `In Ordnung: ${p['presets']} Sätze von Aufenthaltsregeln.`,
    calendarClear: (p, w) => `In Ordnung: kein Tag ohne Erlaubnis ${w.zone(String(p['zone']))} vom ${d(p, 'from', w)} bis zum ${d(p, 'to', w)}.`,
    calendarUnauthorised: (p, w) =>
      `Nicht in Ordnung: ${tage(p['days'])} ohne Erlaubnis ${w.zone(String(p['zone']))} vom ${d(p, 'from', w)} bis zum ${d(p, 'to', w)}, der erste am ${d(p, 'first', w)}.`,
    checkAllComply: (p, w) =>
      `In Ordnung: jede Reise ${w.zone(String(p['zone']))} hält jede Grenze ein (${p['trips'] === 1 ? '1 Reise' : `${p['trips']} Reisen`}, davon ${p['booked']} im Voraus gebucht).`,
    checkNoTrips: (p, w) => `In Ordnung: keine Reise ${w.zone(String(p['zone']))} ist erfasst: es gibt nichts zu prüfen.`,
    checkTripBreaks: (p, w) =>
      p['state'] === 'underWay'
        ? `Nicht in Ordnung: die laufende Reise ${w.zone(String(p['zone']))} (${d(p, 'entry', w)} – ${d(p, 'exit', w)}) überschreitet ${w.limit(String(p['limit']))} ab dem ${d(p, 'first', w)}.`
        : `Nicht in Ordnung: die gebuchte Reise ${d(p, 'entry', w)} – ${d(p, 'exit', w)} überschreitet ${w.limit(String(p['limit']))} ab dem ${d(p, 'first', w)}; kürzen oder verschieben Sie sie.`,
    checkPastBreaks: (p, w) =>
      `Nicht in Ordnung: ${tage(p['days'])} ohne Erlaubnis ${w.zone(String(p['zone']))} auf vergangenen Reisen, der erste am ${d(p, 'first', w)} (${w.limit(String(p['limit']))}); jede kommende Reise hält die Grenzen ein.`,
  },
};
