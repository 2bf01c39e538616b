import { date, enumValue } from '../model/fields';
import { listsPrivacyStandard } from '../model/standards';
import { reportReviewDue } from './helpers/reviewDue';
import type { RecordRule } from './rule';

export const dpiaReview: RecordRule = {
  code: 'ISMS703',
  name: 'dpia-review',
  description: 'A DPIA has not been reviewed within ‘privacy.review-months’ of its last review (or of when it was performed).',
  clause: 'GDPR Art. 35(11) (review of the data protection impact assessment); ISO/IEC 27701:2019 A.7.2.5 (privacy impact assessment)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['dpia'],
  check(dpia, ctx, report) {
    if (!listsPrivacyStandard(ctx.config.standards)) return;
    // the assessment itself is the first review; a draft not yet performed has nothing to review
    const reviewed = date(dpia, 'reviewed');
    const performed = date(dpia, 'performed');
    const last = reviewed ? { date: reviewed, field: 'reviewed' } : performed ? { date: performed, field: 'performed' } : undefined;
    // a status the engine cannot read (ISMS006 reports it) may be a draft's: conclude nothing from it
    const status = enumValue(dpia, 'status');
    if (!last && (status.state === 'unreadable' || (status.state === 'known' && status.value === 'draft'))) return;
    reportReviewDue(
      dpia,
      {
        last,
        months: ctx.config.privacy.reviewMonths,
        today: ctx.today,
        what: 'DPIA',
        why: 'GDPR Art. 35(11): review whether the processing still matches the assessment',
      },
      report,
    );
  },
};
