/**
 * The `isms` command line, parsed into a plain value. Parsing never touches the file system or the
 * clock: a bad flag is a UsageError (exit code 2) before anything is read. Options are read by
 * `node:util` parseArgs; the checks and the messages are this file's.
 */
import { isCalendarDate } from '../core/dates';
import { parseArgs as parseOptions } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'gitlab' | 'github';
export type FailOn = 'error' | 'warning' | 'information' | 'never';
export type RuleLevel = 'off' | 'error' | 'warning' | 'information' | 'hint';

export interface CheckCommand {
  command: 'check';
  dir?: string;
  format: OutputFormat;
  today?: string;
  failOn: FailOn;
  /** overrides as written by the user, code or slug → level (resolved against RULES by the caller) */
  rules: [string, RuleLevel][];
  /**
   * `--only FILE…` (pre-commit appends the staged files): the files, as written, whose findings are
   * reported and count for --fail-on; the ISMSs under the working folder are still checked whole
   */
  only?: string[];
  /** `--summary FILE`: append a Markdown summary to FILE (in GitHub Actions: $GITHUB_STEP_SUMMARY) */
  summary?: string;
  /** `--sarif FILE`: also write the findings as SARIF to FILE (replaced), whatever --format says */
  sarif?: string;
}

export interface PlanCommand {
  command: 'plan';
  dir?: string;
  today?: string;
  months: number;
}

export type ExportKind = 'ics' | 'review-pack' | 'csv';

export interface ExportCommand {
  command: 'export';
  what: ExportKind;
  dir?: string;
  today?: string;
  /** the file to write; '-' writes to stdout; undefined = the default name in the working folder */
  out?: string;
  /** replace an existing file (otherwise refused) */
  force: boolean;
  /** `export csv --kind KIND`: the record kind whose records are written (e.g. risk, corrective-action) */
  kind?: string;
}

export type ReportKind = 'coverage' | 'awareness' | 'documents' | 'controls';
export type ReportFormat = 'text' | 'json' | 'markdown';

export interface ReportCommand {
  command: 'report';
  what: ReportKind;
  dir?: string;
  today?: string;
  format: ReportFormat;
  /** coverage only: a key of isms.yaml `standards:` (e.g. iso27701 or iso27701:2019); undefined = every listed standard */
  standard?: string;
}

/**
 * `isms import acknowledgements FILE.csv [dir]`: acknowledgements from an HR or learning system's export;
 * `isms import csv FILE --kind KIND [dir]`: the records of a register kind from a spreadsheet.
 */
export interface ImportCommand {
  command: 'import';
  what: 'acknowledgements' | 'csv';
  /** the CSV file, as written (resolved against the working folder) */
  file: string;
  dir?: string;
  /** the date rows may not be later than (default: today's local date) */
  today?: string;
  /** print what would be added; write nothing */
  dryRun: boolean;
  /** `--map COLUMN=FIELD` in command-line order: a CSV column (its header, any case) → person, document, version, date or ignore */
  map: [string, string][];
  /** how `03/04/2026` is read: day first (`dmy`) or month first (`mdy`); undefined = only when the file settles it */
  dateOrder?: 'dmy' | 'mdy';
  /** csv: the record kind of the rows (e.g. risk, corrective-action) */
  kind?: string;
  /** csv: the register to append to (default: the kind's first register in the ISMS, else a new one) */
  into?: string;
  /** csv: write the good rows and report the bad ones, instead of writing nothing */
  skipBad?: boolean;
}

export type Command =
  CheckCommand | PlanCommand | ExportCommand | ReportCommand | ImportCommand | { command: 'help' } | { command: 'version' };

