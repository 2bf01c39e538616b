import { isCalendarDate } from '../dates';
import { KIND_FIELDS } from '../model/kinds';
import { itemRange, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export const invalidDate: RecordRule = {
  code: 'ISMS002',
  name: 'invalid-date',
  description: 'A date field holds something that is not a real calendar date written YYYY-MM-DD.',
  clause: 'ISO/IEC 27001:2022 7.5.2 (documented information: identification and description)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  check(rec, _ctx, report) {
    for (const [key, spec] of Object.entries(KIND_FIELDS[rec.kind])) {
      const v = rec.data[key];
      if (spec.type !== 'date' || v === undefined || v === null || isCalendarDate(v)) continue;
      report({
        file: rec.file,
        range: valueRange(rec, key),
        message: `\`${key}\` is not a real calendar date: \`${show(v)}\`. Write it as YYYY-MM-DD (e.g. 2026-03-14).`,
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
            message: `${nested.what} is not a real calendar date: \`${show(due)}\`. Write it as YYYY-MM-DD.`,
          });
        }
      });
    }
  },
};
