import { KIND_FIELDS } from '../model/kinds';
import { itemRange, valueRange } from '../model/fields';
import type { IsmsRecord, Range } from '../model/types';
import type { RecordRule } from './rule';

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

export const missingReference: RecordRule = {
  code: 'ISMS007',
  name: 'missing-reference',
  description: 'A field refers to a record id that no record has.',
  clause: 'ISO/IEC 27001:2022 7.5.3 (control of documented information)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  crossRecord: true,
  check(rec, ctx, report) {
    for (const ref of recordRefs(rec)) {
      // a corrective action's missing source has its own rule, ISMS306
      if (rec.kind === 'corrective-action' && ref.field === 'source') continue;
      if (ctx.recordsById(ref.id).length > 0) continue;
      report({ file: rec.file, range: ref.range, message: `\`${ref.field}\` refers to \`${ref.id}\`, but no record has that id. Correct the id or create the record.` });
    }
  },
};
