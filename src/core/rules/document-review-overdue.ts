import { date, text } from '../model/fields';
import { reportReviewDue } from './helpers/reviewDue';
import type { RecordRule } from './rule';

export const documentReviewOverdue: RecordRule = {
  code: 'ISMS901',
  name: 'document-review-overdue',
  description: 'An approved document has not been reviewed within its `review-months` (default `documents.review-months`, 12).',
  clause: 'ISO/IEC 27001:2022 A.5.1 (policies reviewed at planned intervals) and 7.5.2 (review for suitability and adequacy)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['document'],
  check(doc, ctx, report) {
    if (text(doc, 'status') !== 'approved') return;
    const reviewed = date(doc, 'reviewed');
    const approved = date(doc, 'approved');
    // the approval of the current version is a review too; without either date ISMS902 speaks
    const last =
      reviewed && (!approved || reviewed >= approved)
        ? { date: reviewed, field: 'reviewed' }
        : approved
          ? { date: approved, field: 'approved' }
          : undefined;
    if (!last) return;
    const own = doc.data['review-months'];
    const months = typeof own === 'number' && own > 0 ? own : ctx.config.documents.reviewMonths;
    reportReviewDue(
      doc,
      { last, months, today: ctx.today, what: 'Document', why: 'A.5.1: policies are reviewed at planned intervals' },
      report,
    );
  },
};
