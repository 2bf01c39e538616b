import { asDate, plusMonths } from '../dates';
import { valueRange } from '../model/fields';
import { lastHeldReview } from '../cycle/state';
import { cycleStart } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';
import { placeOf } from '../model/config';

export const managementReviewOverdue: WorkspaceRule = {
  code: 'ISMS202',
  name: 'management-review-overdue',
  description: 'No management review has been held in the last 12 months (or none at all).',
  clause:
    'ISO/IEC 27001:2022 9.3.1; certification bodies expect at least one review a year (ISO/IEC 17021-1 9.6.2.2 reviews it at each surveillance)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: ['management-review'],
  check(ctx, report) {
    const last = lastHeldReview(ctx, ctx.today);
    if (!last) {
      // an ISMS still being built (no certificate, or its certification still ahead) has not had to review yet
      const start = cycleStart(ctx.config);
      if (!start || start > ctx.today) return;
      // a certificate less than a year old was granted on a review the records do not hold: the next one is
      // due by its first anniversary, so until then this is a note, and none when a review is planned by then
      const due = plusMonths(start, 12);
      const young = due >= ctx.today;
      const planned = ctx.records('management-review').some((r) => {
        const date = asDate(r.data.date);
        return date !== undefined && date >= ctx.today && date <= due;
      });
      if (young && planned) return;
      report({
        file: ctx.config.file,
        range: placeOf(ctx.config, 'management-review.interval-months', 'management-review'),
        severity: young ? 'information' : undefined,
        message: young
          ? `No management review is recorded yet. Record the one the certification rested on, and hold and record the next by ${due}.`
          : 'No management review is recorded. Top management must review the ISMS at planned intervals, at least yearly; record the review as a management-review record.',
      });
      return;
    }
    const due = plusMonths(last.date, 12);
    if (due >= ctx.today) return;
    report({
      file: last.review.file,
      range: valueRange(last.review, 'date'),
      message: `The last management review (${last.review.id ?? last.date}) was held on ${last.date}, more than 12 months ago (due by ${due}). Hold a management review now.`,
    });
  },
};
