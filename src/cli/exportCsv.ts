/**
 * `isms export csv --kind KIND` (issue 19.5): the records of a register kind as CSV for a spreadsheet or
 * an auditor: RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte order mark so that Excel reads the
 * accents, one header row — the kind's fields in table order, then any other field a record has — and
 * one row per record. Lists of values are joined with `; `; an empty list, lists of objects (findings,
 * results) and maps are written as JSON text, which `isms import csv` reads back. A cell that starts with `=`, `+`, `-` or
 * `@` gets a `'` before it, so that a spreadsheet shows it as text and never runs it as a formula.
 */
import { stringify } from 'csv-stringify/sync';
import type { IsmsRecord, IsmsWorkspace, RecordKind } from '../core';
import { KIND_FIELDS, type FieldSpec } from '../core/model/kinds';
import { registerName } from './csv/register';
import { importableKind } from './importCsv';

/** The key that names a record's kind in a Markdown file's front matter: not a field to export. */
const KIND_KEY = 'isms';

const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A field's value as a cell. */
export function cellText(value: unknown, spec: FieldSpec | undefined): string {
  if (value === null || value === undefined) return '';
  if (isScalar(value)) return String(value);
  const nested = spec?.type === 'list' || spec?.type === 'map';
  // an empty list (`transfers: []`: there are none) is written `[]`, so that it is not read back as no field
  if (Array.isArray(value) && !nested && value.length > 0 && value.every(isScalar)) return value.map(String).join('; ');
  return JSON.stringify(value);
}

/**
 * The header: the table's fields, then the others the records have, in the order first met (a key
 * without a value in any record, as a comma in a flow mapping makes one, carries nothing and is left out).
 */
function columnsOf(kind: RecordKind, records: readonly IsmsRecord[]): string[] {
  const columns = Object.keys(KIND_FIELDS[kind]);
  const known = new Set(columns);
  for (const r of records) {
    for (const [key, value] of Object.entries(r.data)) {
      if (key === KIND_KEY || known.has(key) || value === null || value === undefined) continue;
      known.add(key);
      columns.push(key);
    }
  }
  return columns;
}

/** The CSV text of the records of `kind`, BOM first. */
export function recordsCsv(kind: RecordKind, records: readonly IsmsRecord[]): string {
  const table = KIND_FIELDS[kind];
  const columns = columnsOf(kind, records);
  const rows = records.map((r) => columns.map((c) => cellText(Object.hasOwn(r.data, c) ? r.data[c] : undefined, table[c])));
  return stringify([columns, ...rows], { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true });
}

/** What `isms export csv --kind KIND` writes: the text, the default file name (`risks.csv`) and a summary. */
export function exportCsv(ws: IsmsWorkspace, kindName: string): { content: string; fileName: string; summary: string } {
  const kind = importableKind(kindName);
  const records = ws.records(kind);
  return {
    content: recordsCsv(kind, records),
    fileName: `${registerName(kind) ?? kind}.csv`,
    summary: `${records.length} ${kind} record${records.length === 1 ? '' : 's'}`,
  };
}
