import { optionName, type ApplyErrorCatalogue, type ErrorDoor } from '../error-catalogue.js';
import type { ApplyMessages } from '../en/apply.js';

const tage = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);
const tagen = (n: number) => (n === 1 ? '1 Tag' : `${n} Tagen`);

export const applyDe: ApplyMessages = {
  title: (travel) => `Antrag auf ein Schengen-Visum für eine Reise ab ${travel}`,
  travel: 'Erster Tag der Reise',
  applicant: 'Antragsteller',
  applicantKind: (seafarer, facilitated) =>
    [seafarer ? 'Seemann oder Seefrau im Dienst' : 'Reisende(r)', facilitated ? 'mit Visaerleichterungsabkommen' : 'nur nach dem Visakodex'].join(', '),
  earliest: 'Frühester Tag der Antragstellung',
  earliestValue: (date, months) => `${date} (${months} Monate vor der Reise)`,
  latest: 'Letzter Tag der Antragstellung (15-Tage-Regel)',
  latestValue: (date, n) => `${date} (${tage(n)} vor der Reise; später nur in begründeten dringenden Fällen)`,
  phaseLabel: (date) => `Am ${date}`,
  phases: {
    notYetOpen: (n) => `zu früh: der Antrag kann in ${tagen(n)} gestellt werden`,
    open: (n) => (n === 0 ? 'Antrag möglich: heute ist der letzte Tag' : `Antrag möglich: noch ${tage(n)}`),
    pastLastDay: () => 'der letzte Tag nach der 15-Tage-Regel ist vorbei: nur ein begründeter dringender Fall kann noch gestellt werden',
  },
  lodgeByRegular: (n) => `Antrag spätestens am, für eine Entscheidung vor der Reise (${tage(n)})`,
  lodgeByExtended: (n) => `Antrag spätestens am, für eine Entscheidung vor der Reise auch bei Verlängerung (${tage(n)})`,
  lodged: 'Antrag gestellt am',
  decisionDue: 'Entscheidung spätestens am',
  decisionDueExtended: 'Entscheidung spätestens am (Frist verlängert)',
  decisionIfExtended: 'Entscheidung spätestens am, wenn die Frist verlängert wird',
  decisionValue: (date, n) => `${date} (${n} Kalendertage nach der Antragstellung)`,
  bases: {
    'visaCodeArt9(1)': 'Visakodex (VO 810/2009) Art. 9 Abs. 1',
    'visaCodeArt23(1)': 'Visakodex Art. 23 Abs. 1',
    'visaCodeArt23(2)': 'Visakodex Art. 23 Abs. 2',
    facilitationAgreement: 'Visaerleichterungsabkommen (10 Kalendertage)',
    facilitationAgreementExtended: 'Visaerleichterungsabkommen (Verlängerung bis 30 Kalendertage)',
  },
  warnings: {
    earliestUnderBothReadings: (w, day) =>
      `${w.monthsBefore} Monate vor der Reise, vom ${day(w.travel)} zurückgezählt, ergeben den ${day(w.countedBack)}; ${w.monthsBefore} Monate ab diesem Tag enden aber vor der Reise. Der ${day(w.earliest)} ist der erste Tag, der in beiden Zählrichtungen höchstens ${w.monthsBefore} Monate vor der Reise liegt, daher der angegebene früheste Tag (Visakodex Art. 9 Abs. 1)`,
    lodgedUnderOneReading: (w, day) =>
      `Antrag am ${day(w.lodged)} gestellt: von der Reise zurückgezählt höchstens ${w.monthsBefore} Monate vorher, vom Tag der Antragstellung vorwärts gezählt aber mehr; ein Konsulat kann ihn als zu früh gestellt ansehen (Visakodex Art. 9 Abs. 1). Ab dem ${day(w.earliest)} ist er in beiden Zählrichtungen rechtzeitig`,
    decisionOnOrAfterTravel: (w, day) =>
      `die Entscheidung ist spätestens am ${day(w.due)} fällig, am ersten Tag der Reise (${day(w.travel)}) oder danach: das Visum liegt vor der Abreise vielleicht nicht vor`,
    extensionCouldDelay: (w, day) =>
      `verlängert das Konsulat die Frist (bis ${tage(w.extendedDays)}), kann die Entscheidung erst am ${day(w.extendedDue)} fallen, am ersten Tag der Reise (${day(w.travel)}) oder danach`,
    lodgedAfterLastDay: (w, day) =>
      `Antrag am ${day(w.lodged)} gestellt, nach dem letzten Tag nach der 15-Tage-Regel (${day(w.latest)}): das Konsulat nimmt ihn nur in begründeten dringenden Fällen an (Visakodex Art. 9 Abs. 1)`,
    lastLodgingDayPassed: (w, day) =>
      `der letzte Tag nach der 15-Tage-Regel war der ${day(w.latest)}: nur ein begründeter dringender Fall kann noch gestellt werden (Visakodex Art. 9 Abs. 1)`,
  },
  ics: {
    lodgingOpens: 'Visum: Antrag ab heute möglich',
    lodgingOpensDetail: (travel, months) => `${months} Monate vor der Reise ab ${travel}: der früheste Tag der Antragstellung (Visakodex Art. 9 Abs. 1).`,
    lastLodgingDay: 'Visum: letzter Tag der Antragstellung',
    lastLodgingDayDetail: (travel) => `15 Kalendertage vor der Reise ab ${travel} (Visakodex Art. 9 Abs. 1); später nur in begründeten dringenden Fällen.`,
    decisionDue: 'Visum: Entscheidung fällig',
    decisionDueDetail: (lodged) => `Das Konsulat entscheidet spätestens an diesem Tag (Antrag gestellt am ${lodged}).`,
  },
};

export const applyErrorsDe: ApplyErrorCatalogue = {
  'apply.travelInPast': (p, door?: ErrorDoor) => `${optionName('travel', door)} ${p.travel} liegt vor dem Bezugstag ${p.today}; erwartet: eine Reise, die noch nicht begonnen hat (${optionName('on', door)} wählt einen anderen Bezugstag)`,
  'apply.lodgedAfterTravel': (p, door?: ErrorDoor) => `${optionName('lodged', door)} ${p.lodged} liegt nach ${optionName('travel', door)} ${p.travel}; erwartet: ein Tag der Antragstellung am oder vor dem ersten Tag der Reise`,
  'apply.lodgedTooEarly': (p, door?: ErrorDoor) =>
    `${optionName('lodged', door)} ${p.lodged} liegt mehr als ${p.months} Monate vor der Reise, daher ist der Antrag unzulässig (Visakodex Art. 9 Abs. 1, Art. 19) und keine Entscheidungsfrist läuft; erwartet: ${p.earliest} oder später`,
  'apply.extendedWithoutLodged': (_p, door?: ErrorDoor) => `${optionName('extended', door)} braucht ${optionName('lodged', door)}: eine verlängerte Entscheidungsfrist läuft ab dem Tag der Antragstellung`,
  'apply.needsTravel': (p) => `${p.flag} gehört zu den Daten des Visumantrags und braucht --travel DATUM`,
};
