import { optionName, type ApplyErrorCatalogue, type ErrorDoor } from '../error-catalogue.js';
import type { ApplyMessages } from '../en/apply.js';

/** French: 0 and 1 take the singular. */
const jours = (n: number) => (n <= 1 ? `${n} jour` : `${n} jours`);

export const applyFr: ApplyMessages = {
  title: (travel) => `Demande de visa Schengen pour un voyage commençant le ${travel}`,
  travel: 'Premier jour du voyage',
  applicant: 'Demandeur',
  applicantKind: (seafarer, facilitated) =>
    [seafarer ? 'marin dans l’exercice de ses fonctions' : 'voyageur', facilitated ? 'sous un accord visant à faciliter la délivrance de visas' : 'sous le seul code des visas'].join(', '),
  earliest: 'Premier jour pour introduire la demande',
  earliestValue: (date, months) => `${date} (${months} mois avant le voyage)`,
  latest: 'Dernier jour pour introduire la demande (règle des 15 jours)',
  latestValue: (date, n) => `${date} (${jours(n)} avant le voyage ; plus tard seulement en cas d’urgence justifiée)`,
  phaseLabel: (date) => `Le ${date}`,
  phases: {
    notYetOpen: (n) => `trop tôt : la demande peut être introduite dans ${jours(n)}`,
    open: (n) => (n === 0 ? 'demande possible : aujourd’hui est le dernier jour' : `demande possible : encore ${jours(n)}`),
    pastLastDay: () => 'le dernier jour selon la règle des 15 jours est passé : seul un cas d’urgence justifié peut encore être introduit',
  },
  lodgeByRegular: (n) => `Introduire au plus tard le, pour une décision avant le voyage (${jours(n)})`,
  lodgeByExtended: (n) => `Introduire au plus tard le, pour une décision avant le voyage même en cas de prolongation (${jours(n)})`,
  lodged: 'Demande introduite le',
  decisionDue: 'Décision au plus tard le',
  decisionDueExtended: 'Décision au plus tard le (délai prolongé)',
  decisionIfExtended: 'Décision au plus tard le, si le délai est prolongé',
  decisionValue: (date, n) => `${date} (${n} jours calendaires après l’introduction)`,
  bases: {
    'visaCodeArt9(1)': 'code des visas (règl. 810/2009), art. 9, par. 1',
    'visaCodeArt23(1)': 'code des visas, art. 23, par. 1',
    'visaCodeArt23(2)': 'code des visas, art. 23, par. 2',
    facilitationAgreement: 'accord visant à faciliter la délivrance de visas (10 jours calendaires)',
    facilitationAgreementExtended: 'accord visant à faciliter la délivrance de visas (prolongation jusqu’à 30 jours calendaires)',
  },
  warnings: {
    earliestUnderBothReadings: (w, day) =>
      `${w.monthsBefore} mois avant le voyage, comptés à rebours depuis le ${day(w.travel)}, donnent le ${day(w.countedBack)} ; mais ${w.monthsBefore} mois à partir de ce jour s’achèvent avant le voyage. Le ${day(w.earliest)} est le premier jour situé au plus ${w.monthsBefore} mois avant le voyage dans les deux sens du calcul, d’où le premier jour indiqué (code des visas, art. 9, par. 1)`,
    lodgedUnderOneReading: (w, day) =>
      `demande introduite le ${day(w.lodged)} : au plus ${w.monthsBefore} mois avant le voyage en comptant à rebours depuis celui-ci, mais davantage en comptant depuis le jour de la demande ; un consulat pourrait la juger introduite trop tôt (code des visas, art. 9, par. 1). À partir du ${day(w.earliest)}, elle est dans les délais dans les deux sens`,
    decisionOnOrAfterTravel: (w, day) =>
      `la décision doit être prise au plus tard le ${day(w.due)}, le premier jour du voyage (${day(w.travel)}) ou après : le visa pourrait ne pas être prêt avant le départ`,
    extensionCouldDelay: (w, day) =>
      `si le consulat prolonge le délai (jusqu’à ${jours(w.extendedDays)}), la décision peut tomber le ${day(w.extendedDue)}, le premier jour du voyage (${day(w.travel)}) ou après`,
    lodgedAfterLastDay: (w, day) =>
      `demande introduite le ${day(w.lodged)}, après le dernier jour selon la règle des 15 jours (${day(w.latest)}) : le consulat ne l’accepte qu’en cas d’urgence justifiée (code des visas, art. 9, par. 1)`,
    lastLodgingDayPassed: (w, day) =>
      `le dernier jour selon la règle des 15 jours était le ${day(w.latest)} : seul un cas d’urgence justifié peut encore être introduit (code des visas, art. 9, par. 1)`,
  },
  ics: {
    lodgingOpens: 'Visa : la demande peut être introduite à partir d’aujourd’hui',
    lodgingOpensDetail: (travel, months) => `${months} mois avant le voyage commençant le ${travel} : le premier jour pour introduire la demande (code des visas, art. 9, par. 1).`,
    lastLodgingDay: 'Visa : dernier jour pour introduire la demande',
    lastLodgingDayDetail: (travel) => `15 jours calendaires avant le voyage commençant le ${travel} (code des visas, art. 9, par. 1) ; plus tard seulement en cas d’urgence justifiée.`,
    decisionDue: 'Visa : décision attendue',
    decisionDueDetail: (lodged) => `Le consulat décide au plus tard ce jour (demande introduite le ${lodged}).`,
  },
};

export const applyErrorsFr: ApplyErrorCatalogue = {
  'apply.travelInPast': (p, door?: ErrorDoor) => `${optionName('travel', door)} ${p.travel} est avant le jour de référence ${p.today} ; attendu : un voyage qui n’a pas encore commencé (${optionName('on', door)} choisit un autre jour de référence)`,
  'apply.lodgedAfterTravel': (p, door?: ErrorDoor) => `${optionName('lodged', door)} ${p.lodged} est après ${optionName('travel', door)} ${p.travel} ; attendu : un jour d’introduction au plus tard le premier jour du voyage`,
  'apply.lodgedTooEarly': (p, door?: ErrorDoor) =>
    `${optionName('lodged', door)} ${p.lodged} est plus de ${p.months} mois avant le voyage : la demande est irrecevable (code des visas, art. 9, par. 1, et art. 19) et aucun délai de décision ne court ; attendu : le ${p.earliest} ou plus tard`,
  'apply.extendedWithoutLodged': (_p, door?: ErrorDoor) => `${optionName('extended', door)} demande ${optionName('lodged', door)} : un délai de décision prolongé court à partir du jour de l’introduction`,
  'apply.needsTravel': (p) => `${p.flag} concerne les dates de la demande de visa et demande --travel DATE`,
};
