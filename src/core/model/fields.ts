/** Typed reads of a record's plain data: rules ask for what they need and get undefined for anything else. */
import { asDate } from '../dates';
import { KIND_FIELDS } from './kinds';
import { ownEntry } from './nameTable';
import type { IsmsRecord, Range } from './types';

export function text(rec: IsmsRecord, key: string): string | undefined {
  const v = ownEntry(rec.data, key);
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export const date = (rec: IsmsRecord, key: string): string | undefined => asDate(ownEntry(rec.data, key));

export function list(rec: IsmsRecord, key: string): unknown[] {
  const v = ownEntry(rec.data, key);
  return Array.isArray(v) ? v : [];
}

/** Ids of clauses / controls in a field: a list, or one value; YAML numbers such as 9.1 become '9.1'. */
export function ids(rec: IsmsRecord, key: string): string[] {
  const v = ownEntry(rec.data, key);
  const all = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return all.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim());
}

/** Where a field's value is written, else the record's anchor. */
export const valueRange = (rec: IsmsRecord, key: string): Range => ownEntry(rec.fields, key)?.valueRange ?? rec.anchor;
export const keyRange = (rec: IsmsRecord, key: string): Range => ownEntry(rec.fields, key)?.keyRange ?? rec.anchor;
export const itemRange = (rec: IsmsRecord, key: string, index: number): Range => ownEntry(rec.items, key)?.[index] ?? valueRange(rec, key);

export const label = (rec: IsmsRecord): string =>
  rec.id ? `${rec.id}${text(rec, 'title') ? ` (${text(rec, 'title')})` : ''}` : (text(rec, 'title') ?? rec.kind);

/**
 * A closed-list (or boolean) field read for a rule's decision: `absent` when not written, `unreadable` when
 * written but not a value the engine knows (ISMS006 reports it once; rules then conclude nothing from it).
 * Values are canonical already (vocabulary.ts rewrote synonyms at parse time).
 */
export type EnumRead<T> = { state: 'known'; value: T } | { state: 'absent' } | { state: 'unreadable'; written: unknown };

export function enumValue(rec: IsmsRecord, key: string): EnumRead<string> {
  const v = ownEntry(rec.data, key);
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return { state: 'absent' };
  const values = ownEntry(KIND_FIELDS[rec.kind], key)?.values;
  if (typeof v === 'string' && (values === undefined || values.includes(v))) return { state: 'known', value: v };
  return { state: 'unreadable', written: v };
}

export function booleanValue(rec: IsmsRecord, key: string): EnumRead<boolean> {
  const v = ownEntry(rec.data, key);
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return { state: 'absent' };
  return typeof v === 'boolean' ? { state: 'known', value: v } : { state: 'unreadable', written: v };
}
