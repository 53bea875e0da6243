import type { ItineraryErrorCatalogue, ItineraryMessages } from '../en/itinerary.js';

/** French typography: a non-breaking space (\u00a0) before :, a narrow one (\u202f) before ; ! ?, and inside « ». */
const jours = (n: number) => (n === 1 ? '1\u00a0jour' : `${n}\u00a0jours`);

export const itineraryFr: ItineraryMessages = {
  check: {
    title: (date) => `Chaque voyage, jugé le ${date}`,
    trip: (index, entry, exit) => `${index}. ${entry} – ${exit}`,
    states: { past: 'passé', underWay: 'en cours', booked: 'réservé' },
    exitAssumed: 'pas encore de sortie enregistrée\u00a0: compté jusqu’au jour de référence inclus',
    days: (n, counted) => (n === counted ? jours(n) : `${jours(n)}, dont ${counted} comptés`),
    complies: 'respecte chaque limite',
    breaks: (first, limit, n) => `non autorisé à partir du ${first} (${limit}), ${jours(n)}`,
    peak: (used, maxDays, day) => `au plus ${used} jours utilisés sur ${maxDays} (${day})`,
    room: (extra, latestExit, stop) => (extra === 0 ? `pas un jour de plus\u00a0: ${stop} l’arrête là` : `pourrait durer ${jours(extra)} de plus, jusqu’au ${latestExit} (ensuite\u00a0: ${stop})`),
    noRoom: (stop) => `pas un jour de plus (${stop})`,
    gapsTitle: 'La place entre les voyages',
    gap: (from, to) => `${from} – ${to}`,
    gapAfterLast: (from) => `à partir du ${from}`,
    longest: (n, entry, exit) => `plus long voyage possible\u00a0: ${jours(n)}, du ${entry} au ${exit}`,
    noTripFits: 'aucun voyage n’y entre',
    fullTrip: (n, entry) => `un voyage complet de ${n}\u00a0jours à partir du ${entry}`,
    noFullTrip: 'pas de voyage complet\u00a0: aucun visa ne le permet',
    noCap: 'aucune règle ne limite la durée d’un voyage',
    noTrips: 'aucun voyage enregistré',
  },
  timeline: {
    title: (from, to) => `Jours restants chaque jour, du ${from} au ${to}`,
    weekdays: ['lu', 'ma', 'me', 'je', 've', 'sa', 'di'],
    month: (month, year) => `${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][month - 1]} ${year}`,
    legend: (maxDays) => [
      `Chaque jour\u00a0: sa date, puis les jours restants sur ${maxDays} ce jour-là.`,
      '  ■ présent (enregistré)   ◆ présent (voyage réservé)   □ présent, non compté',
      // A narrow non-breaking space before the mark: it is a symbol, not punctuation, but the rule holds for every line.
      '\u202f\u202f! non autorisé   vide\u00a0: dehors',
    ],
  },
  ees: {
    title: (date) => `Le décompte de l’EES et le nôtre, le ${date}`,
    eesDaysLeft: 'Jours restants selon le service EES',
    ourDaysLeft: 'Jours restants selon votre journal',
    window: 'Période (180\u00a0jours)',
    difference: 'Écart',
    differenceValue: (d) =>
      d === 0
        ? 'aucun\u00a0: les décomptes concordent'
        : d > 0
          ? `l’EES laisse ${jours(d)} de moins\u00a0: il compte peut-être des jours absents de votre journal`
          : `l’EES laisse ${jours(-d)} de plus\u00a0: il lui manque peut-être des jours que votre journal compte`,
    candidatesTitle: 'Jours qui peuvent l’expliquer (des pistes, pas un constat sur le dossier EES)',
    none: 'aucun trouvé dans le journal',
    candidate: {
      beforeEes: () => 'comptés ici, avant la pleine mise en service de l’EES (10\u00a0avril 2026\u202f; à certains points de passage dès le 12\u00a0octobre 2025)\u00a0: l’EES peut ne pas les avoir',
      referenceDay: () => 'le jour de référence lui-même, compté ici comme jour de présence\u202f; compter les jours restants à partir du lendemain en donne un de plus',
      notInLog: () => 'aucun séjour dans votre journal\u00a0: l’EES a peut-être un voyage qui y manque',
      notCounted: (country) => `dans votre journal, en ${country === '' ? 'un État' : country}, dont les jours ne comptent pas\u00a0: si l’État est erroné dans le journal, l’EES les compte`,
      permit: () => 'sous un titre de séjour ou un visa de long séjour, non comptés ici\u00a0: l’EES les compte si le titre n’a pas été présenté à la frontière',
      sameDayReentry: () => 'une sortie et une nouvelle entrée le même jour, comptées une fois ici\u00a0: deux séjours peuvent chacun compter ce jour',
      visa: () =>
        'le visa valable ce jour-là\u00a0: le calculateur de l’EES plafonne les jours restants par ses entrées et sa durée (EES art.\u00a011, §\u00a03)\u202f; ce décompte-ci est la seule règle des 90/180\u00a0jours',
    },
    candidateDays: (n) => jours(n),
    nextSteps: 'Que faire',
    steps: (agree) =>
      agree
        ? ['Tenez votre journal à jour\u00a0: c’est votre seule copie de vos entrées et sorties (les passeports ne sont plus tamponnés).']
        : [
            '1. Comparez votre journal avec vos billets, cartes d’embarquement et réservations (schengen log list)\u202f; corrigez-le avec schengen log edit ou log trip.',
            '2. Si le journal est juste, demandez à l’autorité frontalière de l’État de votre dernière entrée ou sortie d’expliquer le décompte de l’EES.',
            '3. Vous avez le droit de consulter les données que l’EES conserve sur vous et de les faire rectifier ou compléter\u00a0: adressez-vous à un État Schengen (règlement EES (UE) 2017/2226, art.\u00a052). Ce relevé y aide\u00a0: schengen statement --html.',
          ],
  },
  statement: {
    title: 'Relevé des séjours dans l’espace Schengen',
    subtitle: (from, to, on) => `Séjours du ${from} au ${to}, tels que le voyageur les a enregistrés\u202f; calculé le ${on}`,
    stay: (index, entry, exit) => `Séjour ${index}\u00a0: du ${entry} au ${exit}`,
    stayFacts: (n, counted, country) => `${jours(n)}${counted === n ? '' : `, dont ${counted} comptés`}\u202f; ${country}`,
    booked: 'réservé, pas encore effectué',
    noCountry: 'État non enregistré',
    compliant: 'chaque jour autorisé',
    breaks: (first, limit) => `non autorisé à partir du ${first} (${limit})`,
    dayCounts: 'Jours utilisés dans les 180\u00a0jours qui se terminent chaque jour de présence',
    notCounted: 'ne compte pas',
    unauthorised: 'non autorisé',
    rule: 'Règle',
    ruleText: (maxDays, windowDays) =>
      `Au plus ${maxDays}\u00a0jours sur toute période de ${windowDays}\u00a0jours\u202f; la période est faite des ${windowDays}\u00a0jours qui se terminent le jour considéré\u202f; le jour d’entrée et le jour de sortie comptent\u202f; un jour compte une fois.`,
    source: 'Source',
    countingNote: 'Les jours sous un titre de séjour ou un visa de long séjour, et les jours dans un État qui n’appliquait pas alors pleinement les règles de Schengen, ne comptent pas.',
    noStays: 'Aucun séjour pendant cette période.',
    htmlComputed: (date) => `Calculé par schengen le ${date} à partir du journal du voyageur.`,
    htmlDisclaimer: 'Ce relevé est l’enregistrement propre du voyageur, pas un document officiel\u202f; les dates peuvent être vérifiées sur les billets, les cartes d’embarquement et le dossier EES.',
    columns: { day: 'Jour', used: 'Utilisés' },
  },
  log: {
    marks: { booked: 'réservé', underWay: 'en cours', bookedPast: 'réservé, jours passés\u00a0: confirmez avec log edit' },
    edited: (number, before, after) => `ligne ${number}\u00a0: ${before} → ${after}`,
  },
  plan: {
    assumedLeave: 'Séjour en cours',
    assumedLeaveValue: (date) => `pas de sortie enregistrée\u00a0: censé se terminer le ${date}, le jour de référence (log exit DATE enregistre le jour du départ)`,
  },
};