/** A mistake in how `isms` was called: the message is shown with a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'gitlab', 'github'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'never'];
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

export const USAGE = `Usage:
  isms check [dir] [options]   check every ISMS (folder with an isms.yaml) under dir (default: .)
  isms plan [dir] [options]    print the internal-audit programme month by month and the cycle milestones
  isms export ics|review-pack [dir] [options]
                               write the audit plan as an iCalendar file (.ics), or the management
                               review pack (9.3.2 inputs) as Markdown, or as HTML when --out ends in .html
  isms export csv --kind KIND [dir] [options]
                               write the records of a register kind (risk, corrective-action, soa…) as
                               CSV for Excel (UTF-8 with BOM; lists joined with "; ", findings and
                               results as JSON text); default file <register>.csv, e.g. risks.csv
  isms report coverage [dir] [options]
                               which clauses and controls of each standard in isms.yaml internal audits
                               covered this certification cycle (when, by which audit) and which not yet
  isms report awareness [dir] [options]
                               the awareness programme: the last 12 months with their activities (the
                               empty months ISMS501 reports marked), phishing simulations and their
                               trend, people overdue on training
  isms report documents [dir] [options]
                               the document register (version, owner, status, approval, next review,
                               acknowledgements, change since approval) and the mandatory documented
                               information of each listed standard with what satisfies it, or MISSING
  isms report controls [dir] [options]
                               each applicable control of the SoA with one state (operating, not tracked,
                               attention, not shown, failing) and why: implementation, documents, evidence,
                               recurring activities, last internal audit, open corrective actions
  isms import acknowledgements FILE.csv [dir] [options]
                               add the acknowledgements of an HR or learning system's CSV export to the
                               acknowledgements register (created if absent); nothing is written if a
                               row is bad
  isms import csv FILE.csv --kind KIND [dir] [options]
                               append the rows of a spreadsheet to the kind's register (risk,
                               corrective-action, soa, incident, awareness, person, objective…); every
                               row is checked first and nothing is written if one is bad
  isms --help | --version

Options of check:
  --format text|json|sarif|gitlab|github
                               output format (default text: path:line:col: severity CODE message;
                               gitlab: a GitLab Code Quality report; github: GitHub Actions
                               annotations, at most 10 of each type)
  --today YYYY-MM-DD           the date to check against (default: today's local date)
  --fail-on error|warning|information|never
                               lowest severity that makes the exit code 1 (default error)
  --rule CODE=LEVEL            override a rule's severity: off|error|warning|information|hint;
                               CODE is a rule code (ISMS101) or slug (internal-audit-overdue); repeatable
  --only FILE...               report only the findings in these files (for pre-commit: the files being
                               committed); every ISMS under the working folder is still checked whole,
                               files outside any ISMS are ignored; the other arguments are all FILEs
  --summary FILE               append a Markdown summary (counts by rule family, overdue items, days to
                               the next external audit) to FILE, e.g. "$GITHUB_STEP_SUMMARY"
  --sarif FILE                 also write the findings as SARIF 2.1.0 to FILE (replaced if it exists)

Options of plan:
  --today YYYY-MM-DD           the date the plan starts from (default: today's local date)
  --months N                   how many months to show (default 12)

Options of export:
  --today YYYY-MM-DD           the date the export is made as of (default: today's local date)
  --out FILE                   the file to write (default: isms-audit-plan.ics or
                               management-review-pack-<today>.md); - writes to standard output
  --force                      replace FILE if it exists (otherwise an existing file is never touched)
  --kind KIND                  csv only: the record kind to write (risk, corrective-action, soa…)

Options of report coverage, report awareness, report documents and report controls:
  --today YYYY-MM-DD           the date the report is made as of (default: today's local date)
  --format text|json|markdown  output format (default text)
  --standard KEY               coverage only: one standard of isms.yaml standards: (e.g. iso27701); default all

Options of import acknowledgements:
  --dry-run                    print what would be added; write nothing
  --map COLUMN=FIELD           read the CSV column COLUMN (its header) as FIELD: person, document, version,
                               date, or ignore; repeatable. Without it, columns are found by their headers
                               (person: person/employee/email/name…, document: document/policy/course…,
                               version, date: date/completed/acknowledged…)
  --date-order dmy|mdy         read 03/04/2026 day first or month first (default: only when the file's
                               other dates settle it; YYYY-MM-DD and DD.MM.YYYY are always read)
  --today YYYY-MM-DD           dates after it are refused (default: today's local date)

Options of import csv (and --dry-run, --date-order as above):
  --kind KIND                  the record kind of the rows (required): a kind with a register, e.g.
                               risk, corrective-action, soa, incident, awareness, person, objective
  --map "COLUMN=FIELD,…"       read the column COLUMN as FIELD (a field of the kind, ignore, or a new field
                               to keep as written); repeatable. Without it, columns are found by their
                               headers: the field's name in any case and spacing, or a common spreadsheet
                               header (Control ID, Applicable?, Due date, Risk ID…); others are ignored
  --into FILE                  the register to append to (default: the kind's first register, else a new
                               registers/<register>.yaml)
  --skip-bad                   write the good rows, report the bad ones (default: nothing if one is bad)

Exit codes:
  0  no findings at or above --fail-on      1  findings at or above --fail-on (import: bad rows)
  2  usage or I/O error (bad option, bad date, folder missing, no isms.yaml found)`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function parseToday(value: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`--today must be a real calendar date written YYYY-MM-DD (got '${value}')`);
  return value;
}

function parseRule(value: string): [string, RuleLevel] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule must be written CODE=LEVEL, e.g. --rule ISMS103=off (got '${value}')`);
  return [value.slice(0, eq).trim(), oneOf('--rule level', value.slice(eq + 1).trim(), LEVELS)];
}

const EXPORT_KINDS: readonly ExportKind[] = ['ics', 'review-pack', 'csv'];
const REPORT_KINDS: readonly ReportKind[] = ['coverage', 'awareness', 'documents', 'controls'];
const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown'];

type OptionTypes = Record<string, { type: 'string' | 'boolean' }>;
const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** The options each command takes (`node:util` parseArgs configurations, without the leading `--`). */
const OPTIONS = {
  check: { format: text, today: text, 'fail-on': text, rule: text, only: flag, summary: text, sarif: text },
  plan: { today: text, months: text },
  export: { today: text, out: text, force: flag, kind: text },
  'report coverage': { today: text, format: text, standard: text },
  'report awareness': { today: text, format: text },
  'report documents': { today: text, format: text },
  'report controls': { today: text, format: text },
  'import acknowledgements': { today: text, 'dry-run': flag, map: text, 'date-order': text },
  'import csv': { today: text, 'dry-run': flag, map: text, 'date-order': text, kind: text, into: text, 'skip-bad': flag },
} satisfies Record<string, OptionTypes>;

