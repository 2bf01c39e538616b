import { plusMonths } from '../dates';
import { valueRange } from '../model/fields';
import { managementReviewDue } from '../cycle/state';
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
    // the same answer the tree, the calendar and the status bar show (managementReviewDue, issue 15.4)
    const reviewDue = managementReviewDue(ctx, ctx.today);
    if (!reviewDue) return; // an ISMS still being built has not had to review yet
    const last = reviewDue.last;
    if (!last) {
      // none held: a note while the certificate is young (none at all when one is planned by its anniversary)
      if (!reviewDue.overdue && reviewDue.plannedByDue) return;
      const young = !reviewDue.overdue;
      const due = reviewDue.due;
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
