import type { ItineraryErrorCatalogue, ItineraryMessages } from '../en/itinerary.js';

const dagen = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

export const itineraryNl: ItineraryMessages = {
  check: {
    title: (date) => `Elke reis, beoordeeld op ${date}`,
    trip: (index, entry, exit) => `${index}. ${entry} – ${exit}`,
    states: { past: 'voorbij', underWay: 'lopend', booked: 'geboekt' },
    exitAssumed: 'nog geen vertrek geregistreerd: geteld tot en met de referentiedag',
    days: (n, counted) => (n === counted ? dagen(n) : `${dagen(n)}, waarvan ${counted} geteld`),
    complies: 'blijft binnen elke grens',
    breaks: (first, limit, n) => `zonder toestemming vanaf ${first} (${limit}), ${dagen(n)}`,
    peak: (used, maxDays, day) => `hoogstens ${used} van ${maxDays} dagen gebruikt (${day})`,
    room: (extra, latestExit, stop) => (extra === 0 ? `geen dag langer: ${stop} houdt ze daar tegen` : `kan ${dagen(extra)} langer duren, tot ${latestExit} (daarna: ${stop})`),
    noRoom: (stop) => `geen dag langer (${stop})`,
    gapsTitle: 'Ruimte tussen de reizen',
    gap: (from, to) => `${from} – ${to}`,
    gapAfterLast: (from) => `vanaf ${from}`,
    longest: (n, entry, exit) => `langste reis die past: ${dagen(n)}, ${entry} – ${exit}`,
    noTripFits: 'er past geen reis',
    fullTrip: (n, entry) => `een volledige reis van ${n} dagen vanaf ${entry}`,
    noFullTrip: 'geen volledige reis: geen visum laat er een toe',
    noCap: 'geen regel beperkt de lengte van een reis',
    noTrips: 'geen reis geregistreerd',
  },
  timeline: {
    title: (from, to) => `Resterende dagen op elke dag, ${from} – ${to}`,
    weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    month: (month, year) => `${['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month - 1]} ${year}`,
    legend: (maxDays) => [
      `Elke dag: de datum, dan de resterende dagen van ${maxDays} op die dag.`,
      '  ■ binnen (geregistreerd)   ◆ binnen (geboekte reis)   □ binnen, telt niet',
      '  ! zonder toestemming   leeg: buiten',
    ],
  },
  ees: {
    title: (date) => `De telling van het EES en de onze, op ${date}`,
    eesDaysLeft: 'Resterende dagen volgens de EES-dienst',
    ourDaysLeft: 'Resterende dagen volgens uw logboek',
    window: 'Periode (180 dagen)',
    difference: 'Verschil',
    differenceValue: (d) =>
      d === 0
        ? 'geen: de tellingen komen overeen'
        : d > 0
          ? `het EES laat ${dagen(d)} minder over: het telt mogelijk dagen die niet in uw logboek staan`
          : `het EES laat ${dagen(-d)} meer over: het mist mogelijk dagen die uw logboek telt`,
    candidatesTitle: 'Dagen die het kunnen verklaren (mogelijkheden, geen vaststelling over het EES-dossier)',
    none: 'geen gevonden in het logboek',
    candidate: {
      beforeEes: () => 'hier geteld, vóór het EES volledig werkte (10 april 2026; aan sommige grensposten vanaf 12 oktober 2025): het EES heeft ze mogelijk niet',
      referenceDay: () => 'de referentiedag zelf, hier geteld als dag van aanwezigheid; wie de resterende dagen vanaf de volgende dag telt, krijgt er één meer',
      notInLog: () => 'geen verblijf in uw logboek: het EES heeft mogelijk een reis die in het logboek ontbreekt',
      notCounted: (country) => `in uw logboek, in ${country === '' ? 'een staat' : country}, waar de dagen niet meetellen: staat de staat verkeerd in het logboek, dan telt het EES ze`,
      permit: () => 'onder een verblijfstitel of visum voor lang verblijf, hier niet geteld: het EES telt ze, tenzij de titel aan de grens werd getoond',
      sameDayReentry: () => 'vertrek en nieuwe binnenkomst op dezelfde dag, hier één keer geteld: twee verblijven tellen die dag mogelijk elk',
      visa: () => 'het visum dat die dag geldt: de EES-rekenmodule beperkt de resterende dagen tot de binnenkomsten en de verblijfsduur ervan (EES art. 11, lid 3); deze telling is enkel de 90/180-regel',
    },
    candidateDays: (n) => dagen(n),
    nextSteps: 'Wat nu',
    steps: (agree) =>
      agree
        ? ['Houd uw logboek bij: het is uw enige kopie van uw binnenkomsten en vertrekken (paspoorten worden niet meer gestempeld).']
        : [
            '1. Vergelijk uw logboek met uw tickets, instapkaarten en boekingen (schengen log list); verbeter het met schengen log edit of log trip.',
            '2. Klopt het logboek, vraag dan de grensautoriteit van de staat van uw laatste binnenkomst of vertrek om de EES-telling uit te leggen.',
            '3. U hebt het recht de gegevens in te zien die het EES over u bewaart en ze te laten verbeteren of aanvullen: vraag het aan een Schengenstaat (EES-verordening (EU) 2017/2226, art. 52). Dit overzicht helpt: schengen statement --html.',
          ],
  },
  statement: {
    title: 'Overzicht van verblijven in het Schengengebied',
    subtitle: (from, to, on) => `Verblijven van ${from} tot ${to}, zoals de reiziger ze registreerde; berekend op ${on}`,
    stay: (index, entry, exit) => `Verblijf ${index}: ${entry} – ${exit}`,
    stayFacts: (n, counted, country) => `${dagen(n)}${counted === n ? '' : `, waarvan ${counted} geteld`}; ${country}`,
    booked: 'geboekt, nog niet gereisd',
    noCountry: 'staat niet geregistreerd',
    compliant: 'elke dag toegestaan',
    breaks: (first, limit) => `zonder toestemming vanaf ${first} (${limit})`,
    dayCounts: 'Gebruikte dagen in de 180 dagen die op elke dag van aanwezigheid eindigen',
    notCounted: 'telt niet',
    unauthorised: 'zonder toestemming',
    rule: 'Regel',
    ruleText: (maxDays, windowDays) =>
      `Hoogstens ${maxDays} dagen in elke periode van ${windowDays} dagen; de periode bestaat uit de ${windowDays} dagen die eindigen op de bekeken dag; de dag van binnenkomst en de dag van vertrek tellen mee; een dag telt één keer.`,
    source: 'Bron',
    countingNote: 'Dagen onder een verblijfstitel of visum voor lang verblijf, en dagen in een staat die de Schengenregels toen niet volledig toepaste, tellen niet mee.',
    noStays: 'Geen verblijf in deze periode.',
    htmlComputed: (date) => `Berekend door schengen op ${date} uit het eigen logboek van de reiziger.`,
    htmlDisclaimer: 'Dit overzicht is de eigen registratie van de reiziger, geen officieel document; de datums kunnen worden nagegaan met tickets, instapkaarten en het EES-dossier.',
    columns: { day: 'Dag', used: 'Gebruikt' },
  },
  log: {
    marks: { booked: 'geboekt', underWay: 'lopend', bookedPast: 'geboekt, dagen voorbij: bevestig met log edit' },
    edited: (number, before, after) => `regel ${number}: ${before} → ${after}`,
  },
  plan: {
    assumedLeave: 'Lopend verblijf',
    assumedLeaveValue: (date) => `geen vertrek geregistreerd: geacht te eindigen op ${date}, de referentiedag (log exit DATUM registreert de dag van vertrek)`,
  },
};

