/**
 * `isms import acknowledgements FILE.csv [dir]`: the acknowledgements of an HR or learning system's CSV
 * export appended to the folder's acknowledgements register (issue 17.3) through the comment-keeping
 * edit of src/core/edit/, the register created when there is none. All or nothing: every row is checked
 * first, every bad row is reported with its line, and nothing is written if one is bad. Rows already
 * recorded (the same person, document and version) are skipped, so an import can be run again.
 */
import { personIndex, type IsmsRecord, type IsmsWorkspace, type PersonIndex } from '../core';
import { date, text } from '../core/model/fields';
import { normaliseName } from '../core/people/names';
import type { ImportCommand } from './args';
import { ACK_COLUMNS } from './csv/acknowledgementHeaders';
import { mapColumns, type ColumnMap } from './csv/columns';
import { parseDate, readCsv, slashOrder, type CsvRow } from './csv/read';
import { readCsvFile, registerFile, reportBadRows, writeRegister } from './csv/register';
import { relativePath, terminalLine, type CliIo } from './io';
import { InputError, loadOneWorkspace } from './workspaces';

export interface AcknowledgementEntry {
  person: string;
  document: string;
  version: string;
  date: string;
}

export interface ImportPlan {
  /** the rows to add, in file order, with their lines */
  add: { line: number; record: AcknowledgementEntry }[];
  /** rows already in the register (or earlier in the file) */
  already: number;
  /** every bad row; when there is one, nothing is written */
  bad: { line: number; message: string }[];
}

export interface ImportOptions {
  today: string;
  map: readonly [string, string][];
  dateOrder?: 'dmy' | 'mdy';
}

/** What the workspace knows that the rows are checked against. */
interface Lookup {
  people: readonly IsmsRecord[];
  index: PersonIndex;
  documents: readonly IsmsRecord[];
}

/** The key of an acknowledgement: who (the roster person if any), which document, which version. */
function ackKey(lookup: Lookup, person: string, document: string, version: string): string {
  const match = lookup.index.find(person);
  const who = match ? `#${match.id ?? text(match, 'name') ?? ''}` : `=${normaliseName(person) || person.trim().toLowerCase()}`;
  return `${who}\u0000${document.trim()}\u0000${version.trim()}`;
}

/** A title as compared: case, spacing and punctuation aside (brackets kept: "Policy (2023)" is another title). */
const titleKey = (title: string): string =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The document a cell names: by id, else by title — among documents in force when a retired one has the
 * same title; a title two documents in force share names neither (the reason is returned).
 */
function findDocument(lookup: Lookup, value: string): IsmsRecord | string {
  const v = value.trim();
  const byId = lookup.documents.find((d) => d.id === v);
  if (byId) return byId;
  const title = titleKey(v);
  const all = title === '' ? [] : lookup.documents.filter((d) => titleKey(text(d, 'title') ?? '') === title);
  const inForce = all.filter((d) => text(d, 'status')?.trim().toLowerCase() !== 'retired');
  const candidates = inForce.length > 0 ? inForce : all;
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return `document '${v}' is the title of ${candidates.map((d) => d.id ?? '?').join(', ')}; name it by id`;
  return `document '${v}' is no document of the folder (by id or title)`;
}

const cells = (row: CsvRow, columns: readonly number[]): string[] => columns.map((i) => row.cells[i] ?? '').filter((c) => c.trim() !== '');

/** One row as an acknowledgement, or why it cannot be one. */
function readRow(
  row: CsvRow,
  columns: ColumnMap,
  lookup: Lookup,
  order: ReturnType<typeof slashOrder>,
  today: string,
): AcknowledgementEntry | string {
  const problems: string[] = [];
  const people = cells(row, columns.person);
  // with a roster the person must be on it, and is written by id; without one, as the export has it
  const onRoster = people.map((p) => lookup.index.find(p)).find((p) => p !== undefined);
  const person = lookup.people.length === 0 ? people[0] : onRoster && (onRoster.id ?? text(onRoster, 'name'));
  if (people.length === 0) problems.push('no person');
  else if (person === undefined) {
    problems.push(
      `person ${people.map((p) => `'${p}'`).join(' / ')} is nobody on the roster (no person record has that id, name or email)`,
    );
  }
  const documents = cells(row, columns.document);
  const found = documents.map((d) => findDocument(lookup, d));
  const doc = found.find((d): d is IsmsRecord => typeof d !== 'string');
  if (documents.length === 0) problems.push('no document');
  else if (!doc) problems.push(found[0] as string);
  const when = parseDate(cells(row, columns.date)[0] ?? '', order);
  if ('error' in when) problems.push(when.error);
  else if (when.date > today) problems.push(`date ${when.date} is after today (${today})`);
  let version = cells(row, columns.version)[0]?.trim();
  if (version === undefined && doc && 'date' in when) {
    // no version in the export: the current one, if the acknowledgement is not older than its approval
    const current = text(doc, 'version');
    const approved = date(doc, 'approved');
    if (current !== undefined && (approved === undefined || when.date >= approved)) version = current.trim();
    else
      problems.push(
        `no version, and ${doc.id} ${current === undefined ? 'has none' : `${current} was approved on ${approved}, after ${when.date}`}`,
      );
  }
  if (problems.length > 0 || person === undefined || !doc?.id || !('date' in when) || version === undefined) {
    return problems.join('; ') || 'incomplete row';
  }
  return { person: person.trim(), document: doc.id, version, date: when.date };
}