/** `--flag` of `--flag=value`; any other argument as it is. */
const optionName = (arg: string): string => (arg.startsWith('--') && arg.indexOf('=') > 2 ? arg.slice(0, arg.indexOf('=')) : arg);

/**
 * The folder and the options after `isms <command> [<what>]`, read by `node:util` parseArgs (`--flag
 * value` and `--flag=value`); `option` applies one known option in command-line order. Unknown options,
 * a missing value and a second folder are UsageErrors, worded as `isms --help` explains them.
 */
function parseFolderAndOptions(
  command: keyof typeof OPTIONS,
  args: readonly string[],
  option: (name: string, value: string) => void,
): string | undefined {
  const dirs = parsePositionalsAndOptions(command, args, option);
  if (dirs.length > 1) throw new UsageError(`isms ${command} takes one folder (got ${dirs.length}: ${dirs.join(', ')})`);
  return dirs[0];
}

/** The arguments that are not options, in order, and each known option applied (see parseFolderAndOptions). */
function parsePositionalsAndOptions(
  command: keyof typeof OPTIONS,
  args: readonly string[],
  option: (name: string, value: string) => void,
): string[] {
  const options: OptionTypes = OPTIONS[command];
  const { tokens } = parseOptions({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const dirs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') dirs.push(token.value);
    else if (token.kind === 'option-terminator') throw new UsageError(`unknown option '--' for isms ${command}`);
    else if (!Object.hasOwn(options, token.name) || !token.rawName.startsWith('--')) {
      // as written: `-abc` whole (parseArgs splits it into -a -b -c), `--flag=value` without its value
      throw new UsageError(`unknown option '${optionName(args[token.index])}' for isms ${command}`);
    } else if (options[token.name].type === 'boolean') {
      option(token.name, '');
      // `--force=x` has always meant `--force x`
      if (token.value !== undefined) dirs.push(token.value);
    } else {
      if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
      option(token.name, token.value);
    }
  }
  return dirs;
}

function parseCheck(rest: readonly string[]): CheckCommand {
  const cmd: CheckCommand = { command: 'check', format: 'text', failOn: 'error', rules: [] };
  let only = false;
  const positionals = parsePositionalsAndOptions('check', rest, (name, value) => {
    if (name === 'format') cmd.format = oneOf('--format', value, FORMATS);
    else if (name === 'today') cmd.today = parseToday(value);
    else if (name === 'fail-on') cmd.failOn = oneOf('--fail-on', value, FAIL_ON);
    else if (name === 'only') only = true;
    else if (name === 'summary') cmd.summary = value;
    else if (name === 'sarif') cmd.sarif = value;
    else cmd.rules.push(parseRule(value));
  });
  // with --only every other argument is a file (pre-commit appends them after the hook's entry)
  if (only) return { ...cmd, only: positionals };
  if (positionals.length > 1) throw new UsageError(`isms check takes one folder (got ${positionals.length}: ${positionals.join(', ')})`);
  return { ...cmd, dir: positionals[0] };
}

function parsePlan(rest: readonly string[]): PlanCommand {
  const cmd: PlanCommand = { command: 'plan', months: 12 };
  const dir = parseFolderAndOptions('plan', rest, (name, value) => {
    if (name === 'today') cmd.today = parseToday(value);
    else {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > 120) throw new UsageError(`--months must be a whole number from 1 to 120 (got '${value}')`);
      cmd.months = n;
    }
  });
  return { ...cmd, dir };
}

