/**
 * Which CSV column holds which field: `--map COLUMN=FIELD` first, then the headers, compared without case,
 * spaces or punctuation, against each field's names (the field's own name and the headers spreadsheets
 * use for it). Shared by `isms import acknowledgements` and `isms import csv`.
 */
import { InputError } from '../workspaces';
import { headerKey } from './read';

/** Per field, the columns that hold it, best first. */
export type ColumnMap = Record<string, number[]>;

export interface ColumnRules {
  /** the fields, in the order they claim columns */
  fields: readonly string[];
  /** per field, the header keys (see headerKey) that name it, best first */
  names: (field: string) => readonly string[];
  /** a field `--map` may name that is not in `fields` (an extra field kept as written); default none */
  extra?: (field: string) => boolean;
}

/**
 * Which columns hold which field: `--map COLUMN=FIELD` first (a mapped column serves that field only;
 * `ignore` drops it), then the headers by `rules.names`. A column serves one field.
 */
export function mapColumns(header: readonly string[], overrides: readonly [string, string][], rules: ColumnRules): ColumnMap {
  const keys = header.map(headerKey);
  // no prototype: a field --map names (`constructor`) is a key of this map, never an Object method
  const map: ColumnMap = Object.assign(Object.create(null) as ColumnMap, Object.fromEntries(rules.fields.map((f) => [f, []])));
  const taken = new Set<number>();
  for (const [column, field] of overrides) {
    const i = header.indexOf(column) >= 0 ? header.indexOf(column) : keys.indexOf(headerKey(column));
    if (i < 0) throw new InputError(`--map: the CSV has no column '${column}' (its columns: ${header.join(', ')})`);
    const known = (rules.fields as readonly string[]).includes(field);
    if (field !== 'ignore' && !known && !(rules.extra?.(field) ?? false)) {
      throw new InputError(`--map: '${field}' is not a field; write one of ${rules.fields.join(', ')} or ignore`);
    }
    taken.add(i);
    if (field !== 'ignore') (map[field] ??= []).push(i);
  }
  for (const field of rules.fields) {
    if (map[field].length > 0) continue;
    for (const name of rules.names(field)) {
      keys.forEach((k, i) => {
        if (k === name && !taken.has(i)) {
          map[field].push(i);
          taken.add(i);
        }
      });
    }
  }
  return map;
}
