import { plusMonths } from '../dates';
import { valueRange } from '../model/fields';
import { lastHeldReview } from '../cycle/state';
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
    const last = lastHeldReview(ctx, ctx.today);
    const interval = ctx.config.managementReview.intervalMonths;
    if (!last || interval >= 12) return;
    const due = plusMonths(last.date, interval);
    if (due >= ctx.today || plusMonths(last.date, 12) < ctx.today) return; // within interval, or ISMS202's case
    report({
      file: last.review.file,
      range: valueRange(last.review, 'date'),
      message: `The last management review (${last.review.id ?? last.date}) was held on ${last.date}; the planned interval of ${interval} months made the next one due on ${due}. Hold a management review.`,
    });
  },
};
