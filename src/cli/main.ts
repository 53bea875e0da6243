import { Command, InvalidArgumentError, Option } from 'commander';

/**
 * The entry point: commander wiring only. Each action loads its command module on demand so that
 * start-up pays only for commander (luxon, chalk and cli-table3 load where they are used).
 */

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of days, 1 or more');
  return Number(value);
}

/** Options every computing command shares: where the history comes from, "today", output form. */
function addHistoryOptions(command: Command): Command {
  return command
    .argument('[file]', 'stamp file or JSON file with the history ("-" reads standard input)')
    .option('--stay <FROM..TO>', 'a stay, repeatable; FROM.. for a stay still under way', collect, [])
    .option('--visa <STICKER>', 'a visa sticker "TYPE ENTRIES FROM..UNTIL DAYS [valid-for=BE,NL]", repeatable', collect, [])
    .option('--permit <FROM..UNTIL>', 'a residence permit or long-stay period whose days do not count, repeatable', collect, [])
    .option('--on <date>', 'the day to compute for ("today"); default: today in --tz')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is (default: the system zone)')
    .option('--json', 'print one JSON object (see schema/) instead of a table')
    .option('--lang <code>', 'language of the table and messages: nl, fr, de or en (default: from LANG, else en)')
    .option('--fail-on-overstay', 'exit with code 5 when the history or the planned trip breaks the rule');
}

const program = new Command('schengen')
  .description('Schengen 90/180-day stay calculator')
  .version('0.1.0')
  .option('--debug', 'show stack traces of internal errors')
  .exitOverride()
  // Commander's own error text is reported by reportError, in the reader's language.
  .configureOutput({ outputError: () => {} });

addHistoryOptions(
  program
    .command('status')
    .description('days used and remaining on a day, latest exit if inside, overstays')
    .addHelpText(
      'after',
      `
Examples:
  schengen status examples/traveller.txt
  schengen status --stay 2026-01-10..2026-02-20 --stay 2026-05-01.. --on 2026-06-15
  schengen status stamps.txt --json | jq .daysRemaining`,
    ),
).action(async (file: string | undefined, options) => {
  const { runStatusCommand } = await import('./commands/status.js');
  process.exitCode = await runStatusCommand(file, options);
});

addHistoryOptions(
  program
    .command('plan')
    .description('longest stay from an entry day, or whether a planned trip complies')
    .requiredOption('--enter <date>', 'planned entry day')
    .addOption(new Option('--exit <date>', 'planned exit day').conflicts('days'))
    .addOption(new Option('--days <n>', 'planned length of the trip in days, entry and exit included').argParser(positiveInteger))
    .option('--country <CC>', 'state of entry (checked against an LTV visa)')
    .addHelpText(
      'after',
      `
Examples:
  schengen plan stamps.txt --enter 2026-12-20
  schengen plan stamps.txt --enter 2026-12-20 --exit 2027-01-15
  schengen plan --stay 2026-06-01..2026-07-31 --enter 2026-10-01 --days 45 --json
  schengen plan --visa 'C 2 2026-03-01..2026-04-15 30' --enter 2026-03-20`,
    ),
).action(async (file: string | undefined, options) => {
  const { runPlanCommand } = await import('./commands/plan.js');
  process.exitCode = await runPlanCommand(file, options);
});

addHistoryOptions(
  program
    .command('next')
    .description('earliest day a trip of N days can start')
    .requiredOption('--days <n>', 'length of the trip in days, entry and exit included', positiveInteger)
    .option('--from <date>', 'earliest day to consider (default: the --on day)')
    .addHelpText(
      'after',
      `
Examples:
  schengen next stamps.txt --days 30
  schengen next stamps.txt --days 90 --from 2027-01-01 --json`,
    ),
).action(async (file: string | undefined, options) => {
  const { runNextCommand } = await import('./commands/next.js');
  process.exitCode = await runNextCommand(file, options);
});