/** What the CSV would add to the workspace's acknowledgements: pure, for the command and its tests. */
export function planImport(ws: IsmsWorkspace, csv: string, options: ImportOptions): ImportPlan {
  const table = readCsv(csv);
  if ('error' in table) return { add: [], already: 0, bad: [table.error] };
  const columns = mapColumns(table.header, options.map, ACK_COLUMNS);
  for (const field of ['person', 'document', 'date'] as const) {
    if (columns[field].length === 0) {
      throw new InputError(
        `no column for ${field} in the CSV (its columns: ${table.header.join(', ')}); ` +
          `headers read as ${field}: ${ACK_COLUMNS.names(field).slice(0, 6).join(', ')}…; or name it with --map COLUMN=${field}`,
      );
    }
  }
  const people = ws.records('person');
  const lookup: Lookup = { people, index: personIndex(people), documents: ws.records('document') };
  const order = options.dateOrder ?? slashOrder(table.rows.flatMap((r) => cells(r, columns.date)));
  const seen = new Set<string>();
  for (const ack of ws.records('acknowledgement')) {
    const [p, d, v] = [text(ack, 'person'), text(ack, 'document'), text(ack, 'version')];
    if (p !== undefined && d !== undefined && v !== undefined) seen.add(ackKey(lookup, p, d, v));
  }
  const plan: ImportPlan = { add: [], already: 0, bad: [] };
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) {
      plan.bad.push({ line: row.line, message: `${row.cells.length} fields, the header has ${table.header.length}` });
      continue;
    }
    const entry = readRow(row, columns, lookup, order, options.today);
    if (typeof entry === 'string') {
      plan.bad.push({ line: row.line, message: entry });
      continue;
    }
    const key = ackKey(lookup, entry.person, entry.document, entry.version);
    if (seen.has(key)) plan.already++;
    else {
      seen.add(key);
      plan.add.push({ line: row.line, record: entry });
    }
  }
  return plan;
}

const NEW_REGISTER = '# Who acknowledged which document version, and when (ISO/IEC 27001:2022 A.5.1).\nisms: acknowledgements\nrecords:\n';

const sentence = (r: AcknowledgementEntry): string => `${r.person} acknowledged ${r.document} version ${r.version} on ${r.date}`;

export async function importCommand(cmd: ImportCommand, io: CliIo): Promise<number> {
  const today = cmd.today ?? io.today();
  const ws = await loadOneWorkspace(io.cwd, cmd.dir ?? '.', 'isms import');
  const csv = await readCsvFile(io.cwd, cmd.file);
  const plan = planImport(ws, csv.text, {
    today,
    map: cmd.map,
    ...(cmd.dateOrder ? { dateOrder: cmd.dateOrder } : {}),
  });
  const csvName = relativePath(io.cwd, csv.path);
  if (plan.bad.length > 0) {
    reportBadRows(io, csvName, plan.bad);
    return 1;
  }
  const target = await registerFile(ws, 'acknowledgement');
  const name = relativePath(io.cwd, target.file);
  const already = plan.already > 0 ? ` (${plan.already} already recorded)` : '';
  const listing = plan.add.map((a) => terminalLine(`  ${csvName}:${a.line}: ${sentence(a.record)}`));
  if (cmd.dryRun || plan.add.length === 0) {
    const head = plan.add.length === 0 ? `Nothing to add to ${name}${already}.` : `Would add ${plan.add.length} to ${name}${already}:`;
    io.stdout(`${[terminalLine(head), ...listing, ...(plan.add.length > 0 ? ['Nothing written (--dry-run).'] : [])].join('\n')}\n`);
    return 0;
  }
  await writeRegister(
    target,
    plan.add.map((a) => ({ ...a.record })),
    NEW_REGISTER,
  );
  io.stdout(`${[terminalLine(`Added ${plan.add.length} to ${name}${already}:`), ...listing].join('\n')}\n`);
  return 0;
}
