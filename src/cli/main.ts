import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { boundedInteger, MAX_LINE_LENGTH, MAX_TRIP_DAYS } from '../parse/numbers.js';
import { numberRangeReason, WHOLE_NUMBER_REASON } from './command-path.js';
import { helpAfter } from './global-options.js';

/**
 * The commander program: every command, its options and help. Each action loads its command module
 * on demand so that start-up pays only for commander (luxon, chalk and cli-table3 load where they
 * are used). Importing this module runs nothing (start.ts, the entry point, runs the program), so
 * that a test can read each command's options (test/cli/options.test.ts).
 */

/** `--rules`, `--rule`, `--nationality`: which stay rules judge the days (docs/regimes.md). */
function addRulesOptions(command: Command): Command {
  return command
    .option('--rules <name>', 'the stay rules: schengen (default), ru-visa-free, ru-visa, by-visa-free, by-transit or tr (schengen rules lists them)')
    .option('--rule <rule>', 'your own rule instead, repeatable: N/M (N days in any M), N/year, stay<=N', collect, [])
    .option('--nationality <CC>', 'your nationality, for rules that depend on it (by-visa-free: PL, LT, LV stay up to 90 days)');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * A number option's parser: plain digits within [min, max], refused at parse time (10,000,000 days
 * never reach the core). The reasons are recognised by commander-errors.ts, which words them.
 */
function integerIn(min: number, max: number, notANumber = numberRangeReason(min, max)): (value: string) => number {
  return (value) => {
    const parsed = boundedInteger(value, min, max);
    if (parsed !== null) return parsed;
    throw new InvalidArgumentError(/^[0-9]+$/.test(value) && Number(value) >= min ? numberRangeReason(min, max) : notANumber);
  };
}
const positiveInteger = integerIn(1, MAX_TRIP_DAYS, WHOLE_NUMBER_REASON);

/** Options every computing command shares: where the history comes from, "today", output form. */
function addHistoryOptions(command: Command, json = true, failOnOverstay = 'exit with code 5 when the history or the planned trip breaks the rule'): Command {
  command
    .argument('[file]', 'stamp file or JSON file with the history ("-" reads standard input)')
    .option('--stay <FROM..TO>', 'a stay, repeatable; FROM.. for a stay still under way', collect, [])
    .option('--visa <STICKER>', 'a visa sticker "TYPE ENTRIES FROM..UNTIL DAYS [valid-for=BE,NL]", repeatable', collect, [])
    .option('--permit <FROM..UNTIL>', 'a residence permit or long-stay period whose days do not count, repeatable', collect, [])
    .option('--on <date>', 'the day to compute for ("today"); default: today in --tz')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is (default: the system zone)')
    .option('--traveller <name>', 'read this traveller\'s own file (kept with "schengen log --traveller NAME")');
  if (json) command.option('--json', 'print one JSON object (see schema/) instead of a table');
  return command.option('--fail-on-overstay', failOnOverstay);
}

/**
 * The commands a run may build alone (buildProgram): all but `completion`, which writes every
 * command's options into its script.
 */
export const ALONE: readonly string[] = ['status', 'plan', 'next', 'check', 'statement', 'annex3', 'calendar', 'ics', 'rules', 'apply', 'log', 'batch', 'serve', 'mcp', 'visa'];

/**
 * A new commander program, every command wired to its action; a test builds its own (each
 * language's help is written into the program it is shown by: global-options.ts), so that every help
 * text can be asked of it in one process. With `only`, one of ALONE, the program has that command
 * alone: start.ts asks for it when the command line names that command and no help (issue 21: making
 * every command's options was some 200 commander objects at every start, and a garbage collection).
 */
