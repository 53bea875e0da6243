import type { ItineraryErrorCatalogue, ItineraryMessages } from '../en/itinerary.js';

const tage = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);

export const itineraryDe: ItineraryMessages = {
  check: {
    title: (date) => `Jede Reise, beurteilt am ${date}`,
    trip: (index, entry, exit) => `${index}. ${entry} – ${exit}`,
    states: { past: 'vergangen', underWay: 'laufend', booked: 'gebucht' },
    exitAssumed: 'noch keine Ausreise erfasst: bis einschließlich zum Bezugstag gezählt',
    days: (n, counted) => (n === counted ? tage(n) : `${tage(n)}, davon ${counted} gezählt`),
    complies: 'hält jede Grenze ein',
    breaks: (first, limit, n) => `ohne Erlaubnis ab dem ${first} (${limit}), ${tage(n)}`,
    peak: (used, maxDays, day) => `höchstens ${used} von ${maxDays} Tagen genutzt (${day})`,
    room: (extra, latestExit, stop) => (extra === 0 ? `kein Tag länger: ${stop} begrenzt sie dort` : `könnte ${extra === 1 ? '1 Tag' : `${extra} Tage`} länger dauern, bis zum ${latestExit} (dann: ${stop})`),
    noRoom: (stop) => `kein Tag länger (${stop})`,
    gapsTitle: 'Platz zwischen den Reisen',
    gap: (from, to) => `${from} – ${to}`,
    gapAfterLast: (from) => `ab dem ${from}`,
    longest: (n, entry, exit) => `längste Reise, die passt: ${tage(n)}, ${entry} – ${exit}`,
    noTripFits: 'keine Reise passt',
    fullTrip: (n, entry) => `eine volle Reise von ${n} Tagen ab dem ${entry}`,
    noFullTrip: 'keine volle Reise: kein Visum erlaubt eine',
    noCap: 'keine Regel begrenzt die Länge einer Reise',
    noTrips: 'keine Reise erfasst',
  },
  timeline: {
    title: (from, to) => `Übrige Tage an jedem Tag, ${from} – ${to}`,
    weekdays: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
    month: (month, year) => `${['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][month - 1]} ${year}`,
    legend: (maxDays) => [
      `Jeder Tag: sein Datum, dann die übrigen Tage von ${maxDays} an diesem Tag.`,
      '  ■ anwesend (erfasst)   ◆ anwesend (gebuchte Reise)   □ anwesend, zählt nicht',
      '  ! ohne Erlaubnis   leer: außerhalb',
    ],
  },
  ees: {
    title: (date) => `Die Zählung des EES und unsere, am ${date}`,
    eesDaysLeft: 'Übrige Tage laut EES-Dienst',
    ourDaysLeft: 'Übrige Tage laut Ihrem Reiselog',
    window: 'Zeitraum (180 Tage)',
    difference: 'Unterschied',
    differenceValue: (d) =>
      d === 0
        ? 'keiner: die Zählungen stimmen überein'
        : d > 0
          ? `das EES lässt ${tage(d)} weniger: es zählt womöglich Tage, die Ihr Reiselog nicht hat`
          : `das EES lässt ${tage(-d)} mehr: ihm fehlen womöglich Tage, die Ihr Reiselog zählt`,
    candidatesTitle: 'Tage, die es erklären können (Möglichkeiten, keine Feststellung über den EES-Datensatz)',
    none: 'keine im Reiselog gefunden',
    candidate: {
      beforeEes: () => 'hier gezählt, bevor das EES voll in Betrieb war (10. April 2026; an manchen Grenzübergängen ab 12. Oktober 2025): das EES hat sie womöglich nicht',
      referenceDay: () => 'der Bezugstag selbst, hier als Tag des Aufenthalts gezählt; wer die übrigen Tage ab dem nächsten Tag zählt, erhält einen mehr',
      notInLog: () => 'kein Aufenthalt in Ihrem Reiselog: das EES hat womöglich eine Reise, die im Reiselog fehlt',
      notCounted: (country) => `in Ihrem Reiselog, in ${country === '' ? 'einem Staat' : country}, dessen Tage nicht zählen: ist der Staat im Reiselog falsch, zählt das EES sie`,
      permit: () => 'unter einem Aufenthaltstitel oder Visum für den längerfristigen Aufenthalt, hier nicht gezählt: das EES zählt sie, wenn der Titel an der Grenze nicht vorgezeigt wurde',
      sameDayReentry: () => 'Ausreise und Wiedereinreise am selben Tag, hier einmal gezählt: zwei Aufenthalte zählen den Tag womöglich je einmal',
      visa: () => 'das an diesem Tag gültige Visum: der EES-Rechner begrenzt die übrigen Tage durch seine Einreisen und seine Aufenthaltsdauer (EES Art. 11 Abs. 3); diese Zählung ist nur die 90/180-Regel',
    },
    candidateDays: (n) => tage(n),
    nextSteps: 'Was nun',
    steps: (agree) =>
      agree
        ? ['Führen Sie Ihr Reiselog weiter: es ist Ihre einzige Kopie Ihrer Ein- und Ausreisen (Pässe werden nicht mehr gestempelt).']
        : [
            '1. Vergleichen Sie Ihr Reiselog mit Tickets, Bordkarten und Buchungen (schengen log list); berichtigen Sie es mit schengen log edit oder log trip.',
            '2. Stimmt das Reiselog, bitten Sie die Grenzbehörde des Staates Ihrer letzten Ein- oder Ausreise, die EES-Zählung zu erklären.',
            '3. Sie haben das Recht, die Daten einzusehen, die das EES über Sie speichert, und sie berichtigen oder vervollständigen zu lassen: wenden Sie sich an einen Schengen-Staat (EES-Verordnung (EU) 2017/2226, Art. 52). Diese Aufstellung hilft dabei: schengen statement --html.',
          ],
  },
  statement: {
    title: 'Aufstellung der Aufenthalte im Schengen-Raum',
    subtitle: (from, to, on) => `Aufenthalte vom ${from} bis zum ${to}, wie der Reisende sie erfasst hat; berechnet am ${on}`,
    stay: (index, entry, exit) => `Aufenthalt ${index}: ${entry} – ${exit}`,
    stayFacts: (n, counted, country) => `${tage(n)}${counted === n ? '' : `, davon ${counted} gezählt`}; ${country}`,
    booked: 'gebucht, noch nicht gereist',
    noCountry: 'Staat nicht erfasst',
    compliant: 'jeder Tag erlaubt',
    breaks: (first, limit) => `ohne Erlaubnis ab dem ${first} (${limit})`,
    dayCounts: 'Genutzte Tage in den 180 Tagen, die an jedem Tag des Aufenthalts enden',
    notCounted: 'zählt nicht',
    unauthorised: 'ohne Erlaubnis',
    rule: 'Regel',
    ruleText: (maxDays, windowDays) =>
      `Höchstens ${maxDays} Tage in jedem Zeitraum von ${windowDays} Tagen; der Zeitraum sind die ${windowDays} Tage, die am betrachteten Tag enden; Einreise- und Ausreisetag zählen; ein Tag zählt einmal.`,
    source: 'Quelle',
    countingNote: 'Tage unter einem Aufenthaltstitel oder Visum für den längerfristigen Aufenthalt und Tage in einem Staat, der die Schengen-Regeln damals nicht voll anwandte, zählen nicht.',
    noStays: 'Kein Aufenthalt in diesem Zeitraum.',
    htmlComputed: (date) => `Von schengen am ${date} aus dem eigenen Reiselog des Reisenden berechnet.`,
    htmlDisclaimer: 'Diese Aufstellung ist die eigene Aufzeichnung des Reisenden, kein amtliches Dokument; die Daten lassen sich mit Tickets, Bordkarten und dem EES-Datensatz prüfen.',
    columns: { day: 'Tag', used: 'Genutzt' },
  },
  log: {
    marks: { booked: 'gebucht', underWay: 'laufend', bookedPast: 'gebucht, Tage vorbei: mit log edit bestätigen' },
    edited: (number, before, after) => `Zeile ${number}: ${before} → ${after}`,
  },
  plan: {
    assumedLeave: 'Laufender Aufenthalt',
    assumedLeaveValue: (date) => `keine Ausreise erfasst: gilt als am ${date} beendet, dem Bezugstag (log exit DATUM erfasst den Tag der Ausreise)`,
  },
};