function parseExport(rest: readonly string[]): ExportCommand {
  const [what, ...more] = rest;
  if (what === undefined || what.startsWith('-')) throw new UsageError(`isms export needs what to export: ${EXPORT_KINDS.join(' or ')}`);
  const cmd: ExportCommand = { command: 'export', what: oneOf('isms export', what, EXPORT_KINDS), force: false };
  const dir = parseFolderAndOptions('export', more, (name, value) => {
    if (name === 'today') cmd.today = parseToday(value);
    else if (name === 'out') cmd.out = value;
    else if (name === 'kind') cmd.kind = value;
    else cmd.force = true;
  });
  if (cmd.what === 'csv' && cmd.kind === undefined) throw new UsageError('isms export csv needs --kind KIND (e.g. --kind risk)');
  if (cmd.what !== 'csv' && cmd.kind !== undefined) throw new UsageError(`--kind is for isms export csv, not ${cmd.what}`);
  return dir === undefined ? cmd : { ...cmd, dir };
}

function parseReport(rest: readonly string[]): ReportCommand {
  const [what, ...more] = rest;
  if (what === undefined || what.startsWith('-')) throw new UsageError(`isms report needs what to report: ${REPORT_KINDS.join(' or ')}`);
  const cmd: ReportCommand = { command: 'report', what: oneOf('isms report', what, REPORT_KINDS), format: 'text' };
  const dir = parseFolderAndOptions(`report ${cmd.what}`, more, (name, value) => {
    if (name === 'today') cmd.today = parseToday(value);
    else if (name === 'format') cmd.format = oneOf('--format', value, REPORT_FORMATS);
    else cmd.standard = value;
  });
  return dir === undefined ? cmd : { ...cmd, dir };
}

