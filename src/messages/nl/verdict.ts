import type { VerdictCatalogue, VerdictParams, VerdictWords } from '../verdict-catalogue.js';

const d = (p: VerdictParams, key: string, w: VerdictWords) => w.date(String(p[key]));
const dagen = (n: string | number | undefined) => (n === 1 ? '1 dag' : `${n} dagen`);
const werkdagen = (n: string | number | undefined) => (n === 1 ? '1 werkdag' : `${n} werkdagen`);

/** Het oordeel, de eerste regel van elk antwoord, in het Nederlands. */
export const verdictNl: VerdictCatalogue = {
  zoneIn: { schengen: 'in het Schengengebied', RU: 'in Rusland', BY: 'in Belarus', TR: 'in Turkije' },
  sentences: {
    statusUnauthorisedNow: (p, w) => `Niet in orde: u verblijft ${w.zone(String(p['zone']))} zonder toestemming sinds ${d(p, 'first', w)} (${w.limit(String(p['limit']))}); vertrek nu.`,
    statusUnauthorisedPast: (p, w) =>
      `Niet in orde: ${dagen(p['days'])} zonder toestemming ${w.zone(String(p['zone']))}, de eerste op ${d(p, 'first', w)} (${w.limit(String(p['limit']))})` +
      (p['latestExit'] === '' ? '.' : `; het lopende verblijf is toegestaan tot ${d(p, 'latestExit', w)}.`),
    statusInside: (p, w) => `In orde: uw verblijf ${w.zone(String(p['zone']))} is toegestaan; vertrek uiterlijk op ${d(p, 'latestExit', w)} (${dagen(p['days'])}, vandaag meegeteld).`,
    statusOutside: (p, w) => `In orde: geen dag zonder toestemming; op ${d(p, 'on', w)} blijven ${p['daysRemaining']} van de ${p['maxDays']} dagen over.`,
    statusNoRule: (p, w) => `In orde: geen dag zonder toestemming; op ${d(p, 'on', w)} geldt ${w.zone(String(p['zone']))} geen telregel.`,
    planTripComplies: (p, w) => `In orde: de reis ${d(p, 'entry', w)} – ${d(p, 'exit', w)} (${dagen(p['days'])}) blijft binnen elke grens.`,
    planTripBreaks: (p, w) => `Niet in orde: de reis ${d(p, 'entry', w)} – ${d(p, 'exit', w)} overschrijdt ${w.limit(String(p['limit']))} vanaf ${d(p, 'first', w)}.`,
    planTripBreaksBooked: (p, w) =>
      `Niet in orde: door de reis ${d(p, 'entry', w)} – ${d(p, 'exit', w)} overschrijdt het geboekte verblijf ${d(p, 'bookedEntry', w)} – ${d(p, 'bookedExit', w)} ${w.limit(String(p['limit']))} vanaf ${d(p, 'first', w)}.`,
    planEntryAllowed: (p, w) => `In orde: binnenkomst op ${d(p, 'entry', w)} is toegestaan voor ten hoogste ${dagen(p['days'])}; vertrek uiterlijk op ${d(p, 'latestExit', w)}.`,
    planEntryBreaksBooked: (p, w) =>
      `Niet in orde: binnenkomst op ${d(p, 'entry', w)} kan niet: zelfs één dag maakt het geboekte verblijf ${d(p, 'bookedEntry', w)} – ${d(p, 'bookedExit', w)} ontoelaatbaar.`,
    planEntryRefused: (p, w) => `Niet in orde: binnenkomst op ${d(p, 'entry', w)} is niet toegestaan (${w.limit(String(p['limit']))}).`,
    nextFound: (p, w) => `In orde: een reis van ${dagen(p['days'])} kan ten vroegste op ${d(p, 'entry', w)} beginnen (laatste dag ${d(p, 'exit', w)}).`,
    nextNone: (p, w) => `Niet in orde: vanaf ${d(p, 'from', w)} is geen reis van ${dagen(p['days'])} mogelijk (${w.limit(String(p['limit']))}).`,
    annex3Issue: (p, w) => `In orde: aanmelden bij de gemeente uiterlijk op ${d(p, 'deadline', w)}; het toegestane verblijf eindigt op ${d(p, 'end', w)}.`,
    annex3Late: (p, w) => `Niet in orde: de aangifte is ${werkdagen(p['workingDaysLate'])} te laat (termijn ${d(p, 'deadline', w)}); het toegestane verblijf eindigt op ${d(p, 'end', w)}.`,
    annex3Refuse: (p, w) => `Niet in orde: geen toegestaan verblijf vanaf de binnenkomst op ${d(p, 'entry', w)} (${w.limit(String(p['limit']))}): geef de aankomstverklaring niet af.`,
    applyNotYetOpen: (p, w) => `In orde: dien de aanvraag in van ${d(p, 'earliest', w)} tot ${d(p, 'latest', w)} voor een reis op ${d(p, 'travel', w)}; indienen kan nog niet.`,
    applyOpen: (p, w) => `In orde: de aanvraag kan nu worden ingediend, tot ${d(p, 'latest', w)}, voor een reis op ${d(p, 'travel', w)}.`,
    applyPastLastDay: (p, w) => `Niet in orde: de laatste dag om in te dienen voor een reis op ${d(p, 'travel', w)} was ${d(p, 'latest', w)}; alleen een dringend geval kan nog worden aanvaard.`,
    applyDecisionDue: (p, w) => `In orde: de beslissing moet vallen uiterlijk op ${d(p, 'due', w)}, voor een reis op ${d(p, 'travel', w)}.`,
    visaRead: (p, w) => `In orde: alle controlecijfers kloppen; het visum is geldig tot ${d(p, 'validUntil', w)}.`,
    rulesListed: (p) => `In orde: ${p['presets']} reeksen verblijfsregels.`,
    calendarClear: (p, w) => `In orde: geen dag zonder toestemming ${w.zone(String(p['zone']))} van ${d(p, 'from', w)} tot ${d(p, 'to', w)}.`,
    calendarUnauthorised: (p, w) =>
      `Niet in orde: ${dagen(p['days'])} zonder toestemming ${w.zone(String(p['zone']))} van ${d(p, 'from', w)} tot ${d(p, 'to', w)}, de eerste op ${d(p, 'first', w)}.`,
    checkAllComply: (p, w) =>
      `In orde: elke reis ${w.zone(String(p['zone']))} blijft binnen elke grens (${p['trips'] === 1 ? '1 reis' : `${p['trips']} reizen`}, waarvan ${p['booked']} vooruit geboekt).`,
    checkNoTrips: (p, w) => `In orde: er is geen reis ${w.zone(String(p['zone']))} geregistreerd: er valt niets na te gaan.`,
    checkTripBreaks: (p, w) =>
      p['state'] === 'underWay'
        ? `Niet in orde: de lopende reis ${w.zone(String(p['zone']))} (${d(p, 'entry', w)} – ${d(p, 'exit', w)}) overschrijdt ${w.limit(String(p['limit']))} vanaf ${d(p, 'first', w)}.`
        : `Niet in orde: de geboekte reis ${d(p, 'entry', w)} – ${d(p, 'exit', w)} overschrijdt ${w.limit(String(p['limit']))} vanaf ${d(p, 'first', w)}; maak ze korter of verplaats ze.`,
    checkPastBreaks: (p, w) =>
      `Niet in orde: ${dagen(p['days'])} zonder toestemming ${w.zone(String(p['zone']))} in voorbije reizen, de eerste op ${d(p, 'first', w)} (${w.limit(String(p['limit']))}); elke komende reis blijft binnen de grenzen.`,
  },
};
