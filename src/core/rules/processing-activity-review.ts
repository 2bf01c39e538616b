import { date } from '../model/fields';
import { listsPrivacyStandard } from '../model/standards';
import { reportReviewDue } from './helpers/reviewDue';
import type { RecordRule } from './rule';

export const processingActivityReview: RecordRule = {
  code: 'ISMS702',
  name: 'processing-activity-review',
  description: 'A record of processing activity has not been reviewed within ‘privacy.review-months’ (or has no review date).',
  clause:
    'GDPR Art. 30 (records of processing activities); ISO/IEC 27701:2019 A.7.2.8 and B.8.2.6 (records related to processing PII); POPIA s.17 (documentation)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['processing-activity'],
  check(rec, ctx, report) {
    if (!listsPrivacyStandard(ctx.config.standards)) return;
    const reviewed = date(rec, 'reviewed');
    reportReviewDue(
      rec,
      {
        last: reviewed ? { date: reviewed, field: 'reviewed' } : undefined,
        months: ctx.config.privacy.reviewMonths,
        today: ctx.today,
        what: 'Record of processing',
        why: 'the record of processing is kept up to date, GDPR Art. 30',
      },
      report,
    );
  },
};
