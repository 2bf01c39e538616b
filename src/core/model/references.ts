/**
 * The ids a record names, each with where it is written: clause / control ids (`scope:`, `ref:`) and
 * record ids (`source:`, `corrective-action:` …). Read by the engine's reference index and by the rules.
 */
import { KIND_FIELDS } from './kinds';
import { itemRange, valueRange } from './fields';
import type { IsmsRecord, Range } from './types';

export interface ControlRef {
  id: string;
  field: string;
  range: Range;
}

export function controlRefs(rec: IsmsRecord): ControlRef[] {
  const refs: ControlRef[] = [];
  for (const [field, spec] of Object.entries(KIND_FIELDS[rec.kind])) {
    if (spec.type !== 'control' && spec.type !== 'control-list') continue;
    const v = rec.data[field];
    if (Array.isArray(v)) {
      v.forEach((x: unknown, i) => {
        if (typeof x === 'string' || typeof x === 'number') refs.push({ id: String(x).trim(), field, range: itemRange(rec, field, i) });
      });
    } else if (typeof v === 'string' || typeof v === 'number') {
      refs.push({ id: String(v).trim(), field, range: valueRange(rec, field) });
    }
  }
  return refs;
}

/** Values that say "no record" on purpose. */
export const NO_RECORD = new Set(['other', 'none', 'n/a']);

export interface RecordRef {
  id: string;
  field: string;
  range: Range;
}

/** The ids a record refers to by its reference fields (a CA's `source` included). */
export function recordRefs(rec: IsmsRecord): RecordRef[] {
  const refs: RecordRef[] = [];
  for (const [field, spec] of Object.entries(KIND_FIELDS[rec.kind])) {
    if (spec.type !== 'reference' && spec.type !== 'reference-list') continue;
    const v = rec.data[field];
    const add = (x: unknown, range: Range): void => {
      if ((typeof x === 'string' || typeof x === 'number') && !NO_RECORD.has(String(x).trim().toLowerCase())) {
        refs.push({ id: String(x).trim(), field, range });
      }
    };
    if (Array.isArray(v)) v.forEach((x: unknown, i) => add(x, itemRange(rec, field, i)));
    else add(v, valueRange(rec, field));
  }
  return refs;
}
