import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { projectRoot, splitVerdict, STACK_TRACE, tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateApply = ajv.compile(strictSchema('apply') as object);

async function applyJson(args: readonly string[]): Promise<{ json: Record<string, unknown>; stderr: string }> {
  const result = await runInProcess(['apply', ...args, '--json']);
  expect(result.exitCode, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as Record<string, unknown>;
  expect(validateApply(json), JSON.stringify(validateApply.errors)).toBe(true);
  return { json, stderr: result.stderr };
}

const ON = ['--on', '2026-11-23'];

describe('schengen apply: the table', () => {
  it('names each date and its article (English, default)', async () => {
    const result = await runInProcess(['apply', '--travel', '2027-08-31', ...ON]);
    expect(result.exitCode).toBe(0);
    // rules.md §5.14: 28.02.2027 counted back, but 28.02 + 6 months = 28.08 < 31.08; 01.03 + 6 months = 01.09.
    expect(result.stderr).toBe(
      'schengen: warning: 6 months before the trip, counted back from Tue 31 Aug 2027, is Sun 28 Feb 2027; but 6 months from that day end before the trip. Mon 1 Mar 2027 is the first day no more than 6 months before the trip counted either way, so the earliest day given (Visa Code Art. 9(1))\n',
    );
    // The verdict first (issue 19), then the table's title.
    const { verdict, body } = splitVerdict(result.stdout);
    expect(verdict).toBe('OK: lodge the application from Mon 1 Mar 2027 to Mon 16 Aug 2027 for travel on Tue 31 Aug 2027; it cannot be lodged yet.');
    expect(body.split('\n')[0]).toBe('Schengen visa application for a trip starting Tue 31 Aug 2027');
    expect(tableRows(result.stdout)).toEqual([
      ['First day of the trip', 'Tue 31 Aug 2027'],
      ['Applicant', 'traveller, under the Visa Code alone'],
      ['Earliest day to lodge', 'Mon 1 Mar 2027 (6 months before the trip) Visa Code (Reg. 810/2009) Art. 9(1)'],
      ['Last day to lodge (15-day rule)', 'Mon 16 Aug 2027 (15 days before the trip; later only in justified urgent cases) Visa Code (Reg. 810/2009) Art. 9(1)'],
      // 23.11.2026 → 01.03.2027: 7 + 31 + 31 + 28 + 1 = 98 days.
      ['On Mon 23 Nov 2026', 'too early to lodge: lodging opens in 98 days'],
      ['Lodge by, for a decision before the trip (15 days)', 'Sun 15 Aug 2027 Visa Code Art. 23(1)'],
      ['Lodge by, for a decision before the trip even if extended (45 days)', 'Fri 16 Jul 2027 Visa Code Art. 23(2)'],
    ]);
  });

  it('--lodged adds the decision due and, unless extended, the latest day if extended', async () => {
    const result = await runInProcess(['apply', '--travel', '2027-03-01', '--lodged', '2027-02-10', ...ON]);
    expect(result.exitCode).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows).toContainEqual(['Lodged on', 'Wed 10 Feb 2027']);
    expect(rows).toContainEqual(['Decision due by', 'Thu 25 Feb 2027 (15 calendar days after lodging) Visa Code Art. 23(1)']);
    expect(rows).toContainEqual(['Decision due by, if the period is extended', 'Sat 27 Mar 2027 (45 calendar days after lodging) Visa Code Art. 23(2)']);
    expect(result.stderr).toBe(
      'schengen: warning: if the consulate extends the period (up to 45 days), the decision may come as late as Sat 27 Mar 2027, on or after the first day of the trip (Mon 1 Mar 2027)\n',
    );
  });

  it.each([
    ['nl', 'Aanvraag van een Schengenvisum voor een reis vanaf ma 01/03/2027', 'Visumcode (Verord. 810/2009) art. 9(1)', 'schengen: let op: als het consulaat'],
    ['fr', 'Demande de visa Schengen pour un voyage commençant le lun. 01/03/2027', 'code des visas (règl. 810/2009), art. 9, par. 1', 'schengen: attention\u00a0: si le consulat'],
    ['de', 'Antrag auf ein Schengen-Visum für eine Reise ab Mo. 01.03.2027', 'Visakodex (VO 810/2009) Art. 9 Abs. 1', 'schengen: Achtung: verlängert das Konsulat'],
  ])('--lang %s', async (lang, title, basis, warning) => {
    const result = await runInProcess(['apply', '--travel', '2027-03-01', '--lodged', '2027-02-10', ...ON, '--lang', lang]);
    expect(result.exitCode).toBe(0);
    expect(splitVerdict(result.stdout).body.split('\n')[0]).toBe(title);
    expect(result.stdout.replace(/[│\s]+/g, ' ')).toContain(basis);
    expect(result.stderr).toContain(warning);
  });
});

describe('schengen apply --json (validated against schema/apply.schema.json)', () => {
  it('travel only: the lodging window, where today stands, and the lodge-by days', async () => {
    const { json } = await applyJson(['--travel', '2028-08-31', ...ON]);
    expect(json).toEqual({
      schemaVersion: 3,
      command: 'apply',
      // 16 Aug 2028 is 15 days before 31 Aug 2028: the last day to lodge; the window has not opened on 23 Nov 2026.
      verdict: { ok: true, code: 'applyNotYetOpen', text: expect.stringMatching(/^OK: lodge the application from 2028-0[23]-[0-9]{2} to 2028-08-16 for travel on 2028-08-31; it cannot be lodged yet\.$/) },
      on: '2026-11-23',
      travel: '2028-08-31',
      seafarer: false,
      facilitated: false,
      lodging: {
        // 29.02.2028 counted back; 29.02 + 6 months = 29.08 < 31.08; 01.03 + 6 months = 01.09.
        earliest: '2028-03-01',
        monthsBefore: 6,
        latest: '2028-08-16',
        daysBefore: 15,
        legalBasis: 'Regulation (EC) No 810/2009 (Visa Code) Art. 9(1)',
        phaseOn: 'notYetOpen',
      },
      lodgeBy: { regularDecision: '2028-08-15', extendedDecision: '2028-07-16' },
      lodged: null,
      decision: null,
      warnings: [
        {
          code: 'earliestUnderBothReadings',
          message:
            '6 months before the trip, counted back from 2028-08-31, is 2028-02-29; but 6 months from that day end before the trip. 2028-03-01 is the first day no more than 6 months before the trip counted either way, so the earliest day given (Visa Code Art. 9(1))',
        },
      ],
    });
  });

  it('--seafarer: nine months', async () => {
    const { json } = await applyJson(['--travel', '2027-11-30', '--seafarer', ...ON]);
    // 28.02.2027 counted back; 28.02 + 9 months = 28.11 < 30.11; 01.03 + 9 months = 01.12.
    expect(json).toMatchObject({ seafarer: true, lodging: { earliest: '2027-03-01', monthsBefore: 9, latest: '2027-11-15' } });
  });

  it('--facilitated --lodged: 10 days, up to 30, under the agreement', async () => {
    const { json, stderr } = await applyJson(['--travel', '2027-03-01', '--facilitated', '--lodged', '2027-02-10', ...ON]);
    expect(json).toMatchObject({
      facilitated: true,
      lodgeBy: { regularDecision: '2027-02-18', extendedDecision: '2027-01-29' },
      lodged: '2027-02-10',
      decision: {
        due: '2027-02-20',
        extended: false,
        regular: { days: 10, due: '2027-02-20', legalBasis: 'EU visa facilitation agreement' },
        ifExtended: { days: 30, due: '2027-03-12', legalBasis: 'EU visa facilitation agreement (extension)' },
      },
      warnings: [{ code: 'extensionCouldDelay' }],
    });
    expect(stderr).toContain('up to 30 days');
  });

  it('--extended: the decision is due 45 days after lodging; warned when that is on or after the trip', async () => {
    const { json, stderr } = await applyJson(['--travel', '2027-03-01', '--lodged', '2027-01-15', '--extended', ...ON]);
    expect(json).toMatchObject({ decision: { due: '2027-03-01', extended: true }, warnings: [{ code: 'decisionOnOrAfterTravel' }] });
    expect(stderr).toBe(
      'schengen: warning: the decision is due by Mon 1 Mar 2027, on or after the first day of the trip (Mon 1 Mar 2027): the visa may not be in hand before you leave\n',
    );
    const inTime = await applyJson(['--travel', '2027-03-01', '--lodged', '2027-01-14', '--extended', ...ON]);
    expect(inTime.json).toMatchObject({ decision: { due: '2027-02-28' }, warnings: [] });
    expect(inTime.stderr).toBe('');
  });

  it('lodged after the last day by the 15-day rule: answered, with a warning', async () => {
    const { json } = await applyJson(['--travel', '2027-03-01', '--lodged', '2027-02-20', ...ON]);
    expect((json['warnings'] as { code: string }[]).map((w) => w.code)).toEqual(['lodgedAfterLastDay', 'decisionOnOrAfterTravel']);
  });

  it('--on after the last lodging day: the phase and a warning', async () => {
    const { json } = await applyJson(['--travel', '2027-03-01', '--on', '2027-02-20']);
    expect(json).toMatchObject({ on: '2027-02-20', lodging: { phaseOn: 'pastLastDay' }, warnings: [{ code: 'lastLodgingDayPassed' }] });
  });

  it('--json is the same in every language', async () => {
    const english = await runInProcess(['apply', '--travel', '2027-03-01', '--lodged', '2027-02-10', ...ON, '--json']);
    const dutch = await runInProcess(['apply', '--travel', '2027-03-01', '--lodged', '2027-02-10', ...ON, '--json', '--lang', 'nl']);
    expect(dutch.stdout).toBe(english.stdout);
  });
});

describe('schengen apply: refused input, never a stack trace', () => {
  it.each([
    ['a travel date in the past', ['--travel', '2026-11-22', ...ON], 2, 'schengen: field "--travel": --travel 2026-11-22 is before the reference day 2026-11-23'],
    ['a lodged date after travel', ['--travel', '2027-03-01', '--lodged', '2027-03-02', ...ON], 2, 'schengen: field "--lodged": --lodged 2027-03-02 is after --travel 2027-03-01'],
    [
      'a lodged date before the earliest day',
      ['--travel', '2028-08-31', '--lodged', '2028-02-28', ...ON],
      2,
      'schengen: field "--lodged": --lodged 2028-02-28 is more than 6 months before the trip, so the application is not admissible (Visa Code Art. 9(1), 19) and no decision period runs; expected 2028-03-01 or later',
    ],
    ['--extended without --lodged', ['--travel', '2027-03-01', '--extended', ...ON], 2, 'schengen: field "--extended": --extended needs --lodged'],
    ['no --travel', [...ON], 2, 'schengen: the option --travel <date> is required (schengen apply --help)'],
    ['an unreadable travel date', ['--travel', '2027/13/01', ...ON], 3, 'schengen: field "--travel": "2027/13/01" is not a date we accept'],
    ['an impossible lodged date', ['--travel', '2027-03-01', '--lodged', '2027-02-29', ...ON], 3, 'schengen: field "--lodged": "2027-02-29" is not a date we accept: no such day'],
  ])('%s', async (_name, args, exitCode, message) => {
    const result = await runInProcess(['apply', ...args]);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('the error speaks the reader’s language', async () => {
    const result = await runInProcess(['apply', '--travel', '2027-03-01', '--lodged', '2027-03-02', ...ON, '--lang', 'de']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('schengen: Feld „--lodged“: --lodged 2027-03-02 liegt nach --travel 2027-03-01; erwartet: ein Tag der Antragstellung am oder vor dem ersten Tag der Reise\n');
  });
});

describe('the section "apply: when to apply for the visa" of docs/commands.md', () => {
  const commands = readFileSync(`${projectRoot}/docs/commands.md`, 'utf8');
  const heading = '## apply: when to apply for the visa';
  const section = commands.slice(commands.indexOf(heading), commands.indexOf('\n## ', commands.indexOf(heading) + 1));
  const examples = [...section.matchAll(/^(?:\$ )?schengen ((?:apply|ics) [^#>|\n]+)/gm)].map((match) => match[1]!.trim().split(/\s+/));

  it('has examples of apply and ics', () => {
    expect(examples.map((args) => args[0])).toEqual(expect.arrayContaining(['apply', 'ics']));
  });

  it.each(examples.map((args) => [args.join(' '), args]))('schengen %s answers', async (_line, args) => {
    const result = await runInProcess([...(args as string[]), ...ON]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).not.toBe('');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('schengen ics --travel', () => {
  const events = (stdout: string) =>
    new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        summary: event.summary,
        start: event.startDate.toString(),
        alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
      };
    });

  it('adds the first and the last lodging day, with no history needed', async () => {
    const result = await runInProcess(['ics', '--travel', '2027-08-31', ...ON]);
    expect(result.exitCode).toBe(0);
    expect(events(result.stdout)).toEqual([
      { summary: 'Visa: application can be lodged from today', start: '2027-03-01', alarms: ['PT9H'] },
      { summary: 'Visa: last day to lodge the application', start: '2027-08-16', alarms: ['-P6DT15H', '-PT15H'] },
    ]);
  });

  it('once lodged: the decision due (seafarer, facilitated: 10 days), sorted among the stay’s dates', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--travel', '2027-03-01', '--lodged', '2026-12-01', '--seafarer', '--facilitated', ...ON]);
    expect(result.exitCode).toBe(0);
    expect(events(result.stdout).map((event) => `${event.start} ${event.summary}`)).toEqual([
      '2026-12-11 Visa: decision due',
      '2027-01-29 Schengen: latest exit',
      '2027-02-22 Schengen: a full 90-day stay possible again',
    ]);
  });

  it('writes the application warnings to stderr', async () => {
    const result = await runInProcess(['ics', '--travel', '2027-03-01', '--lodged', '2027-02-20', ...ON]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('schengen: warning: lodged on Sat 20 Feb 2027, after the last day by the 15-day rule (Sun 14 Feb 2027)');
    expect(events(result.stdout).map((event) => `${event.start} ${event.summary}`)).toEqual(['2027-03-07 Visa: decision due']);
  });

  it('refuses application flags without --travel instead of ignoring them', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--extended', ...ON]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('schengen: field "--extended": --extended belongs to the visa application dates and needs --travel DATE\n');
  });

  it('refuses a travel date in the past, as apply does', async () => {
    const result = await runInProcess(['ics', '--travel', '2026-01-01', ...ON]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('field "--travel"');
  });
});
