/**
 * A spreadsheet cell read as the value of a field, by the field's type in the kind's table
 * (src/core/model/kinds.ts): dates as spreadsheets write them, numbers, yes/no, lists split on `;` (or
 * `,` when there is no `;`), allowed values in any case and spacing with a few common synonyms, and
 * nested lists (findings, results) as the JSON text `isms export csv` writes. Pure.
 */
import type { FieldSpec } from '../../core/model/kinds';
import type { RecordKind } from '../../core/model/types';
import { canonicalValue } from '../../core/model/vocabulary';
import { parseDate, type DateOrder } from './read';

export type CellResult = { value: unknown } | { error: string } | undefined;

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'applicable', 'included', 'include']);
const FALSE = new Set(['no', 'n', 'false', '0', 'not-applicable', 'n/a', 'na', 'excluded', 'exclude']);

/**
 * Words spreadsheets use for an allowed value, beyond the engine's own vocabulary (read first, so that a
 * word means in an import what it means in a file); used only when the value it stands for is one the field
 * allows (so `resolved` is `closed` for an incident and nothing for a field without `closed`).
 */
const VALUE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'in-progress': ['wip', 'ongoing', 'started', 'in-hand', 'underway', 'under-way', 'doing'],
  closed: ['resolved', 'complete', 'completed', 'done'],
  modify: ['mitigate', 'reduce', 'treat', 'mitigation', 'reduction', 'modification'],
  retain: ['accept', 'acceptance', 'retention', 'tolerate'],
  avoid: ['avoidance', 'terminate', 'eliminate'],
  share: ['transfer', 'sharing', 'insure'],
  partial: ['partially', 'partially-implemented', 'partly', 'partly-implemented', 'in-part'],
  'not-implemented': ['not-started', 'none', 'missing'],
  medium: ['med', 'moderate'],
  critical: ['crit', 'very-high'],
  'full-test': ['full', 'live-test', 'full-scale'],
};

/** `In progress`, `in_progress`, ` IN-PROGRESS ` → `in-progress`. */
const valueKey = (v: string): string =>
  v
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The allowed value a cell names, or undefined. */
export function allowedValue(values: readonly string[], cell: string): string | undefined {
  const key = valueKey(cell);
  const exact = values.find((v) => valueKey(v) === key);
  if (exact !== undefined) return exact;
  return values.find((v) => VALUE_SYNONYMS[v]?.includes(key));
}

/** A list cell's items: split on `;` when it has one, else on `,`; blanks dropped. */
export function listItems(cell: string): string[] {
  return cell
    .split(cell.includes(';') ? ';' : ',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A cell `isms export csv` wrote with a `'` before a leading `=`, `+`, `-`, `@` (so that a spreadsheet
 * shows it as text and runs no formula), as it was.
 */
export const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A nested list or map written as JSON text, as `isms export csv` writes it. */
function json(field: string, cell: string, want: 'list' | 'map'): CellResult {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return { error: `${field}: not JSON text (${want === 'list' ? 'a [ … ] list' : 'a { … } object'}, as isms export csv writes it)` };
  }
  const ok = want === 'list' ? Array.isArray(value) : typeof value === 'object' && value !== null && !Array.isArray(value);
  return ok ? { value } : { error: `${field}: JSON ${want === 'list' ? 'list [ … ]' : 'object { … }'} expected` };
}

/**
 * The value of a cell for a field of the table; undefined for an empty cell (the field is left out). With
 * the record's kind, a closed-list value is read by the engine's vocabulary first (src/core/model/vocabulary.ts).
 */
export function readCell(field: string, spec: FieldSpec, raw: string, order: DateOrder, kind?: RecordKind): CellResult {
  const cell = unescapeFormula(raw.trim());
  if (cell === '') return undefined;
  switch (spec.type) {
    case 'date': {
      const d = parseDate(cell, order);
      return 'date' in d ? { value: d.date } : { error: `${field}: ${d.error}` };
    }
    case 'number':
      return NUMBER.test(cell) ? { value: Number(cell) } : { error: `${field}: '${cell}' is not a number` };
    case 'boolean': {
      const key = valueKey(cell);
      if (TRUE.has(key)) return { value: true };
      if (FALSE.has(key)) return { value: false };
      return { error: `${field}: '${cell}' is not yes or no (write yes/no, true/false or 1/0)` };
    }
    case 'string-list':
    case 'control-list':
    case 'reference-list':
      // a list of objects (attendees with their roles) is exported as JSON text
      return cell.startsWith('[') && !('error' in (json(field, cell, 'list') ?? {}))
        ? json(field, cell, 'list')
        : { value: listItems(cell) };
    case 'list':
    case 'map':
      return json(field, cell, spec.type);
    default: {
      if (!spec.values) return { value: cell };
      const engine = kind === undefined ? undefined : canonicalValue(kind, field, cell);
      const value = typeof engine === 'string' ? engine : allowedValue(spec.values, cell);
      return value !== undefined ? { value } : { error: `${field}: '${cell}' is not one of ${spec.values.join(', ')}` };
    }
  }
}