addHistoryOptions(
  program
    .command('annex3')
    .description('Belgian arrival declaration (annex 3): deadline to report and end of the authorised stay')
    .requiredOption('--arrival <date>', 'arrival in Belgium (the 3 working days run from here)')
    .option('--entry <date>', 'Schengen entry stamp, if earlier than the arrival (default: the arrival)')
    .option('--community <code>', 'also skip a Community holiday: vlg (11 July), fr (27 September) or de (15 November)')
    .option('--closed <dates>', 'municipal closing days, comma-separated, repeatable', collect, [])
    .option('--saturday-working', 'count Saturday as a working day (case law before 2023)')
    .option('--print', 'plain text laid out like the form, to copy onto annex 3')
    .addHelpText(
      'after',
      `
Examples:
  schengen annex3 --arrival 2026-03-13 --visa 'C 1 2026-03-01..2026-04-15 30'
  schengen annex3 stamps.txt --arrival 2026-07-08 --entry 2026-07-06 --community vlg --lang nl
  schengen annex3 --arrival 2026-12-24 --closed 2026-12-31 --print --lang fr`,
    ),
).action(async (file: string | undefined, options) => {
  const { runAnnex3Command } = await import('./commands/annex3.js');
  process.exitCode = await runAnnex3Command(file, options);
});

addHistoryOptions(
  program
    .command('calendar')
    .description('a picture of the days in Schengen and of the days used, month by month (fits 80 columns)')
    .option('--from <date>', 'first day shown (with --to; default: the start of the current window)')
    .option('--to <date>', 'last day shown (at most about three years after --from)')
    .addHelpText(
      'after',
      `
Examples:
  schengen calendar
  schengen calendar stamps.txt --from 2026-01-01 --to 2026-12-31 --lang nl
  NO_COLOR=1 schengen calendar stamps.txt > calendar.txt`,
    ),
).action(async (file: string | undefined, options) => {
  const { runCalendarCommand } = await import('./commands/calendar.js');
  process.exitCode = await runCalendarCommand(file, options);
});

addHistoryOptions(
  program
    .command('ics')
    .description('an iCalendar file with your deadlines, each with an alarm: latest exit, visa UNTIL, annex-3 deadline, next full stay')
    .option('--arrival <date>', 'arrival in Belgium: adds the annex-3 declaration deadline')
    .option('--entry <date>', 'Schengen entry stamp, if earlier than the arrival')
    .option('--community <code>', 'annex 3: also skip a Community holiday (vlg, fr, de)')
    .option('--closed <dates>', 'annex 3: municipal closing days, comma-separated', collect, [])
    .option('--saturday-working', 'annex 3: count Saturday as a working day')
    .addHelpText(
      'after',
      `
Examples:
  schengen ics > schengen.ics
  schengen ics stamps.txt --arrival 2026-12-01 --lang nl > schengen.ics`,
    ),
).action(async (file: string | undefined, options) => {
  const { runIcsCommand } = await import('./commands/ics.js');
  process.exitCode = await runIcsCommand(file, options);
});

const log = program
  .command('log')
  .description("keep your own stamp file: add a stamp or visa, list, remove (file: $SCHENGEN_FILE, else $XDG_DATA_HOME/schengen/stamps.txt)")
  .addHelpText(
    'after',
    `
Examples:
  schengen log entry 2026-12-01 BE Brussels Airport
  schengen log exit 2026-12-20 FR
  schengen log visa C MULT 2026-01-10..2027-01-09 90
  schengen log list
  schengen log remove 3

Every other command reads this file when it is given no file and no --stay/--visa/--permit.
A change that would make the history invalid is refused and the file is left as it was.`,
  );

function addLogOptions(command: Command): Command {
  return command
    .option('--file <path>', 'the stamp file to keep (default: $SCHENGEN_FILE, else the XDG data directory)')
    .option('--on <date>', 'the reference day for the validity checks (default: today)')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is')
    .option('--json', 'print one JSON object')
    .option('--lang <code>', 'language of messages: nl, fr, de or en');
}

for (const kind of ['entry', 'exit'] as const) {
  addLogOptions(log.command(kind).description(`add an ${kind} stamp`).argument('<date>', 'date of the stamp').argument('[country-and-place...]', 'ISO country code, then the place')).action(
    async (date: string, rest: string[], options) => {
      const { runLogStampCommand } = await import('./commands/log.js');
      process.exitCode = await runLogStampCommand(kind, date, rest, options);
    },
  );
}
addLogOptions(log.command('visa').description('add a visa sticker').argument('<sticker...>', 'TYPE ENTRIES FROM..UNTIL DAYS [valid-for=BE,NL]')).action(async (words: string[], options) => {
  const { runLogVisaCommand } = await import('./commands/log.js');
  process.exitCode = await runLogVisaCommand(words, options);
});
addLogOptions(log.command('list').description('show the file, numbered')).action(async (options) => {
  const { runLogListCommand } = await import('./commands/log.js');
  process.exitCode = await runLogListCommand(options);
});
addLogOptions(log.command('remove').description('remove line N of "log list"').argument('<n>', 'number shown by log list')).action(async (n: string, options) => {
  const { runLogRemoveCommand } = await import('./commands/log.js');
  process.exitCode = await runLogRemoveCommand(n, options);
});

