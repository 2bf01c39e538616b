import { isCalendarDate } from '../dates';
import { KIND_FIELDS } from '../model/kinds';
import { ownEntry } from '../model/nameTable';
import { itemRange, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

/** Written as a date: four digits, two, two. `2026-02-30` is date-shaped but no date; `v2026-02` is not date-shaped. */
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}$/;

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export const invalidDate: RecordRule = {
  code: 'ISMS002',
  name: 'invalid-date',
  description: 'A date field (or any field written as a date) holds something that is not a real calendar date written YYYY-MM-DD.',
  clause: 'ISO/IEC 27001:2022 7.5.2 (documented information: identification and description)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  check(rec, _ctx, report) {
    const fields = KIND_FIELDS[rec.kind];
    for (const [key, spec] of Object.entries(fields)) {
      const v = rec.data[key];
      if (spec.type !== 'date' || v === undefined || v === null || isCalendarDate(v)) continue;
      report({
        file: rec.file,
        range: valueRange(rec, key),
        message: `‘${key}’ is not a real calendar date: ‘${show(v)}’. Write it as YYYY-MM-DD (e.g. 2026-03-14).`,
      });
    }
    // a value written as a date in a field the kind does not know (`date:` on a risk) is still meant as one
    for (const [key, v] of Object.entries(rec.data)) {
      if (key === 'id' || ownEntry(fields, key)?.type === 'date' || typeof v !== 'string' || !DATE_SHAPED.test(v) || isCalendarDate(v))
        continue;
      report({
        file: rec.file,
        range: valueRange(rec, key),
        message: `‘${key}’ is written as a date, but ‘${v}’ is not a real calendar date. Correct it (YYYY-MM-DD, e.g. 2026-03-14).`,
      });
    }
    // actions decided in a management review carry their own due dates, an objective's results their own dates
    const nested =
      rec.kind === 'management-review'
        ? { list: 'actions', key: 'due', what: 'Action due date' }
        : rec.kind === 'objective'
          ? { list: 'results', key: 'date', what: 'Result date' }
          : undefined;
    const items = nested ? rec.data[nested.list] : undefined;
    if (nested && Array.isArray(items)) {
      items.forEach((a: unknown, i) => {
        const due = a !== null && typeof a === 'object' ? (a as Record<string, unknown>)[nested.key] : undefined;
        if (due !== undefined && due !== null && !isCalendarDate(due)) {
          report({
            file: rec.file,
            range: itemRange(rec, nested.list, i),
            message: `${nested.what} is not a real calendar date: ‘${show(due)}’. Write it as YYYY-MM-DD.`,
          });
        }
      });
    }
  },
};
