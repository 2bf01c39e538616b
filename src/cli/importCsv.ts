/**
 * `isms import csv FILE --kind KIND [dir]` (issue 19.5): the rows of a spreadsheet (a corrective-action
 * log, a risk register, an SoA) appended to the kind's register through the comment-keeping edit of
 * src/core/edit/. Every row is checked first against the kind's field table (src/core/model/kinds.ts),
 * every bad row reported with its line; nothing is written if one is bad, unless --skip-bad. An id the
 * ISMS already has, or that the file gives twice, is a bad row.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { IsmsWorkspace, RecordKind } from '../core';
import { text } from '../core/model/fields';
import { KIND_FIELDS, REGISTER_KINDS, type FieldSpec } from '../core/model/kinds';
import type { ImportCommand } from './args';
import { readCell } from './csv/cells';
import { mapColumns, type ColumnMap } from './csv/columns';
import { fieldHeaders } from './csv/kindHeaders';
import { headerKey, readCsv, slashOrder, type CsvRow, type DateOrder } from './csv/read';
import { readCsvFile, registerFile, registerName, reportBadRows, writeRegister, type RegisterTarget } from './csv/register';
import { relativePath, terminalLine, type CliIo } from './io';
import { InputError, loadOneWorkspace } from './workspaces';
import { countOf } from '../core/words';

export interface CsvImportPlan {
  kind: RecordKind;
  /** the records to add, in file order, with their lines */
  add: { line: number; record: Record<string, unknown> }[];
  /** every bad row */
  bad: { line: number; message: string }[];
  /** headers of the columns read as no field (not named by --map either) */
  ignored: string[];
}

export interface CsvImportOptions {
  map: readonly [string, string][];
  dateOrder?: 'dmy' | 'mdy';
}

/** The kinds `isms import csv` takes: those kept in registers (`risk` or `risks`), as a sentence for messages. */
const IMPORTABLE = [...new Set(Object.values(REGISTER_KINDS))];

/** The record kind `name` means: a kind kept in a register, by its name (`risk`) or its register's (`risks`). */
export function importableKind(name: string): RecordKind {
  const n = name.trim().toLowerCase();
  const kind = IMPORTABLE.find((k) => k === n) ?? (Object.hasOwn(REGISTER_KINDS, n) ? REGISTER_KINDS[n] : undefined);
  if (kind === undefined) throw new InputError(`--kind: '${name}' is not a kind kept in a register; write one of ${IMPORTABLE.join(', ')}`);
  return kind;
}

/** A field --map may add beyond the table: a plain YAML key, not the `isms:` that marks a file's kind. */
const EXTRA_FIELD = /^(?!isms$)[a-z][a-z0-9-]*$/;

/** Besides the id, the field two records of a kind may not share (the SoA has one line per control). */
const KEY_FIELDS: Partial<Record<RecordKind, string>> = { soa: 'control' };

const cellOf = (row: CsvRow, columns: readonly number[] | undefined): string =>
  (columns ?? []).map((i) => row.cells[i] ?? '').find((c) => c.trim() !== '') ?? '';

/** One row as a record of `kind`, or its problems. */
function readRow(
  row: CsvRow,
  columns: ColumnMap,
  table: Readonly<Record<string, FieldSpec>>,
  order: DateOrder,
  kind: RecordKind,
): Record<string, unknown> | string[] {
  const record: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [field, spec] of Object.entries(table)) {
    const read = readCell(field, spec, cellOf(row, columns[field]), order, kind);
    if (read === undefined) {
      if (spec.required) problems.push(`no ${field}`);
    } else if ('error' in read) problems.push(read.error);
    else record[field] = read.value;
  }
  for (const field of Object.keys(columns)) {
    if (Object.hasOwn(table, field)) continue;
    const value = cellOf(row, columns[field]).trim();
    if (value !== '') record[field] = value;
  }
  return problems.length > 0 ? problems : record;
}

/** Which column holds which field of `kind`; an InputError when a required field has none. */
function kindColumns(kind: RecordKind, header: readonly string[], map: readonly [string, string][]): ColumnMap {
  const table = KIND_FIELDS[kind];
  const columns = mapColumns(header, map, {
    fields: Object.keys(table),
    names: (field) => fieldHeaders(kind, field, headerKey(field)),
    extra: (field) => EXTRA_FIELD.test(field),
  });
  const missing = Object.keys(table).filter((f) => table[f].required && columns[f].length === 0);
  if (missing.length > 0) {
    throw new InputError(
      `no column for ${missing.join(', ')} (a ${kind} needs ${missing.length === 1 ? 'it' : 'them'}) in the CSV ` +
        `(its columns: ${header.join(', ')}); name one with --map "COLUMN=${missing[0]}"`,
    );
  }
  return columns;
}

/** The ids (and key values) the rows may not repeat: the ISMS's own, then each row's as it is read. */
function duplicateCheck(ws: IsmsWorkspace, kind: RecordKind): (record: Record<string, unknown>, line: number) => string[] {
  const key = KEY_FIELDS[kind];
  const seenId = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const keysInIsms = new Map<string, string>();
  if (key) for (const r of ws.records(kind)) keysInIsms.set(text(r, key)?.trim() ?? '', r.file);
  return (record, line) => {
    const problems: string[] = [];
    const id = typeof record.id === 'string' ? record.id : undefined;
    const taken = id === undefined ? [] : ws.recordsById(id);
    if (id !== undefined && taken.length > 0)
      problems.push(`id ${id} is already used (${taken[0].kind} in ${path.basename(taken[0].file)})`);
    else if (id !== undefined && seenId.has(id)) problems.push(`id ${id} is also on line ${seenId.get(id)}`);
    else if (id !== undefined) seenId.set(id, line);
    const value = key ? record[key] : undefined;
    if (key && typeof value === 'string') {
      if (keysInIsms.has(value))
        problems.push(`${key} ${value} is already in the ${kind} register (${path.basename(keysInIsms.get(value) ?? '')})`);
      else if (seenKey.has(value)) problems.push(`${key} ${value} is also on line ${seenKey.get(value)}`);
      else seenKey.set(value, line);
    }
    return problems;
  };
}