export const itineraryErrorsFr: ItineraryErrorCatalogue = {
  'stamp.tripForm': (p) =>
    `«\u00a0${p.keyword}\u00a0» a besoin des jours du voyage\u202f; attendu\u00a0: «\u00a0${p.keyword} DU..AU [PAYS] [lieu]\u00a0»${p.keyword === 'trip' ? ' (DU.. pour un voyage en cours)' : ''}`,
  'stamp.bookedOpen': () => 'un voyage réservé a besoin de son dernier jour\u202f; attendu\u00a0: «\u00a0booked DU..AU [PAYS] [lieu]\u00a0»',
  'ees.notSchengen': (p) => `l’EES ne compte que les jours dans l’espace Schengen, pas sous --rules ${p.preset}\u202f; attendu\u00a0: --ees-days-left sans autres règles`,
  'log.tripForm': (p) => `«\u00a0${p.text}\u00a0» n’est pas un voyage\u202f; attendu\u00a0: DU..AU, ou DU.. pour un voyage en cours (p. ex. 2027-02-01..2027-02-14)`,
  'log.overlaps': (p) => `le voyage partage des jours avec la ligne ${p.number} («\u00a0${p.text}\u00a0»)\u202f; attendu\u00a0: un voyage avant ou après (une sortie et une nouvelle entrée peuvent tomber le même jour)`,
  'log.entryAhead': (p) => `une entrée le ${p.date} est postérieure au jour de référence\u00a0: c’est un voyage réservé\u202f; attendu\u00a0: «\u00a0schengen log trip ${p.date}..DERNIER-JOUR\u00a0»`,
  'log.openAhead': (p) => `un voyage en cours ne peut pas commencer après le jour de référence (${p.date})\u202f; attendu\u00a0: aussi son dernier jour\u00a0: «\u00a0schengen log trip ${p.date}..DERNIER-JOUR\u00a0»`,
  'log.alreadyInside': (p) =>
    `vous êtes déjà entré depuis la ligne ${p.number} («\u00a0${p.text}\u00a0»)\u202f; attendu\u00a0: d’abord sa sortie («\u00a0schengen log exit DATE\u00a0»), ou tout le voyage avec «\u00a0schengen log trip DU..AU\u00a0»`,
  'log.openBefore': (p) =>
    `sans sortie, ce séjour serait encore en cours à la ligne ${p.number} («\u00a0${p.text}\u00a0»), qui commence au plus tard le jour de référence\u202f; attendu\u00a0: tout le voyage\u00a0: «\u00a0schengen log trip DU..AU\u00a0»`,
  'log.noStayUnderWay': () => 'aucun séjour n’est en cours, il n’y a donc pas de sortie à noter\u202f; attendu\u00a0: d’abord «\u00a0schengen log entry DATE\u00a0», ou tout le voyage avec «\u00a0schengen log trip DU..AU\u00a0»',
  'log.exitBeforeEntry': (p) => `la sortie précède l’entrée de la ligne ${p.number} («\u00a0${p.text}\u00a0»)\u202f; attendu\u00a0: une sortie ce jour-là ou après`,
  'log.notAStay': (p) => `la ligne ${p.number} («\u00a0${p.text}\u00a0») n’est pas un séjour\u202f; attendu\u00a0: le numéro d’une ligne entry, exit, trip ou booked de «\u00a0schengen log list\u00a0»`,
};
