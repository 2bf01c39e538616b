import { plusMonths } from '../dates';
import { valueRange } from '../model/fields';
import { managementReviewDue } from '../cycle/state';
import type { WorkspaceRule } from './rule';

export const managementReviewInterval: WorkspaceRule = {
  code: 'ISMS201',
  name: 'management-review-interval',
  description: 'The last management review is older than the interval set in isms.yaml (but not yet 12 months).',
  clause: 'ISO/IEC 27001:2022 9.3.1 (management review at planned intervals)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['management-review'],
  check(ctx, report) {
    // the same answer the tree, the calendar and the status bar show (managementReviewDue, issue 15.4)
    const reviewDue = managementReviewDue(ctx, ctx.today);
    const interval = ctx.config.managementReview.intervalMonths;
    const last = reviewDue?.last;
    if (!last || !reviewDue.due || !reviewDue.overdue || interval >= 12) return;
    const due = reviewDue.due;
    if (plusMonths(last.date, 12) < ctx.today) return; // ISMS202's case
    report({
      file: last.review.file,
      range: valueRange(last.review, 'date'),
      message: `The last management review (${last.review.id ?? last.date}) was held on ${last.date}; the planned interval of ${interval} months made the next one due on ${due}. Hold a management review.`,
    });
  },
};
