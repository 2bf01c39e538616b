import { documentReview } from '../documents/register';
import { reportReviewDue } from './helpers/reviewDue';
import type { RecordRule } from './rule';

export const documentReviewOverdue: RecordRule = {
  code: 'ISMS901',
  name: 'document-review-overdue',
  description: 'An approved document has not been reviewed within its ‘review-months’ (default ‘documents.review-months’, 12).',
  clause: 'ISO/IEC 27001:2022 A.5.1 (policies reviewed at planned intervals) and 7.5.2 (review for suitability and adequacy)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['document'],
  check(doc, ctx, report) {
    const review = documentReview(doc, ctx.config, ctx.today);
    // without an approval or review date ISMS902 speaks; drafts and retired documents are not reviewed
    if (review.state === 'undated' || review.state === 'not-approved' || review.state === 'retired' || !review.last) return;
    reportReviewDue(
      doc,
      {
        last: review.last,
        months: review.months,
        today: ctx.today,
        what: 'Document',
        why: 'A.5.1: policies are reviewed at planned intervals',
        ...(doc.id ? { fix: { fix: 'mark-document-reviewed', documentId: doc.id } as const } : {}),
      },
      report,
    );
  },
};