export const itineraryErrorsNl: ItineraryErrorCatalogue = {
  'stamp.tripForm': (p) => `"${p.keyword}" heeft de dagen van de reis nodig; verwacht: "${p.keyword} VAN..TOT [LAND] [plaats]"${p.keyword === 'trip' ? ' (VAN.. voor een lopende reis)' : ''}`,
  'stamp.bookedOpen': () => 'een geboekte reis heeft haar laatste dag nodig; verwacht: "booked VAN..TOT [LAND] [plaats]"',
  'ees.notSchengen': (p) => `het EES telt enkel dagen in het Schengengebied, niet onder --rules ${p.preset}; verwacht: --ees-days-left zonder andere regels`,
  'log.tripForm': (p) => `"${p.text}" is geen reis; verwacht: VAN..TOT, of VAN.. voor een lopende reis (bv. 2027-02-01..2027-02-14)`,
  'log.overlaps': (p) => `de reis deelt dagen met regel ${p.number} ("${p.text}"); verwacht: een reis ervoor of erna (vertrek en nieuwe binnenkomst mogen op dezelfde dag)`,
  'log.entryAhead': (p) => `een binnenkomst op ${p.date} ligt na de referentiedag: dat is een geboekte reis; verwacht: "schengen log trip ${p.date}..LAATSTE-DAG"`,
  'log.openAhead': (p) => `een lopende reis kan niet na de referentiedag beginnen (${p.date}); verwacht: ook de laatste dag: "schengen log trip ${p.date}..LAATSTE-DAG"`,
  'log.alreadyInside': (p) => `u bent al binnen sinds regel ${p.number} ("${p.text}"); verwacht: eerst het vertrek ("schengen log exit DATUM"), of de hele reis met "schengen log trip VAN..TOT"`,
  'log.openBefore': (p) =>
    `zonder vertrek zou dit verblijf nog lopen bij regel ${p.number} ("${p.text}"), die op of vóór de referentiedag begint; verwacht: de hele reis: "schengen log trip VAN..TOT"`,
  'log.noStayUnderWay': () => 'er loopt geen verblijf, dus er is geen vertrek te registreren; verwacht: eerst "schengen log entry DATUM", of de hele reis met "schengen log trip VAN..TOT"',
  'log.exitBeforeEntry': (p) => `het vertrek ligt vóór de binnenkomst op regel ${p.number} ("${p.text}"); verwacht: een vertrek op of na die dag`,
  'log.notAStay': (p) => `regel ${p.number} ("${p.text}") is geen verblijf; verwacht: het nummer van een entry-, exit-, trip- of booked-regel uit "schengen log list"`,
};
