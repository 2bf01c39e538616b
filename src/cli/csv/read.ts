/**
 * Reading a CSV for `isms import acknowledgements` and `isms import csv`: the rows with their line
 * numbers, which column holds which field (by header, with synonyms, or `--map`), and the dates as
 * spreadsheets and HR exports write them. No file system here; the commands read and write.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { isCalendarDate } from '../../core/dates';

/** A header as compared: lower case, without spaces, underscores or punctuation (`Due date` = `due_date` = `DueDate`). */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

export interface CsvRow {
  /** the 1-based line the row ends on (a quoted cell may span lines) */
  line: number;
  cells: string[];
}

export type CsvTable = { header: string[]; rows: CsvRow[] } | { error: { line: number; message: string } };

/** The delimiter of the header line: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie). */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The header and the rows (blank lines left out), or where the CSV itself is broken (an unclosed quote). */
export function readCsv(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 0;
      return { error: { line, message: `the CSV cannot be read: ${e.message}` } };
    }
    throw e;
  }
  const [head, ...rest] = records;
  if (!head) return { error: { line: 1, message: 'the file is empty: a CSV with a header line is expected' } };
  return { header: head.record, rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

/** How `03/04/2026` is read in a file (see slashOrder). */
export type DateOrder = 'dmy' | 'mdy' | 'conflict' | undefined;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** `2026/03/09`: year first is read year, month, day (no spreadsheet writes year, day, month). */
const YEAR_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** `9 Mar 2026`, `09-Mar-2026`, `9th March 2026`: an English month name, day first… */
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[ .-]+([a-z]{3,9})\.?[ ,-]+(\d{4})$/i;
/** …or month first, `March 9, 2026`, `Mar-09-2026`. */
const MONTH_DAY = /^([a-z]{3,9})\.?[ -]+(\d{1,2})(?:st|nd|rd|th)?[ ,-]+(\d{4})$/i;
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** The month a name means (`Mar`, `March`, `Sept`: three letters or more of an English month), as 1–12, or undefined. */
function monthNumber(name: string): string | undefined {
  const n = name.toLowerCase();
  const i = n.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(n));
  return i < 0 ? undefined : String(i + 1);
}

const iso = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * How `03/04/2026` is read in this file: `dmy` when some slashed date has a first part over 12, `mdy`
 * when some has a second part over 12, `conflict` when both, undefined when no date settles it.
 */
export function slashOrder(values: Iterable<string>): DateOrder {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy && mdy ? 'conflict' : dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

/** A date written year first with slashes or with its month by name, as YYYY-MM-DD (not yet checked as a calendar date). */
function namedDate(v: string): string | undefined {
  const ymd = YEAR_SLASHED.exec(v);
  if (ymd) return iso(ymd[1], ymd[2], ymd[3]);
  const dm = DAY_MONTH.exec(v);
  const md = dm ? undefined : MONTH_DAY.exec(v);
  const [day, name, year]: (string | undefined)[] = dm ? [dm[1], dm[2], dm[3]] : md ? [md[2], md[1], md[3]] : [];
  const month = name === undefined ? undefined : monthNumber(name);
  return month === undefined || day === undefined || year === undefined ? undefined : iso(year, month, day);
}

/**
 * A date cell as YYYY-MM-DD, or why not. Read: `2026-03-09` (a time after it, as `2026-03-09T14:05:00Z`,
 * is dropped: the calendar date as written), `2026/03/09`, `09.03.2026` (day first), a month by name
 * (`9 Mar 2026`, `09-Mar-2026`, `March 9, 2026`), and `09/03/2026` day or month first as `order` says;
 * a slashed date whose day and month could be swapped is refused without it.
 */
export function parseDate(value: string, order: DateOrder): { date: string } | { error: string } {
  const v = value.trim();
  let date: string | undefined;
  const isoMatch = ISO.exec(v);
  const dotted = DOTTED.exec(v);
  const slashed = SLASHED.exec(v);
  const named = namedDate(v);
  if (isoMatch) date = iso(isoMatch[1], isoMatch[2], isoMatch[3]);
  else if (dotted) date = iso(dotted[3], dotted[2], dotted[1]);
  else if (named !== undefined) date = named;
  else if (slashed) {
    const [, a, b, y] = slashed;
    if (a === b) date = iso(y, a, a);
    else if (order === 'conflict')
      return { error: `date '${v}': the file writes dates both day first and month first; pass --date-order dmy or mdy` };
    else if (order === undefined) {
      return { error: `date '${v}' could be day or month first (no date of the file settles it); pass --date-order dmy or mdy` };
    } else date = order === 'dmy' ? iso(y, b, a) : iso(y, a, b);
  } else if (v === '') return { error: 'no date' };
  else return { error: `date '${v}' is not a date: write YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY (MM/DD/YYYY with --date-order mdy)` };
  return isCalendarDate(date) ? { date } : { error: `date '${v}' is not a real calendar date` };
}