export const itineraryErrorsDe: ItineraryErrorCatalogue = {
  'stamp.tripForm': (p) => `„${p.keyword}“ braucht die Tage der Reise; erwartet: „${p.keyword} VON..BIS [LAND] [Ort]“${p.keyword === 'trip' ? ' (VON.. für eine laufende Reise)' : ''}`,
  'stamp.bookedOpen': () => 'eine gebuchte Reise braucht ihren letzten Tag; erwartet: „booked VON..BIS [LAND] [Ort]“',
  'ees.notSchengen': (p) => `das EES zählt nur Tage im Schengen-Raum, nicht unter --rules ${p.preset}; erwartet: --ees-days-left ohne andere Regeln`,
  'log.tripForm': (p) => `„${p.text}“ ist keine Reise; erwartet: VON..BIS, oder VON.. für eine laufende Reise (z. B. 2027-02-01..2027-02-14)`,
  'log.overlaps': (p) => `die Reise teilt Tage mit Zeile ${p.number} („${p.text}“); erwartet: eine Reise davor oder danach (Ausreise und Wiedereinreise dürfen auf denselben Tag fallen)`,
  'log.entryAhead': (p) => `eine Einreise am ${p.date} liegt nach dem Bezugstag: das ist eine gebuchte Reise; erwartet: „schengen log trip ${p.date}..LETZTER-TAG“`,
  'log.openAhead': (p) => `eine laufende Reise kann nicht nach dem Bezugstag beginnen (${p.date}); erwartet: auch ihr letzter Tag: „schengen log trip ${p.date}..LETZTER-TAG“`,
  'log.alreadyInside': (p) => `Sie sind seit Zeile ${p.number} („${p.text}“) schon eingereist; erwartet: zuerst deren Ausreise („schengen log exit DATUM“), oder die ganze Reise mit „schengen log trip VON..BIS“`,
  'log.openBefore': (p) =>
    `ohne Ausreise liefe dieser Aufenthalt noch bei Zeile ${p.number} („${p.text}“), die am oder vor dem Bezugstag beginnt; erwartet: die ganze Reise: „schengen log trip VON..BIS“`,
  'log.noStayUnderWay': () => 'kein Aufenthalt läuft, also gibt es keine Ausreise zu erfassen; erwartet: zuerst „schengen log entry DATUM“, oder die ganze Reise mit „schengen log trip VON..BIS“',
  'log.exitBeforeEntry': (p) => `die Ausreise liegt vor der Einreise in Zeile ${p.number} („${p.text}“); erwartet: eine Ausreise an diesem Tag oder danach`,
  'log.notAStay': (p) => `Zeile ${p.number} („${p.text}“) ist kein Aufenthalt; erwartet: die Nummer einer entry-, exit-, trip- oder booked-Zeile aus „schengen log list“`,
};
