/**
 * The words of the counter page (`schengen serve`) that the table catalogues do not already have;
 * the results reuse the table labels, the declaration its own (declaration.ts). Each language has
 * its own page.ts of this shape. Nothing here speaks of the command line: the clerk is in a browser.
 */
export interface PageMessages {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly travel: string;
  readonly stamps: string;
  readonly stampsHint: string;
  readonly arrival: string;
  readonly entry: string;
  readonly visa: string;
  readonly visaHint: string;
  readonly optional: string;
  readonly dateHint: string;
  readonly community: string;
  readonly closed: string;
  readonly closedHint: string;
  readonly person: string;
  readonly personHint: string;
  readonly birthDate: string;
  readonly birthPlace: string;
  readonly issue: string;
  readonly municipality: string;
  readonly reference: string;
  readonly submit: string;
  readonly print: string;
  readonly printRefusal: string;
  readonly fixInput: string;
  readonly answer: string;
  readonly declaration: string;
  readonly computedOn: (date: string) => string;
  readonly nothingStored: string;
  /** The line `schengen serve` prints on start, on stdout. */
  readonly serving: (url: string) => string;
}

export const pageEn: PageMessages = {
  title: 'Arrival declaration (annex 3) and Schengen 90/180 days',
  intro: 'Type the stamps from the passport, the arrival in Belgium and, if there is one, the visa sticker; the person’s details go on the declaration.',
  language: 'Language',
  travel: 'Stamps and visa',
  stamps: 'Stamps',
  stampsHint: 'One stamp a line: "entry 2026-01-10 FR", "exit 20.02.2026". A visa can also be a line: "visa C 1 2026-12-01..2027-01-31 30".',
  arrival: 'Arrival in Belgium',
  entry: 'Schengen entry stamp, if earlier',
  visa: 'Visa sticker',
  visaHint: 'TYPE ENTRIES FROM..UNTIL DAYS, e.g. C 1 2026-12-01..2027-01-31 30',
  optional: 'optional',
  dateHint: 'e.g. 2026-12-24 or 24.12.2026',
  community: 'Community holiday the municipality keeps',
  closed: 'Days the municipality is closed',
  closedHint: 'comma-separated, e.g. 2026-12-31, 02.01.2027',
  person: 'The person',
  personHint: 'As in the passport; a field left empty is a line to fill in by hand.',
  birthDate: 'Date of birth',
  birthPlace: 'Place of birth',
  issue: 'The declaration',
  municipality: 'Municipality',
  reference: 'Reference number',
  submit: 'Compute',
  print: 'Print the declaration (A4)',
  printRefusal: 'Print the refusal notice (A4)',
  fixInput: 'Please check the input',
  answer: 'Answer',
  declaration: 'Declaration to print',
  computedOn: (date) => `Computed on ${date}. Check the dates against the passport before signing.`,
  nothingStored: 'Nothing typed here is stored or sent elsewhere.',
  serving: (url) => `schengen: serving on ${url} (Ctrl-C stops)`,
};
