import type { VisaProblem } from '../../core/annex3-refusal.js';

/**
 * The words of annex 3 as handed out (docs/annex3.md, "The declaration"): the form, one A4 sheet a
 * person; the refusal notice that replaces it when no declaration may be issued; the worksheet for
 * the file. The model's own wording was not found (docs/annex3.md says where we looked): plain wording.
 */
export interface DeclarationMessages {
  readonly title: string;
  readonly model: string;
  readonly municipality: string;
  readonly reference: string;
  readonly photo: string;
  readonly name: string;
  readonly birth: string;
  readonly nationality: string;
  readonly document: string;
  readonly address: string;
  readonly arrival: string;
  /** The model's sentence: the holder may stay until the end date (inclusive). */
  readonly authorisedUntil: (end: string) => string;
  readonly notAPermit: string;
  readonly issued: (place: string, date: string) => string;
  readonly signatureHolder: string;
  readonly signatureOfficial: string;
  readonly seal: string;
  readonly person: (index: number, count: number) => string;
  readonly refusal: {
    readonly title: string;
    readonly person: string;
    readonly why: string;
    readonly dates: string;
    readonly entry: string;
    readonly arrival: string;
    readonly firstUnauthorised: string;
    readonly visa: string;
    readonly noVisaGiven: string;
    readonly visaProblems: Readonly<Record<VisaProblem, (p: { from: string; until: string; used: number; allowed: string }) => string>>;
    readonly visaAllowsEntry: string;
    readonly window: (first: string, last: string, used: number, maxDays: number) => string;
    readonly next: string;
    readonly steps: readonly string[];
  };
  readonly worksheet: {
    readonly title: string;
    readonly note: (date: string) => string;
  };
}

export const declarationEn: DeclarationMessages = {
  title: 'Arrival declaration',
  model: 'Annex 3 to the Royal Decree of 8 October 1981',
  municipality: 'Municipality',
  reference: 'Reference number',
  photo: 'Photo',
  name: 'Surname and first names',
  birth: 'Date and place of birth',
  nationality: 'Nationality',
  document: 'Travel document (kind and number)',
  address: 'Address in the municipality',
  arrival: 'Arrival in Belgium',
  authorisedUntil: (end) => `The holder of this declaration is authorised to stay in the Kingdom until ${end} inclusive.`,
  notAPermit: 'This declaration is neither an identity document nor a residence permit.',
  issued: (place, date) => `Issued at ${place} on ${date}.`,
  signatureHolder: 'Signature of the holder',
  signatureOfficial: 'Name and signature of the official',
  seal: 'Seal of the municipality',
  person: (index, count) => `Person ${index} of ${count}`,
  refusal: {
    title: 'Do not issue an arrival declaration',
    person: 'Person',
    why: 'What is wrong',
    dates: 'The dates that show it',
    entry: 'Schengen entry stamp',
    arrival: 'Arrival in Belgium',
    firstUnauthorised: 'First day without an authorised stay',
    visa: 'Visa',
    noVisaGiven: 'no visa sticker was given',
    visaProblems: {
      notYetValid: (p) => `not yet valid on the entry day: valid from ${p.from}`,
      expired: (p) => `expired on ${p.until}, before the entry`,
      notForBelgium: () => 'not valid for Belgium (limited territorial validity)',
      airportTransit: () => 'an airport transit visa: it allows no entry',
      entriesUsed: (p) => `every entry already used (${p.used} of ${p.allowed})`,
      daysUsed: (p) => `every day of stay already used (${p.used} of ${p.allowed})`,
    },
    visaAllowsEntry: 'valid on the entry day',
    window: (first, last, used, maxDays) => `${used} days of ${maxDays} used in the period from ${first} to ${last}`,
    next: 'What to do',
    steps: [
      'Do not issue the declaration.',
      'Refer the person to the Border Inspection of the Immigration Office (DVZ/OE), which decides on the stay: it may place a special entry stamp, or issue an order to leave the territory.',
      'Issue the declaration only once the Immigration Office has authorised the stay.',
    ],
  },
  worksheet: {
    title: 'Worksheet for the file: arrival declaration (annex 3)',
    note: (date) => `Worked out on ${date}; check the dates against the passport. This worksheet is not handed out.`,
  },
};
