import { plusMonths } from '../dates';
import { date, label, valueRange } from '../model/fields';
import { ownEntry } from '../model/nameTable';
import { riskInForce } from './helpers/risk';
import type { RecordRule } from './rule';

export const riskReviewOverdue: RecordRule = {
  code: 'ISMS942',
  name: 'risk-review-overdue',
  description: 'A risk that is not closed has not been reviewed within ‘risk.review-months’ (default 12).',
  clause: 'ISO/IEC 27001:2022 8.2 (risk assessments at planned intervals)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['risk'],
  check(risk, ctx, report) {
    if (!riskInForce(risk)) return;
    // a date written but unreadable is ISMS002's; an older field must not stand in for it
    const field = ownEntry(risk.data, 'reviewed') !== undefined ? 'reviewed' : 'identified';
    const last = date(risk, field);
    if (!last) return;
    const months = ctx.config.risk.reviewMonths;
    const due = plusMonths(last, months);
    if (due >= ctx.today) return;
    const since = field === 'reviewed' ? `was last reviewed on ${last}` : `was identified on ${last} and not reviewed since`;
    report({
      file: risk.file,
      range: valueRange(risk, field),
      message: `Risk ${label(risk)} ${since}; reviews are due every ${months} ${months === 1 ? 'month' : 'months'}, so one was due by ${due}. Review it and record the date in ‘reviewed:’ (8.2: risk assessments at planned intervals).`,
    });
  },
};