program
  .command('batch')
  .description('many people at once: NDJSON (or CSV) in, one NDJSON record per person out, in input order')
  .argument('[file]', 'NDJSON or CSV input ("-" or nothing reads standard input)')
  .addOption(new Option('--query <name>', 'what to compute for each person').choices(['status', 'plan', 'next', 'annex3']).makeOptionMandatory())
  .addOption(new Option('--format <format>', 'input format').choices(['ndjson', 'csv']).default('ndjson'))
  .option('--on <date>', 'the reference day for records without "on" (default: today in --tz)')
  .option('--tz <zone>', 'IANA time zone that decides what "today" is')
  .option('--enter <date>', 'plan: entry day for records without "enter"')
  .option('--exit <date>', 'plan: exit day for records without "exit"/"days"')
  .option('--days <n>', 'plan/next: trip length for records without "days"', positiveInteger)
  .option('--country <CC>', 'plan: state of entry')
  .option('--from <date>', 'next: earliest day to consider')
  .option('--arrival <date>', 'annex3: arrival in Belgium for records without "arrival"')
  .option('--entry <date>', 'annex3: Schengen entry stamp')
  .option('--community <code>', 'annex3: vlg, fr or de')
  .option('--closed <dates>', 'annex3: municipal closing days, comma-separated, repeatable', collect, [])
  .option('--saturday-working', 'annex3: count Saturday as a working day')
  .option('--max-line-length <n>', 'longest input line accepted, in characters (longer: an error record)', positiveInteger, 1_048_576)
  .option('--no-progress', 'no progress line on stderr even on a terminal')
  // issue 12: several threads, several processes or machines
  .option('--jobs <n>', 'worker threads computing records, input order kept (default: the number of cores)')
  .option('--shard <I/N>', 'only the I-th of every N persons (1 ≤ I ≤ N), to split one input over N runs')
  .addHelpText(
    'after',
    `
Input (NDJSON), one person a line; the record's own fields win over the flags:
  {"id": "p1", "stays": [{"entry": "2026-01-10", "exit": "2026-02-20"}], "visas": [], "permits": [], "on": "2026-03-01"}
Input (CSV, --format csv): header "id,entry,exit", one stay a row, rows of a person consecutive.

Output: one JSON line per person, in input order: the same fields as the single command's --json
plus "id", or {"schemaVersion": 1, "id": ..., "error": {"line", "field", "code", "message"}}.
Exit code 0 when every record succeeded, 6 when at least one is an error record.

Examples:
  schengen batch people.ndjson --query status --on 2026-11-22
  schengen batch stays.csv --format csv --query next --days 30
  cat people.ndjson | schengen batch --query annex3 > declarations.ndjson`,
  )
  .action(async (file: string | undefined, options) => {
    const { runBatchCommand } = await import('./commands/batch.js');
    process.exitCode = await runBatchCommand(file, options);
  });

program
  .command('visa')
  .description('decode and verify the machine-readable zone (MRZ) of a visa sticker')
  .requiredOption('--mrz <lines...>', 'the two MRZ lines (44 characters for MRV-A, 36 for MRV-B)')
  .option('--json', 'print one JSON object instead of a table')
  .option('--lang <code>', 'language of the table and messages: nl, fr, de or en')
  .addHelpText(
    'after',
    `
Examples:
  schengen visa --mrz 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<' 'F000000005UTO0311063M1401143<M300703'
  schengen visa --mrz LINE1 LINE2 --json

Every check digit is verified; a wrong one is an error naming the field (exit 3).`,
  )
  .action(async (options) => {
    const { runVisaCommand } = await import('./commands/visa.js');
    process.exitCode = await runVisaCommand(options);
  });

// No top-level await: the single-file build (scripts/build-bundle.js) is a script, run with a code cache.
program.parseAsync(process.argv).catch(async (error: unknown) => {
  const { reportError } = await import('./report-error.js');
  process.exitCode = await reportError(error, process.argv, process.env, (text) => process.stderr.write(text));
});