/**
 * `--map` values split into COLUMN=FIELD pairs: one per `--map`, or several in one, comma-separated
 * (`--map "Control ID=control,Applicable?=applicable"`). A field name has no comma, so a pair ends at the
 * first comma after its `=`; a column name may hold commas (`Risk, short=title`), not `=`.
 */
function mapPairs(value: string): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  let rest = value;
  while (rest.trim() !== '') {
    const eq = rest.indexOf('=');
    if (eq <= 0) return undefined;
    const comma = rest.indexOf(',', eq);
    pairs.push([rest.slice(0, eq).trim(), rest.slice(eq + 1, comma < 0 ? rest.length : comma).trim()]);
    rest = comma < 0 ? '' : rest.slice(comma + 1);
  }
  return pairs.length > 0 ? pairs : undefined;
}

const IMPORT_KINDS = ['acknowledgements', 'csv'] as const;
const DATE_ORDERS = ['dmy', 'mdy'] as const;

function parseImport(rest: readonly string[]): ImportCommand {
  const [what, ...more] = rest;
  if (what === undefined || what.startsWith('-')) throw new UsageError(`isms import needs what to import: ${IMPORT_KINDS.join(' or ')}`);
  const cmd: ImportCommand = { command: 'import', what: oneOf('isms import', what, IMPORT_KINDS), file: '', dryRun: false, map: [] };
  const positionals = parsePositionalsAndOptions(`import ${cmd.what}`, more, (name, value) => {
    if (name === 'today') cmd.today = parseToday(value);
    else if (name === 'dry-run') cmd.dryRun = true;
    else if (name === 'date-order') cmd.dateOrder = oneOf('--date-order', value, DATE_ORDERS);
    else if (name === 'kind') cmd.kind = value;
    else if (name === 'into') cmd.into = value;
    else if (name === 'skip-bad') cmd.skipBad = true;
    else {
      const pairs = mapPairs(value);
      if (!pairs) throw new UsageError(`--map must be written COLUMN=FIELD, e.g. --map "Employee ID=person" (got '${value}')`);
      cmd.map.push(...pairs);
    }
  });
  const [file, dir, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`isms import ${cmd.what} needs the CSV file to read`);
  if (extra.length > 0) throw new UsageError(`isms import ${cmd.what} takes a CSV file and one folder (got ${positionals.join(', ')})`);
  if (cmd.what === 'csv' && cmd.kind === undefined) throw new UsageError('isms import csv needs --kind KIND (e.g. --kind risk)');
  return { ...cmd, file, ...(dir !== undefined ? { dir } : {}) };
}

/** Parses `argv` without the node and script names. */
export function parseArgs(argv: readonly string[]): Command {
  // --help and --version win wherever they are, also written as an option's value (`--out=--help`)
  const words = argv.flatMap((a) => (optionName(a) === a ? [a] : [optionName(a), a.slice(a.indexOf('=') + 1)]));
  if (words.length === 0 || words.includes('--help') || words.includes('-h') || words[0] === 'help') return { command: 'help' };
  if (words.includes('--version') || words.includes('-v') || words[0] === 'version') return { command: 'version' };

  const [command] = words;
  const rest = argv.slice(1);
  if (command === 'check') return parseCheck(rest);
  if (command === 'plan') return parsePlan(rest);
  if (command === 'export') return parseExport(rest);
  if (command === 'report') return parseReport(rest);
  if (command === 'import') return parseImport(rest);
  throw new UsageError(
    command.startsWith('-')
      ? `unknown option '${command}' (a command comes first: check, plan, export, report or import)`
      : `unknown command '${command}' (expected check, plan, export, report or import)`,
  );
}
