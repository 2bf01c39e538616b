import { reviewHeld } from '../cycle/state';
import { enumValue, label } from '../model/fields';
import { reviewHasOutputs } from '../model/reviewContent';
import type { RecordRule } from './rule';

export const reviewOutputsMissing: RecordRule = {
  code: 'ISMS206',
  name: 'review-outputs-missing',
  description: 'A held management review records no outputs: no ‘decisions:’ and no decisions or outputs section with something in it.',
  clause: 'ISO/IEC 27001:2022 9.3.3 (management review results: decisions on continual improvement and changes to the ISMS)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['management-review'],
  check(review, ctx, report) {
    // an unreadable status (ISMS006 reports it) may mean planned: conclude nothing
    if (enumValue(review, 'status').state === 'unreadable' || !reviewHeld(review, ctx.today)) return;
    if (reviewHasOutputs(review)) return;
    report({
      file: review.file,
      range: review.anchor,
      message: `Management review ${label(review)} was held but records no outputs. List the decisions on continual improvement opportunities and on any need for changes to the ISMS under ‘decisions:’ or in a ‘Decisions’ section (9.3.3).`,
    });
  },
};