/** What the CSV would add to the kind's register: pure, for the command and its tests. */
export function planCsvImport(ws: IsmsWorkspace, csv: string, kind: RecordKind, options: CsvImportOptions): CsvImportPlan {
  const table = readCsv(csv);
  if ('error' in table) return { kind, add: [], bad: [table.error], ignored: [] };
  const columns = kindColumns(kind, table.header, options.map);
  const used = new Set(Object.values(columns).flat());
  const dropped = new Set(options.map.filter(([, f]) => f === 'ignore').map(([c]) => headerKey(c)));
  const ignored = table.header.filter((h, i) => !used.has(i) && h.trim() !== '' && !dropped.has(headerKey(h)));
  const fields = KIND_FIELDS[kind];
  const dateCells = Object.keys(fields)
    .filter((f) => fields[f].type === 'date')
    .flatMap((f) => table.rows.map((r) => cellOf(r, columns[f])));
  const order = options.dateOrder ?? slashOrder(dateCells);
  const duplicates = duplicateCheck(ws, kind);
  const plan: CsvImportPlan = { kind, add: [], bad: [], ignored };
  for (const row of table.rows) {
    if (row.cells.length !== table.header.length) {
      plan.bad.push({ line: row.line, message: `${countOf(row.cells.length, 'field')}, the header has ${table.header.length}` });
      continue;
    }
    const record = readRow(row, columns, fields, order, kind);
    const problems = Array.isArray(record) ? record : duplicates(record, row.line);
    if (problems.length > 0) plan.bad.push({ line: row.line, message: problems.join('; ') });
    else plan.add.push({ line: row.line, record: record as Record<string, unknown> });
  }
  return plan;
}

/** The register named by --into (an existing one must be a register of the kind), else the kind's own. */
async function target(ws: IsmsWorkspace, kind: RecordKind, into: string | undefined, cwd: string): Promise<RegisterTarget> {
  if (into === undefined) return registerFile(ws, kind);
  if (!/\.ya?ml$/i.test(into)) throw new InputError(`--into ${into}: a register is a .yaml file`);
  const file = path.resolve(cwd, into);
  const existing = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (existing === undefined) return { file, exists: false };
  const marked = /^isms:[ \t]*["']?([\w-]+)/m.exec(existing)?.[1];
  const name = registerName(kind);
  if (marked !== name) {
    throw new InputError(
      `--into ${into} is ${marked === undefined ? 'no register (no isms: line)' : `a register of ${marked}`}, not of ${name}`,
    );
  }
  return { file, exists: true };
}

const recordLabel = (r: Record<string, unknown>): string =>
  [r.id, r.control, r.title ?? r.name].filter((v) => typeof v === 'string' && v !== '').join(' ') || '(record)';

export async function importCsvCommand(cmd: ImportCommand, io: CliIo): Promise<number> {
  const ws = await loadOneWorkspace(io.cwd, cmd.dir ?? '.', 'isms import');
  const kind = importableKind(cmd.kind ?? '');
  const csv = await readCsvFile(io.cwd, cmd.file);
  const plan = planCsvImport(ws, csv.text, kind, { map: cmd.map, ...(cmd.dateOrder ? { dateOrder: cmd.dateOrder } : {}) });
  const csvName = relativePath(io.cwd, csv.path);
  if (plan.ignored.length > 0) {
    io.stderr(
      `${terminalLine(
        `isms: ignored column${plan.ignored.length === 1 ? '' : 's'} (no field of ${kind}): ${plan.ignored.join(', ')}; ` +
          `to keep one, --map "${plan.ignored[0]}=FIELD"`,
      )}\n`,
    );
  }
  if (plan.bad.length > 0 && !cmd.skipBad) {
    reportBadRows(io, csvName, plan.bad);
    return 1;
  }
  if (plan.bad.length > 0) reportBadRows(io, csvName, plan.bad, 'skipped (--skip-bad)');
  const where = await target(ws, kind, cmd.into, io.cwd);
  const name = relativePath(io.cwd, where.file);
  const listing = plan.add.map((a) => terminalLine(`  ${csvName}:${a.line}: ${recordLabel(a.record)}`));
  const n = `${plan.add.length} ${kind} record${plan.add.length === 1 ? '' : 's'}`;
  const exit = plan.bad.length > 0 ? 1 : 0;
  if (cmd.dryRun || plan.add.length === 0) {
    const head = plan.add.length === 0 ? `Nothing to add to ${name}.` : `Would add ${n} to ${name}:`;
    io.stdout(`${[terminalLine(head), ...listing, ...(plan.add.length > 0 ? ['Nothing written (--dry-run).'] : [])].join('\n')}\n`);
    return exit;
  }
  const register = registerName(kind) ?? kind;
  const fresh = `# ${register} register, imported from ${path.basename(csv.path)} by isms import csv\nisms: ${register}\nrecords:\n`;
  await writeRegister(
    where,
    plan.add.map((a) => a.record),
    fresh,
  );
  io.stdout(`${[terminalLine(`Added ${n} to ${name}:`), ...listing].join('\n')}\n`);
  return exit;
}
