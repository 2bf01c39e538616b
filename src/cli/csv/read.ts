/**
 * Reading the CSV export of an HR or learning system for `isms import acknowledgements`: the rows with
 * their line numbers, which column holds which field (by header, with synonyms, or `--map`), and the
 * dates as such exports write them. No file system here; the command (./importAcknowledgements.ts) reads
 * and writes.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { isCalendarDate } from '../core/dates';
import { InputError } from './workspaces';

export const ACK_FIELDS = ['person', 'document', 'version', 'date'] as const;
export type AckField = (typeof ACK_FIELDS)[number];

/**
 * Headers that name each field, lower case without spaces or punctuation, best first: a column found
 * earlier in the list is tried first (an employee id before an email, an email before a name).
 */
const SYNONYMS: Readonly<Record<AckField, readonly string[]>> = {
  person: [
    ...['person', 'personid', 'employeeid', 'employeenumber', 'employeeno', 'staffid', 'staffnumber', 'userid'],
    ...['email', 'emailaddress', 'workemail', 'mail', 'username', 'login', 'user'],
    ...['employee', 'name', 'fullname', 'employeename', 'personname', 'staffname', 'learner', 'learnername', 'participant', 'displayname'],
  ],
  document: [
    ...['document', 'documentid', 'docid', 'doc', 'policyid', 'courseid', 'documentref', 'reference'],
    ...['policy', 'policyname', 'policytitle', 'documentname', 'documenttitle', 'title', 'course', 'coursename', 'coursetitle'],
  ],
  version: ['version', 'documentversion', 'policyversion', 'docversion', 'courseversion', 'revision', 'rev'],
  date: [
    ...['date', 'acknowledged', 'acknowledgedon', 'acknowledgeddate', 'acknowledgedat', 'acknowledgementdate', 'dateacknowledged'],
    ...['completed', 'completedon', 'completeddate', 'completedat', 'completiondate', 'datecompleted'],
    ...['signed', 'signedon', 'signeddate', 'accepted', 'acceptedon', 'accepteddate', 'attested', 'attestedon'],
  ],
};

const headerKey = (header: string): string =>
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

/** Per field, the columns that hold it, best first. */
export type ColumnMap = Record<AckField, number[]>;

/**
 * Which columns hold which field: `--map COLUMN=FIELD` first (a mapped column serves that field only;
 * `ignore` drops it), then the headers by SYNONYMS. A person, a document and a date column are needed.
 */
export function mapColumns(header: readonly string[], overrides: readonly [string, string][]): ColumnMap {
  const keys = header.map(headerKey);
  const map: ColumnMap = { person: [], document: [], version: [], date: [] };
  const taken = new Set<number>();
  for (const [column, field] of overrides) {
    const i = keys.indexOf(headerKey(column));
    if (i < 0) throw new InputError(`--map: the CSV has no column '${column}' (its columns: ${header.join(', ')})`);
    if (field !== 'ignore' && !(ACK_FIELDS as readonly string[]).includes(field)) {
      throw new InputError(`--map: '${field}' is not a field; write one of ${ACK_FIELDS.join(', ')} or ignore`);
    }
    taken.add(i);
    if (field !== 'ignore') map[field as AckField].push(i);
  }
  for (const field of ACK_FIELDS) {
    if (map[field].length > 0) continue;
    for (const synonym of SYNONYMS[field]) {
      keys.forEach((k, i) => {
        if (k === synonym && !taken.has(i)) {
          map[field].push(i);
          taken.add(i);
        }
      });
    }
  }
  for (const field of ['person', 'document', 'date'] as const) {
    if (map[field].length === 0) {
      throw new InputError(
        `no column for ${field} in the CSV (its columns: ${header.join(', ')}); ` +
          `headers read as ${field}: ${SYNONYMS[field].slice(0, 6).join(', ')}…; or name it with --map COLUMN=${field}`,
      );
    }
  }
  return map;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const iso = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * How `03/04/2026` is read in this file: `dmy` when some slashed date has a first part over 12, `mdy`
 * when some has a second part over 12, `conflict` when both, undefined when no date settles it.
 */
export function slashOrder(values: Iterable<string>): 'dmy' | 'mdy' | 'conflict' | undefined {
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

/**
 * A date cell as YYYY-MM-DD, or why not. Read: `2026-03-09` (a time after it, as `2026-03-09T14:05:00Z`,
 * is dropped: the calendar date as written), `09.03.2026` (day first), and `09/03/2026` day or month
 * first as `order` says; a slashed date whose day and month could be swapped is refused without it.
 */
export function parseDate(value: string, order: 'dmy' | 'mdy' | 'conflict' | undefined): { date: string } | { error: string } {
  const v = value.trim();
  let date: string | undefined;
  const isoMatch = ISO.exec(v);
  const dotted = DOTTED.exec(v);
  const slashed = SLASHED.exec(v);
  if (isoMatch) date = iso(isoMatch[1], isoMatch[2], isoMatch[3]);
  else if (dotted) date = iso(dotted[3], dotted[2], dotted[1]);
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
