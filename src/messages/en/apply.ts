import { optionName, type ApplyErrorCatalogue, type ErrorDoor } from '../error-catalogue.js';
import type { Day } from '../../core/day.js';
import type { ApplicationBasis, ApplicationWarning, LodgingPhase } from '../../core/visa-application.js';

/** Writes a day the reader's way. */
export type DayWriter = (day: Day) => string;

type WarningWording = { readonly [C in ApplicationWarning['code']]: (warning: Extract<ApplicationWarning, { code: C }>, day: DayWriter) => string };

/**
 * Every word `schengen apply` (and the application events of `schengen ics`) shows, in English;
 * nl, fr and de implement the same interface, so a missing translation does not compile.
 */
export interface ApplyMessages {
  readonly title: (travel: string) => string;
  readonly travel: string;
  readonly applicant: string;
  readonly applicantKind: (seafarer: boolean, facilitated: boolean) => string;
  readonly earliest: string;
  readonly earliestValue: (date: string, months: number) => string;
  readonly latest: string;
  readonly latestValue: (date: string, days: number) => string;
  readonly phaseLabel: (date: string) => string;
  readonly phases: { readonly [P in LodgingPhase]: (days: number) => string };
  readonly lodgeByRegular: (days: number) => string;
  readonly lodgeByExtended: (days: number) => string;
  readonly lodged: string;
  readonly decisionDue: string;
  readonly decisionDueExtended: string;
  readonly decisionIfExtended: string;
  readonly decisionValue: (date: string, days: number) => string;
  readonly bases: { readonly [B in ApplicationBasis]: string };
  readonly warnings: WarningWording;
  readonly ics: {
    readonly lodgingOpens: string;
    readonly lodgingOpensDetail: (travel: string, months: number) => string;
    readonly lastLodgingDay: string;
    readonly lastLodgingDayDetail: (travel: string) => string;
    readonly decisionDue: string;
    readonly decisionDueDetail: (lodged: string) => string;
  };
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const applyEn: ApplyMessages = {
  title: (travel) => `Schengen visa application for a trip starting ${travel}`,
  travel: 'First day of the trip',
  applicant: 'Applicant',
  applicantKind: (seafarer, facilitated) =>
    [seafarer ? 'seafarer on duty' : 'traveller', facilitated ? 'under a visa facilitation agreement' : 'under the Visa Code alone'].join(', '),
  earliest: 'Earliest day to lodge',
  earliestValue: (date, months) => `${date} (${months} months before the trip)`,
  latest: 'Last day to lodge (15-day rule)',
  latestValue: (date, n) => `${date} (${days(n)} before the trip; later only in justified urgent cases)`,
  phaseLabel: (date) => `On ${date}`,
  phases: {
    notYetOpen: (n) => `too early to lodge: lodging opens in ${days(n)}`,
    open: (n) => (n === 0 ? 'lodging possible: today is the last day' : `lodging possible: ${days(n)} left`),
    pastLastDay: () => 'the last day by the 15-day rule has passed: only a justified urgent case may still be lodged',
  },
  lodgeByRegular: (n) => `Lodge by, for a decision before the trip (${days(n)})`,
  lodgeByExtended: (n) => `Lodge by, for a decision before the trip even if extended (${days(n)})`,
  lodged: 'Lodged on',
  decisionDue: 'Decision due by',
  decisionDueExtended: 'Decision due by (period extended)',
  decisionIfExtended: 'Decision due by, if the period is extended',
  decisionValue: (date, n) => `${date} (${n} calendar days after lodging)`,
  bases: {
    'visaCodeArt9(1)': 'Visa Code (Reg. 810/2009) Art. 9(1)',
    'visaCodeArt23(1)': 'Visa Code Art. 23(1)',
    'visaCodeArt23(2)': 'Visa Code Art. 23(2)',
    facilitationAgreement: 'visa facilitation agreement (10 calendar days)',
    facilitationAgreementExtended: 'visa facilitation agreement (extension up to 30 calendar days)',
  },
  warnings: {
    earliestUnderBothReadings: (w, day) =>
      `${w.monthsBefore} months before the trip, counted back from ${day(w.travel)}, is ${day(w.countedBack)}; but ${w.monthsBefore} months from that day end before the trip. ${day(w.earliest)} is the first day no more than ${w.monthsBefore} months before the trip counted either way, so the earliest day given (Visa Code Art. 9(1))`,
    lodgedUnderOneReading: (w, day) =>
      `lodged on ${day(w.lodged)}: no more than ${w.monthsBefore} months before the trip counted back from it, but more counted forward from the lodging day; a consulate may hold it lodged too early (Visa Code Art. 9(1)). From ${day(w.earliest)} it is in time either way`,
    decisionOnOrAfterTravel: (w, day) => `the decision is due by ${day(w.due)}, on or after the first day of the trip (${day(w.travel)}): the visa may not be in hand before you leave`,
    extensionCouldDelay: (w, day) =>
      `if the consulate extends the period (up to ${days(w.extendedDays)}), the decision may come as late as ${day(w.extendedDue)}, on or after the first day of the trip (${day(w.travel)})`,
    lodgedAfterLastDay: (w, day) =>
      `lodged on ${day(w.lodged)}, after the last day by the 15-day rule (${day(w.latest)}): the consulate accepts this only in justified urgent cases (Visa Code Art. 9(1))`,
    lastLodgingDayPassed: (w, day) => `the last day by the 15-day rule was ${day(w.latest)}: only a justified urgent case may still be lodged (Visa Code Art. 9(1))`,
  },
  ics: {
    lodgingOpens: 'Visa: application can be lodged from today',
    lodgingOpensDetail: (travel, months) => `${months} months before the trip starting ${travel}: the earliest day to lodge (Visa Code Art. 9(1)).`,
    lastLodgingDay: 'Visa: last day to lodge the application',
    lastLodgingDayDetail: (travel) => `15 calendar days before the trip starting ${travel} (Visa Code Art. 9(1)); later only in justified urgent cases.`,
    decisionDue: 'Visa: decision due',
    decisionDueDetail: (lodged) => `The consulate decides by this day at the latest (application lodged ${lodged}).`,
  },
};

export const applyErrorsEn: ApplyErrorCatalogue = {
  'apply.travelInPast': (p, door?: ErrorDoor) => `${optionName('travel', door)} ${p.travel} is before the reference day ${p.today}; expected a trip that has not started yet (${optionName('on', door)} sets another reference day)`,
  'apply.lodgedAfterTravel': (p, door?: ErrorDoor) => `${optionName('lodged', door)} ${p.lodged} is after ${optionName('travel', door)} ${p.travel}; expected a lodging day on or before the first day of the trip`,
  'apply.lodgedTooEarly': (p, door?: ErrorDoor) =>
    `${optionName('lodged', door)} ${p.lodged} is more than ${p.months} months before the trip, so the application is not admissible (Visa Code Art. 9(1), 19) and no decision period runs; expected ${p.earliest} or later`,
  'apply.extendedWithoutLodged': (_p, door?: ErrorDoor) => `${optionName('extended', door)} needs ${optionName('lodged', door)}: an extended decision period runs from the lodging day`,
  'apply.needsTravel': (p) => `${p.flag} belongs to the visa application dates and needs --travel DATE`,
};