export function buildProgram(only?: string): Command {
  const wanted = (name: string): boolean => only === undefined || !ALONE.includes(only) || name === only;
  const program = new Command('schengen')
    .description('Schengen 90/180-day stay calculator')
    .version('0.1.0')
    .option('--debug', 'show stack traces of internal errors')
    // Global options (issue 13): before or after the command name; see global-options.ts.
    .option('--lang <code>', 'language of the tables, messages and help: nl, fr, de or en (also NL, nl-BE, nl_BE; default: the config file, else LANG, else en)')
    .option('--color', 'colour even when the output is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('--config <file>', 'settings file: lang, community, closed, tz, municipality, numbering (default: $XDG_CONFIG_HOME/schengen/config.json)')
    .exitOverride()
    // Commander's own error text is reported by reportError, in the reader's language.
    .configureOutput({ outputError: () => {} });

  if (wanted('status')) addHistoryOptions(
    addRulesOptions(program
      .command('status'))
      .description('days used and remaining on a day, latest exit if inside, every unauthorised day')
      .option('--explain', 'show the workings: the deciding day, its window, each stay, every limit and its legal source')
      .option('--fields <names>', 'JSON with only these fields of the answer, comma-separated (implies --json): e.g. daysUsed,daysRemaining,latestExit')
      .addOption(new Option('--all', 'the status of every traveller kept with "schengen log" (own file and --traveller files)').conflicts(['traveller', 'stay', 'visa', 'permit']))
      .addOption(new Option('--ees-days-left <n>', 'the days left the EES service "Check how long you can stay" showed for the --on day: adds the difference with ours and the days that may explain it').argParser(integerIn(0, MAX_TRIP_DAYS)).conflicts('all'))
      .addHelpText('after', helpAfter(`
Examples:
  schengen status examples/traveller.txt
  schengen status --stay 2026-01-10..2026-02-20 --stay 2026-05-01.. --on 2026-06-15
  schengen status --visa 'C 1 2026-01-01..2026-01-31 10' --stay 2026-01-05.. --on 2026-01-20 --explain
  schengen status stamps.txt --json | jq .daysRemaining
  schengen status --on 2026-12-20 --ees-days-left 31
  schengen status --all`),
      ),
  ).action(async (file: string | undefined, options) => {
    if (options.all) {
      const { runStatusAllCommand } = await import('./commands/status-all.js');
      process.exitCode = await runStatusAllCommand(file, options);
      return;
    }
    const { runStatusCommand } = await import('./commands/status.js');
    process.exitCode = await runStatusCommand(file, options);
  });

  if (wanted('plan')) addHistoryOptions(
    addRulesOptions(program
      .command('plan'))
      .description('longest stay from an entry day, or whether a planned trip complies')
      .requiredOption('--enter <date>', 'planned entry day')
      .addOption(new Option('--exit <date>', 'planned exit day').conflicts('days'))
      .addOption(new Option('--days <n>', 'planned length of the trip in days, entry and exit included').argParser(positiveInteger))
      .option('--country <CC>', 'state of entry (checked against an LTV visa)')
      .option('--explain', 'show the workings: the deciding day, its window, each stay, every limit and its legal source')
      .option('--fields <names>', 'JSON with only these fields of the answer, comma-separated (implies --json): e.g. daysUsed,daysRemaining,latestExit')
      .addHelpText('after', helpAfter(`
Stays recorded after --enter are booked trips: the trip must fit around them and keep them authorised.

Examples:
  schengen plan stamps.txt --enter 2026-12-20
  schengen plan stamps.txt --enter 2026-12-20 --exit 2027-01-15
  schengen plan --stay 2026-06-01..2026-07-31 --enter 2026-10-01 --days 45 --json
  schengen plan --visa 'C 2 2026-03-01..2026-04-15 30' --enter 2026-03-20`),
      ),
  ).action(async (file: string | undefined, options) => {
    const { runPlanCommand } = await import('./commands/plan.js');
    process.exitCode = await runPlanCommand(file, options);
  });

  if (wanted('next')) addHistoryOptions(
    addRulesOptions(program
      .command('next'))
      .description('earliest day a trip of N days can start')
      .requiredOption('--days <n>', 'length of the trip in days, entry and exit included', positiveInteger)
      .option('--from <date>', 'earliest day to consider (default: the --on day)')
      .option('--leave <date>', 'if inside on the --on day: the day you will leave (default: that day)')
      .option('--explain', 'show the workings: why no earlier day works')
      .option('--fields <names>', 'JSON with only these fields of the answer, comma-separated (implies --json): e.g. daysUsed,daysRemaining,latestExit')
      .addHelpText('after', helpAfter(`
Someone inside on the --on day is taken to leave that day (or on --leave); the trip fits around booked stays.

Examples:
  schengen next stamps.txt --days 30
  schengen next stamps.txt --days 20 --leave 2026-12-01
  schengen next stamps.txt --days 90 --from 2027-01-01 --json`),
      ),
  ).action(async (file: string | undefined, options) => {
    const { runNextCommand } = await import('./commands/next.js');
    process.exitCode = await runNextCommand(file, options);
  });

  if (wanted('check')) addHistoryOptions(
    addRulesOptions(program
      .command('check'))
      .description('every trip, past, under way and booked, judged at once: its days, whether it complies, the room left')
      .option('--explain', 'show the workings of the day that decides: the first unauthorised day, else the day with the fewest days left')
      .option('--timeline', 'add the days left on each day ahead (at least six months), booked days apart from recorded ones')
      .addHelpText('after', helpAfter(`
Trips entered after the --on day are booked trips (schengen log trip FROM..TO records them).

Examples:
  schengen check
  schengen check stamps.txt --timeline
  schengen check --stay 2026-01-10..2026-02-20 --stay 2027-02-01..2027-04-15 --explain
  schengen check --json | jq '.trips[] | select(.compliant | not)'`),
      ),
  ).action(async (file: string | undefined, options) => {
    const { runCheckCommand } = await import('./commands/check.js');
    process.exitCode = await runCheckCommand(file, options);
  });

  if (wanted('statement')) addHistoryOptions(
    program
      .command('statement')
      .description('a statement of stays for a border guard, a consulate or a request to rectify an EES record: each stay, the count on each day, the rule and its source')
      .option('--from <date>', 'first day of the span (when not given: 179 days before --to, a whole window)')
      .option('--to <date>', 'last day of the span (default: the --on day)')
      .addOption(new Option('--html', 'a printable A4 page in the --lang language').conflicts('json'))
      .addHelpText('after', helpAfter(`
Examples:
  schengen statement
  schengen statement --from 2026-01-01 --to 2026-12-31 --html --lang fr > statement.html
  schengen statement stamps.txt --json`),
      ),
  ).action(async (file: string | undefined, options) => {
    const { runStatementCommand } = await import('./commands/statement.js');
    process.exitCode = await runStatementCommand(file, options);
  });

  if (wanted('annex3')) addHistoryOptions(
    program
      .command('annex3')
      .description('Belgian arrival declaration (annex 3): deadline to report and end of the authorised stay')
      .requiredOption('--arrival <date>', 'arrival in Belgium (the 3 working days run from here)')
      .option('--entry <date>', 'Schengen entry stamp, if earlier than the arrival (default: the arrival)')
      .option('--community <code>', 'also skip a Community holiday: vlg (11 July), fr (27 September) or de (15 November)')
      .option('--closed <dates>', 'municipal closing days, comma-separated, repeatable', collect, [])
      .option('--saturday-working', 'count Saturday as a working day (case law before 2023)')
      .option('--print', 'plain text laid out like the form, to copy onto annex 3')
      .option('--explain', 'show the workings of the end of the authorised stay')
      .addOption(new Option('--fields <names>', 'JSON with only these fields of the answer, comma-separated (implies --json): e.g. daysUsed,daysRemaining,latestExit').conflicts(['html', 'print', 'worksheet']))
      .option('--name <name>', 'surname and first names for the declaration; repeat for each person of a family', collect, [])
      .option('--birth-date <text>', 'date of birth as in the passport; once for everyone or once per --name', collect, [])
      .option('--birth-place <text>', 'place of birth; once for everyone or once per --name', collect, [])
      .option('--nationality <text>', 'nationality; once for everyone or once per --name', collect, [])
      .option('--document <text>', 'travel document (kind and number); once for everyone or once per --name', collect, [])
      .option('--address <text>', 'address in the municipality; once for everyone or once per --name', collect, [])
      .option('--municipality <name>', 'the municipality that issues the declaration (default: the settings file)')
      .option('--reference <number>', 'reference number: once per --name, or one number for the family, numbered on; the settings file\'s numbering wraps it', collect, [])
      .option('--numbering <pattern>', 'how reference numbers are written, {n} the number and {year} the year, e.g. B3/{year}/{n} (default: the settings file)')
      .addOption(new Option('--html', 'the declaration as a printable HTML page, one A4 sheet per person, in the --lang language; a refusal notice when none may be issued').conflicts(['json', 'print', 'worksheet']))
      .addOption(new Option('--worksheet', 'the worksheet for the file as a printable HTML page: deadline, days not counted, limit that binds, legal basis').conflicts(['json', 'print']))
      .addHelpText('after', helpAfter(`
Examples:
  schengen annex3 --arrival 2026-03-13 --visa 'C 1 2026-03-01..2026-04-15 30'
  schengen annex3 stamps.txt --arrival 2026-07-08 --entry 2026-07-06 --community vlg --lang nl
  schengen annex3 --arrival 2026-12-24 --closed 2026-12-31 --print --lang fr
  schengen annex3 --arrival 2026-12-24 --name 'DOE John' --name 'DOE Jane' --nationality USA --html --lang nl > annex3.html
  schengen annex3 --arrival 2026-12-24 --worksheet --lang fr > worksheet.html

No authorised stay from the entry: no declaration is printed but a refusal notice, and the exit code is 5.`),
      ),
    true,
    'kept for scripts: annex3 exits with code 5 whenever no declaration may be issued',
  ).action(async (file: string | undefined, options) => {
    const { runAnnex3Command } = await import('./commands/annex3.js');
    process.exitCode = await runAnnex3Command(file, options);
  });

  if (wanted('calendar')) addHistoryOptions(
    addRulesOptions(program
      .command('calendar'))
      .description('a picture of the days in Schengen and of the days used, month by month (fits 80 columns)')
      .option('--from <date>', 'first day shown (with --to; default: the start of the current window)')
      .option('--to <date>', 'last day shown (the whole range is drawn, however long)')
      .addHelpText('after', helpAfter(`
Examples:
  schengen calendar
  schengen calendar stamps.txt --from 2026-01-01 --to 2026-12-31 --lang nl
  NO_COLOR=1 schengen calendar stamps.txt > calendar.txt`),
      ),
  ).action(async (file: string | undefined, options) => {
    const { runCalendarCommand } = await import('./commands/calendar.js');
    process.exitCode = await runCalendarCommand(file, options);
  });

  if (wanted('ics')) addHistoryOptions(
    addRulesOptions(program
      .command('ics'))
      .description('an iCalendar file with your deadlines, each with an alarm: latest exit, visa UNTIL, annex-3 deadline, next full stay')
      .option('--arrival <date>', 'arrival in Belgium: adds the annex-3 declaration deadline')
      .option('--entry <date>', 'Schengen entry stamp, if earlier than the arrival')
      .option('--community <code>', 'annex 3: also skip a Community holiday (vlg, fr, de)')
      .option('--closed <dates>', 'annex 3: municipal closing days, comma-separated', collect, [])
      .option('--saturday-working', 'annex 3: count Saturday as a working day')
      .option('--travel <date>', 'visa application: first day of the trip; adds when to lodge (and, with --lodged, the decision due)')
      .option('--facilitated', 'visa application: under an EU visa facilitation agreement')
      .option('--seafarer', 'visa application: seafarer on duty (lodge up to 9 months ahead)')
      .option('--lodged <date>', 'visa application: the day it was lodged')
      .option('--extended', 'visa application: the decision period was extended')
      .option('--remind <days>', 'alarms, in days before each date, comma-separated (e.g. 14,7,3; 0 = on the day)')
      .addHelpText('after', helpAfter(`
Examples:
  schengen ics > schengen.ics
  schengen ics --travel 2027-08-31 > visa.ics
  schengen ics --remind 14,7,3 > schengen.ics
  schengen ics stamps.txt --arrival 2026-12-01 --lang nl > schengen.ics`),
      ),
    false,
  ).action(async (file: string | undefined, options) => {
    const { runIcsCommand } = await import('./commands/ics.js');
    process.exitCode = await runIcsCommand(file, options);
  });

  if (wanted('rules')) program
    .command('rules')
    .description('every preset of stay rules: its zone, rules, the dates they are in force and the legal source')
    .option('--json', 'print one JSON object (schema/rules.schema.json) instead of a table')
    .addHelpText('after', helpAfter(`
Examples:
  schengen rules
  schengen rules --lang de
  schengen status stamps.txt --rules ru-visa-free
  schengen plan --rule 90/year --rule 'stay<=30' --enter 2026-12-01 --days 20`))
    .action(async (options) => {
      const { runRulesCommand } = await import('./commands/rules.js');
      process.exitCode = await runRulesCommand(options);
    });

  if (wanted('apply')) program
    .command('apply')
    .description('when to lodge a Schengen visa application, and when the decision is due (Visa Code Art. 9, 23)')
    .requiredOption('--travel <date>', 'first day of the intended trip')
    .option('--facilitated', 'under an EU visa facilitation agreement: decision in 10 days, up to 30 (instead of 15, up to 45)')
    .option('--seafarer', 'seafarer in the performance of duties: lodge up to 9 months ahead (instead of 6)')
    .option('--lodged <date>', 'the day the application was (or will be) lodged: adds the decision deadline')
    .option('--extended', 'the consulate extended the decision period (needs --lodged)')
    .option('--on <date>', 'the reference day ("today"); default: today in --tz')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is')
    .option('--json', 'print one JSON object (schema/apply.schema.json) instead of a table')
    .addHelpText('after', helpAfter(`
Examples:
  schengen apply --travel 2027-08-31
  schengen apply --travel 2027-03-01 --lodged 2027-02-10 --lang nl
  schengen apply --travel 2027-06-15 --seafarer --facilitated --lodged 2027-05-20 --extended --json

Lodging: at the earliest 6 months (seafarers 9) before the trip, as a rule at the latest 15 days before.
Decision: within 15 calendar days of lodging (the lodging day is day 0), up to 45 when extended.`))
    .action(async (options) => {
      const { runApplyCommand } = await import('./commands/apply.js');
      process.exitCode = await runApplyCommand(options);
    });

  if (wanted('log')) addLogCommand(program);

  if (wanted('batch')) addRulesOptions(program
    .command('batch'))
    .description('many people at once: NDJSON (or CSV) in, one NDJSON record per person out, in input order')
    .argument('[file]', 'NDJSON or CSV input ("-" or nothing reads standard input)')
    .addOption(new Option('--query <name>', 'the question to answer for each person').choices(['status', 'plan', 'next', 'annex3', 'calendar', 'apply', 'visa', 'check']).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'input format').choices(['ndjson', 'csv']).default('ndjson'))
    .addOption(new Option('--delimiter <char>', 'CSV field separator (default: from the header, "," or ";")').choices([',', ';', 'tab']))
    .option('--on <date>', 'the reference day for records without "on" (default: today in --tz)')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is')
    .option('--enter <date>', 'plan: entry day for records without "enter"')
    .option('--exit <date>', 'plan: exit day for records without "exit"/"days"')
    .option('--days <n>', 'plan/next: trip length for records without "days"', positiveInteger)
    .option('--country <CC>', 'plan: state of entry')
    .option('--from <date>', 'next: earliest day to consider; calendar: first day (with --to)')
    .option('--to <date>', 'calendar: last day (with --from)')
    .option('--arrival <date>', 'annex3: arrival in Belgium for records without "arrival"')
    .option('--entry <date>', 'annex3: Schengen entry stamp')
    .option('--community <code>', 'annex3: vlg, fr or de')
    .option('--closed <dates>', 'annex3: municipal closing days, comma-separated, repeatable', collect, [])
    .option('--saturday-working', 'annex3: count Saturday as a working day')
    .option('--travel <date>', 'apply: first day of the trip for records without "travel"')
    .option('--lodged <date>', 'apply: day the application was lodged')
    .option('--facilitated', 'apply: a visa facilitation agreement applies')
    .option('--seafarer', 'apply: a seafarer in the performance of duties')
    .option('--extended', 'apply: the decision period was extended')
    .option('--fields <names>', 'status, plan, next, annex3: only these fields of each answer, comma-separated (a record\'s own "fields" wins)')
    .option('--max-line-length <n>', 'longest input line accepted, in characters (longer: an error record)', integerIn(1, MAX_LINE_LENGTH), 1_048_576)
    .option('--no-progress', 'no progress line on stderr even on a terminal')
    // issue 12: several threads, several processes or machines
    .option('--jobs <n>', 'worker threads computing records, input order kept (default: the cores free by the load average; one for an input under 2 MB)')
    .option('--shard <I/N>', 'only the I-th of every N persons (1 ≤ I ≤ N), to split one input over N runs')
    .addHelpText('after', helpAfter(`
Input (NDJSON), one person a line; the record's own fields win over the flags:
  {"id": "p1", "stays": [{"entry": "2026-01-10", "exit": "2026-02-20"}], "visas": [], "permits": [], "on": "2026-03-01"}
Input (CSV, --format csv): a header naming the columns in any order: id, entry (required), exit,
country, place, exitCountry, exitPlace, visa ("C MULT 2026-01-10..2027-01-09 90"), permit
("2025-09-01..2026-08-31 BE"); "," or ";" (from the header, or --delimiter), quotes, a BOM.
One stay, sticker or permit a row; the rows of a person consecutive.

Output: one JSON line per person, in input order: the same fields as the single command's --json
plus "id" (each begins with its verdict), or {"schemaVersion": 3, "id": ..., "error": {"line", "field",
"code", "message"}}. A field the question does not take is an error record (nothing is ignored).
Exit code 0 when every record succeeded, 6 when at least one is an error record.

Examples:
  schengen batch people.ndjson --query status --on 2026-11-22
  schengen batch stays.csv --format csv --query next --days 30
  schengen batch export.csv --format csv --delimiter ';' --query annex3 --arrival 2026-12-01
  cat people.ndjson | schengen batch --query annex3 > declarations.ndjson`),
    )
    .action(async (file: string | undefined, options) => {
      const [{ runBatch }, { resolveToday }] = await Promise.all([import('../batch/run.js'), import('./clock.js')]);
      process.exitCode = await runBatch(file, options, await resolveToday(options));
    });

  // schengen serve / schengen mcp: the web page + HTTP API and the MCP server (issue 14).
  if (wanted('serve')) program
    .command('serve')
    .description('the counter web page (nl, fr, de, en) and a JSON API for every question (status, plan, next, annex3, calendar, apply, visa, rules, check), over HTTP')
    .option('--port <n>', 'TCP port; 0 picks a free one', integerIn(0, 65_535), 0)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--allow-host <name>', 'also answer requests for this host name or address (repeatable); by default only the --host address, localhost, 127.0.0.1 and [::1]', collect, [])
    .option('--on <date>', 'the reference day for requests without "on" (default: today in --tz)')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is')
    .option('--municipality <name>', 'the municipality the page prints on the declaration (default: the settings file)')
    .option('--numbering <pattern>', 'how reference numbers are written, {n} the number and {year} the year, e.g. B3/{year}/{n} (default: the settings file)')
    .addHelpText('after', helpAfter(`
Prints the URL once listening, in the --lang language; the page follows each browser's language.
SIGINT or SIGTERM stops it cleanly. Nothing is stored.
GET / is the page (its language from Accept-Language, or ?lang=nl|fr|de|en): it prints the declaration.
POST /api/<question>: a record as JSON in, the command's --json out; GET /openapi.json describes them.
Bad input: 400 {"schemaVersion":3,"error":{"line","field","code","message"}}, the message in the language of "lang" or Accept-Language.
A request for another host name is refused (421): a page of another site cannot read the answers.
Limits: the headers within 10 s, the whole request within 30 s, 256 KiB a body, 128 connections at once.

Examples:
  schengen serve
  schengen serve --port 8080 --host 0.0.0.0 --allow-host clerk.leuven.be
  curl -s localhost:8080/api/annex3 -d '{"stays":[],"arrival":"2026-12-24"}'`),
    )
    .action(async (options) => {
      const { runServeCommand } = await import('./commands/serve.js');
      process.exitCode = await runServeCommand(options);
    });

  if (wanted('mcp')) program
    .command('mcp')
    .description('a Model Context Protocol server on stdin/stdout: a tool per question (status, plan, next, annex3, calendar, apply, visa, rules, check) and explain, for AI assistants')
    .option('--on <date>', 'the reference day for calls without "on" (default: today in --tz)')
    .option('--tz <zone>', 'IANA time zone that decides what "today" is')
    .addHelpText('after', helpAfter(`
Register it with an MCP client as the command "schengen" with the argument "mcp" (see README).
Each tool takes a record as schema/record.schema.json describes.
"ownLog": true also reads your own stamp file (schengen log), which is read at no other time. Nothing is stored.`),
    )
    .action(async (options) => {
      const { runMcpCommand } = await import('./commands/mcp.js');
      process.exitCode = await runMcpCommand(options);
    });

  if (wanted('visa')) program
    .command('visa')
    .description('decode and verify the machine-readable zone (MRZ) of a visa sticker')
    .requiredOption('--mrz <lines...>', 'the two MRZ lines (44 characters for MRV-A, 36 for MRV-B)')
    .option('--json', 'print one JSON object instead of a table')
    .addHelpText('after', helpAfter(`
Examples:
  schengen visa --mrz 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<' 'F000000005UTO0311063M1401143<M300703'
  schengen visa --mrz LINE1 LINE2 --json

Every check digit is verified; a wrong one is an error naming the field (exit 3).`),
    )
    .action(async (options) => {
      const { runVisaCommand } = await import('./commands/visa.js');
      process.exitCode = await runVisaCommand(options);
    });

  if (wanted('completion')) program
    .command('completion')
    .description('print the shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', helpAfter(`
Examples:
  source <(schengen completion bash)
  schengen completion bash > ~/.local/share/bash-completion/completions/schengen
  schengen completion zsh > "\${fpath[1]}/_schengen"
  schengen completion fish > ~/.config/fish/completions/schengen.fish`))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { runCompletionCommand } = await import('./completion.js');
      process.exitCode = runCompletionCommand(shell, program);
    });

  return program;
}

