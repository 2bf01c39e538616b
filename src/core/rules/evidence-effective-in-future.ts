import { effectiveDate } from '../controls/evidence';
import { daysBetween, inDayCount } from '../dates';
import { label, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

export const evidenceEffectiveInFuture: RecordRule = {
  code: 'ISMS964',
  name: 'evidence-effective-in-future',
  description: 'Evidence is effective after today: evidence records work already done, so it shows nothing yet.',
  clause: 'ISO/IEC 27001:2022 9.1 (documented information as evidence of the results of monitoring and measurement)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['evidence'],
  check(rec, ctx, report) {
    const effective = effectiveDate(rec);
    // absent or unreadable: ISMS006 / ISMS002 report it, and nothing is concluded from it
    if (effective.state !== 'known' || effective.value <= ctx.today) return;
    report({
      file: rec.file,
      range: valueRange(rec, 'effective'),
      message: `Evidence ${label(rec)} is effective on ${effective.value}, ${inDayCount(daysBetween(ctx.today, effective.value))}: evidence records work already done, so it shows nothing yet. Write the day it was collected or performed, or record it once the work is done.`,
    });
  },
};
