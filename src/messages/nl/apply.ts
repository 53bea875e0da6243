import { optionName, type ApplyErrorCatalogue, type ErrorDoor } from '../error-catalogue.js';
import type { ApplyMessages } from '../en/apply.js';

const dagen = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

export const applyNl: ApplyMessages = {
  title: (travel) => `Aanvraag van een Schengenvisum voor een reis vanaf ${travel}`,
  travel: 'Eerste dag van de reis',
  applicant: 'Aanvrager',
  applicantKind: (seafarer, facilitated) =>
    [seafarer ? 'zeevarende in functie' : 'reiziger', facilitated ? 'onder een visumversoepelingsovereenkomst' : 'enkel onder de Visumcode'].join(', '),
  earliest: 'Vroegste dag om in te dienen',
  earliestValue: (date, months) => `${date} (${months} maanden vóór de reis)`,
  latest: 'Laatste dag om in te dienen (15-dagenregel)',
  latestValue: (date, n) => `${date} (${dagen(n)} vóór de reis; later alleen in gerechtvaardigde dringende gevallen)`,
  phaseLabel: (date) => `Op ${date}`,
  phases: {
    notYetOpen: (n) => `te vroeg om in te dienen: indienen kan over ${dagen(n)}`,
    open: (n) => (n === 0 ? 'indienen mogelijk: vandaag is de laatste dag' : `indienen mogelijk: nog ${dagen(n)}`),
    pastLastDay: () => 'de laatste dag volgens de 15-dagenregel is voorbij: alleen een gerechtvaardigd dringend geval kan nog worden ingediend',
  },
  lodgeByRegular: (n) => `Indienen uiterlijk op, voor een beslissing vóór de reis (${dagen(n)})`,
  lodgeByExtended: (n) => `Indienen uiterlijk op, voor een beslissing vóór de reis, ook bij verlenging (${dagen(n)})`,
  lodged: 'Ingediend op',
  decisionDue: 'Beslissing uiterlijk op',
  decisionDueExtended: 'Beslissing uiterlijk op (termijn verlengd)',
  decisionIfExtended: 'Beslissing uiterlijk op, als de termijn wordt verlengd',
  decisionValue: (date, n) => `${date} (${n} kalenderdagen na het indienen)`,
  bases: {
    'visaCodeArt9(1)': 'Visumcode (Verord. 810/2009) art. 9(1)',
    'visaCodeArt23(1)': 'Visumcode art. 23(1)',
    'visaCodeArt23(2)': 'Visumcode art. 23(2)',
    facilitationAgreement: 'visumversoepelingsovereenkomst (10 kalenderdagen)',
    facilitationAgreementExtended: 'visumversoepelingsovereenkomst (verlenging tot 30 kalenderdagen)',
  },
  warnings: {
    earliestUnderBothReadings: (w, day) =>
      `${w.monthsBefore} maanden vóór de reis, teruggeteld vanaf ${day(w.travel)}, is ${day(w.countedBack)}; maar ${w.monthsBefore} maanden na die dag eindigen vóór de reis. ${day(w.earliest)} is de eerste dag die op beide manieren geteld niet meer dan ${w.monthsBefore} maanden vóór de reis ligt, dus de vroegste gegeven dag (Visumcode art. 9(1))`,
    lodgedUnderOneReading: (w, day) =>
      `ingediend op ${day(w.lodged)}: niet meer dan ${w.monthsBefore} maanden vóór de reis als men terugtelt vanaf de reis, maar meer als men vooruittelt vanaf de dag van indienen; een consulaat kan de aanvraag te vroeg ingediend vinden (Visumcode art. 9(1)). Vanaf ${day(w.earliest)} is ze op beide manieren op tijd`,
    decisionOnOrAfterTravel: (w, day) =>
      `de beslissing valt uiterlijk op ${day(w.due)}, op of na de eerste dag van de reis (${day(w.travel)}): het visum is misschien niet klaar vóór het vertrek`,
    extensionCouldDelay: (w, day) =>
      `als het consulaat de termijn verlengt (tot ${dagen(w.extendedDays)}), kan de beslissing pas op ${day(w.extendedDue)} vallen, op of na de eerste dag van de reis (${day(w.travel)})`,
    lodgedAfterLastDay: (w, day) =>
      `ingediend op ${day(w.lodged)}, na de laatste dag volgens de 15-dagenregel (${day(w.latest)}): het consulaat aanvaardt dat alleen in gerechtvaardigde dringende gevallen (Visumcode art. 9(1))`,
    lastLodgingDayPassed: (w, day) =>
      `de laatste dag volgens de 15-dagenregel was ${day(w.latest)}: alleen een gerechtvaardigd dringend geval kan nog worden ingediend (Visumcode art. 9(1))`,
  },
  ics: {
    lodgingOpens: 'Visum: de aanvraag kan vanaf vandaag worden ingediend',
    lodgingOpensDetail: (travel, months) => `${months} maanden vóór de reis vanaf ${travel}: de vroegste dag om in te dienen (Visumcode art. 9(1)).`,
    lastLodgingDay: 'Visum: laatste dag om de aanvraag in te dienen',
    lastLodgingDayDetail: (travel) => `15 kalenderdagen vóór de reis vanaf ${travel} (Visumcode art. 9(1)); later alleen in gerechtvaardigde dringende gevallen.`,
    decisionDue: 'Visum: beslissing verwacht',
    decisionDueDetail: (lodged) => `Het consulaat beslist uiterlijk op deze dag (aanvraag ingediend op ${lodged}).`,
  },
};

export const applyErrorsNl: ApplyErrorCatalogue = {
  'apply.travelInPast': (p, door?: ErrorDoor) => `${optionName('travel', door)} ${p.travel} ligt vóór de referentiedag ${p.today}; verwacht: een reis die nog niet begonnen is (${optionName('on', door)} kiest een andere referentiedag)`,
  'apply.lodgedAfterTravel': (p, door?: ErrorDoor) => `${optionName('lodged', door)} ${p.lodged} ligt na ${optionName('travel', door)} ${p.travel}; verwacht: een dag van indienen op of vóór de eerste dag van de reis`,
  'apply.lodgedTooEarly': (p, door?: ErrorDoor) =>
    `${optionName('lodged', door)} ${p.lodged} ligt meer dan ${p.months} maanden vóór de reis, dus de aanvraag is niet ontvankelijk (Visumcode art. 9(1), 19) en er loopt geen beslissingstermijn; verwacht: ${p.earliest} of later`,
  'apply.extendedWithoutLodged': (_p, door?: ErrorDoor) => `${optionName('extended', door)} vereist ${optionName('lodged', door)}: een verlengde beslissingstermijn loopt vanaf de dag van indienen`,
  'apply.needsTravel': (p) => `${p.flag} hoort bij de data van de visumaanvraag en vereist --travel DATUM`,
};