/** `schengen log` and its subcommands. */
function addLogCommand(program: Command): void {
  const log = program
    .command('log')
    .description("keep your own travel log: add a trip, stamp, visa, permit or MRZ, list, edit, remove (file: $SCHENGEN_FILE, else $XDG_DATA_HOME/schengen/stamps.txt; --traveller NAME: one file per person)")
    .addHelpText('after', helpAfter(`
Examples:
  schengen log trip 2026-05-02..2026-05-20 FR Paris-CDG
  schengen log trip 2027-02-01..2027-02-14 ES
  schengen log trip 2026-12-01.. BE
  schengen log edit 3 2027-02-01..2027-02-10
  schengen log entry 2026-12-01 BE Brussels Airport
  schengen log exit 2026-12-20 FR
  schengen log visa C MULT 2026-01-10..2027-01-09 90
  schengen log permit 2026-09-01..2027-08-31 BE
  schengen log mrz 'VCBEL…' '…'
  schengen log list
  schengen log remove 3
  schengen log entry 2026-12-01 BE --traveller Anna
  schengen log list --all

Every other command reads this file when it is given no file and no --stay/--visa/--permit.
Trips go in date order, whatever order you record them in; a trip ending after today is kept as booked.
A change that would make the history invalid is refused and the file is left as it was.`),
    );

  function addLogOptions(command: Command): Command {
    return command
      .option('--file <path>', 'the stamp file to keep (default: $SCHENGEN_FILE, else the XDG data directory)')
      .addOption(new Option('--traveller <name>', 'keep this person\'s own file (travellers/NAME.txt beside the own file), e.g. for each member of a family').conflicts('file'))
      .option('--on <date>', 'the reference day for the validity checks (default: today)')
      .option('--tz <zone>', 'IANA time zone that decides what "today" is')
      .option('--json', 'print one JSON object');
  }

  addLogOptions(
    log
      .command('trip')
      .description('add a trip, past, under way (FROM..) or booked ahead, in its place by date')
      .argument('<from..to>', 'the first and last day of the trip (FROM.. while still inside)')
      .argument('[country-and-place...]', 'ISO country code, then the place'),
  ).action(async (range: string, rest: string[], options) => {
    const { runLogTripCommand } = await import('./commands/log.js');
    process.exitCode = await runLogTripCommand(range, rest, options);
  });
  addLogOptions(
    log
      .command('edit')
      .description('give the stay of line N of "log list" new days (it moves to its place by date)')
      .argument('<n>', 'number shown by log list (an entry, exit, trip or booked line)')
      .argument('<from..to>', 'the new first and last day (FROM.. while still inside)'),
  ).action(async (n: string, range: string, options) => {
    const { runLogEditCommand } = await import('./commands/log.js');
    process.exitCode = await runLogEditCommand(n, range, options);
  });
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
  addLogOptions(log.command('permit').description('add a residence permit or long-stay period (its days do not count)').argument('<period...>', 'FROM..UNTIL [COUNTRY] (or FROM UNTIL [COUNTRY])')).action(
    async (words: string[], options) => {
      const { runLogPermitCommand } = await import('./commands/log.js');
      process.exitCode = await runLogPermitCommand(words, options);
    },
  );
  addLogOptions(log.command('mrz').description("add a visa sticker's machine-readable zone (check digits verified)").argument('<line1>').argument('<line2>')).action(
    async (line1: string, line2: string, options) => {
      const { runLogMrzCommand } = await import('./commands/log.js');
      process.exitCode = await runLogMrzCommand(line1, line2, options);
    },
  );
  addLogOptions(log.command('list').description('show the file, numbered').addOption(new Option('--all', "every traveller's file, each numbered").conflicts(['file', 'traveller']))).action(async (options) => {
    const { runLogListCommand } = await import('./commands/log.js');
    process.exitCode = await runLogListCommand(options);
  });
  addLogOptions(log.command('remove').description('remove line N of "log list"').argument('<n>', 'number shown by log list')).action(async (n: string, options) => {
    const { runLogRemoveCommand } = await import('./commands/log.js');
    process.exitCode = await runLogRemoveCommand(n, options);
  });
}

