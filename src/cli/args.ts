/**
 * The `isms` command line, parsed into a plain value. Parsing never touches the file system or the
 * clock: a bad flag is a UsageError (exit code 2) before anything is read.
 */
import { isCalendarDate } from '../core/dates';

export type OutputFormat = 'text' | 'json' | 'sarif';
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
}

export interface PlanCommand {
  command: 'plan';
  dir?: string;
  today?: string;
  months: number;
}

export type ExportKind = 'ics' | 'review-pack';

export interface ExportCommand {
  command: 'export';
  what: ExportKind;
  dir?: string;
  today?: string;
  /** the file to write; '-' writes to stdout; undefined = the default name in the working folder */
  out?: string;
  /** replace an existing file (otherwise refused) */
  force: boolean;
}

export type ReportKind = 'coverage' | 'awareness';
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

export type Command = CheckCommand | PlanCommand | ExportCommand | ReportCommand | { command: 'help' } | { command: 'version' };

/** A mistake in how `isms` was called: the message is shown with a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'never'];
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

export const USAGE = `Usage:
  isms check [dir] [options]   check every ISMS (folder with an isms.yaml) under dir (default: .)
  isms plan [dir] [options]    print the internal-audit programme month by month and the cycle milestones
  isms export ics|review-pack [dir] [options]
                               write the audit plan as an iCalendar file (.ics), or the management
                               review pack (9.3.2 inputs) as Markdown, or as HTML when --out ends in .html
  isms report coverage [dir] [options]
                               which clauses and controls of each standard in isms.yaml internal audits
                               covered this certification cycle (when, by which audit) and which not yet
  isms report awareness [dir] [options]
                               the awareness programme: the last 12 months with their activities (the
                               empty months ISMS501 reports marked), phishing simulations and their
                               trend, people overdue on training
  isms --help | --version

Options of check:
  --format text|json|sarif     output format (default text: path:line:col: severity CODE message)
  --today YYYY-MM-DD           the date to check against (default: today's local date)
  --fail-on error|warning|information|never
                               lowest severity that makes the exit code 1 (default error)
  --rule CODE=LEVEL            override a rule's severity: off|error|warning|information|hint;
                               CODE is a rule code (ISMS101) or slug (internal-audit-overdue); repeatable

Options of plan:
  --today YYYY-MM-DD           the date the plan starts from (default: today's local date)
  --months N                   how many months to show (default 12)

Options of export:
  --today YYYY-MM-DD           the date the export is made as of (default: today's local date)
  --out FILE                   the file to write (default: isms-audit-plan.ics or
                               management-review-pack-<today>.md); - writes to standard output
  --force                      replace FILE if it exists (otherwise an existing file is never touched)

Options of report coverage and report awareness:
  --today YYYY-MM-DD           the date the report is made as of (default: today's local date)
  --format text|json|markdown  output format (default text)
  --standard KEY               coverage only: one standard of isms.yaml standards: (e.g. iso27701); default all

Exit codes:
  0  no findings at or above --fail-on      1  findings at or above --fail-on
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

const EXPORT_KINDS: readonly ExportKind[] = ['ics', 'review-pack'];

/**
 * The folder and the options after `isms <command> <what>`: `option` handles one option (reading its
 * value with `value()`) and returns false for one it does not know.
 */
function parseFolderAndOptions(command: string, tokens: readonly string[], option: (token: string, value: () => string) => boolean): string | undefined {
  const dirs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith('-') || token === '-') {
      dirs.push(token);
      continue;
    }
    const value = (): string => {
      const v = tokens[++i];
      if (v === undefined) throw new UsageError(`${token} needs a value`);
      return v;
    };
    if (!option(token, value)) throw new UsageError(`unknown option '${token}' for isms ${command}`);
  }
  if (dirs.length > 1) throw new UsageError(`isms ${command} takes one folder (got ${dirs.length}: ${dirs.join(', ')})`);
  return dirs[0];
}

