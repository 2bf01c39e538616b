/** The clause / control ids a record names, each with where it is written. */
import { KIND_FIELDS } from '../model/kinds';
import { itemRange, valueRange } from '../model/fields';
import type { IsmsRecord, Range } from '../model/types';

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