function parseExport(rest: readonly string[]): ExportCommand {
  const [what, ...more] = rest;
  if (what === undefined || what.startsWith('-')) throw new UsageError(`isms export needs what to export: ${EXPORT_KINDS.join(' or ')}`);
  const cmd: ExportCommand = { command: 'export', what: oneOf('isms export', what, EXPORT_KINDS), force: false };
  const dir = parseFolderAndOptions('export', more, (token, value) => {
    if (token === '--today') cmd.today = parseToday(value());
    else if (token === '--out') cmd.out = value();
    else if (token === '--force') cmd.force = true;
    else return false;
    return true;
  });
  return dir === undefined ? cmd : { ...cmd, dir };
}

const REPORT_KINDS: readonly ReportKind[] = ['coverage', 'awareness'];
const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown'];

function parseReport(rest: readonly string[]): ReportCommand {
  const [what, ...more] = rest;
  if (what === undefined || what.startsWith('-')) throw new UsageError(`isms report needs what to report: ${REPORT_KINDS.join(' or ')}`);
  const cmd: ReportCommand = { command: 'report', what: oneOf('isms report', what, REPORT_KINDS), format: 'text' };
  const dir = parseFolderAndOptions(`report ${cmd.what}`, more, (token, value) => {
    if (token === '--today') cmd.today = parseToday(value());
    else if (token === '--format') cmd.format = oneOf(token, value(), REPORT_FORMATS);
    else if (token === '--standard' && cmd.what === 'coverage') cmd.standard = value();
    else return false;
    return true;
  });
  return dir === undefined ? cmd : { ...cmd, dir };
}

/** Parses `argv` without the node and script names. */
export function parseArgs(argv: readonly string[]): Command {
  // options may be written `--flag value` or `--flag=value`
  const tokens: string[] = [];
  for (const a of argv) {
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 2) tokens.push(a.slice(0, eq), a.slice(eq + 1));
    else tokens.push(a);
  }
  if (tokens.length === 0 || tokens.includes('--help') || tokens.includes('-h') || tokens[0] === 'help') return { command: 'help' };
  if (tokens.includes('--version') || tokens.includes('-v') || tokens[0] === 'version') return { command: 'version' };

  const [command, ...rest] = tokens;
  if (command !== 'check' && command !== 'plan' && command !== 'export' && command !== 'report') {
    throw new UsageError(
      command.startsWith('-') ? `unknown option '${command}' (a command comes first: check, plan, export or report)` : `unknown command '${command}' (expected check, plan, export or report)`,
    );
  }
  if (command === 'export') return parseExport(rest);
  if (command === 'report') return parseReport(rest);
  const check: CheckCommand = { command: 'check', format: 'text', failOn: 'error', rules: [] };
  const plan: PlanCommand = { command: 'plan', months: 12 };
  const dirs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (!token.startsWith('-') || token === '-') {
      dirs.push(token);
      continue;
    }
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${token} needs a value`);
      return v;
    };
    const known = command === 'check' ? ['--format', '--today', '--fail-on', '--rule'] : ['--today', '--months'];
    if (!known.includes(token)) throw new UsageError(`unknown option '${token}' for isms ${command}`);
    switch (token) {
      case '--format':
        check.format = oneOf(token, value(), FORMATS);
        break;
      case '--today':
        check.today = plan.today = parseToday(value());
        break;
      case '--fail-on':
        check.failOn = oneOf(token, value(), FAIL_ON);
        break;
      case '--rule':
        check.rules.push(parseRule(value()));
        break;
      case '--months': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > 120) throw new UsageError(`--months must be a whole number from 1 to 120 (got '${v}')`);
        plan.months = n;
        break;
      }
    }
  }
  if (dirs.length > 1) throw new UsageError(`isms ${command} takes one folder (got ${dirs.length}: ${dirs.join(', ')})`);
  const dir = dirs[0];
  return command === 'check' ? { ...check, dir } : { ...plan, dir };
}
