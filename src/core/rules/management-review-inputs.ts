import { coveredInputs, requiredInputs, reviewedSystems } from '../model/reviewInputs';
import { reviewHeld } from '../cycle/state';
import { ids } from '../model/fields';
import { recordedSections } from '../model/reviewContent';
import { standardKeys } from '../model/standards';
import type { RecordRule } from './rule';

export const managementReviewInputs: RecordRule = {
  code: 'ISMS203',
  name: 'management-review-inputs',
  description:
    'A held management review does not cover every input of 9.3.2 a–g (with the four trends of d), and of ISO 22301 9.3.2 when it reviews the BCMS too.',
  clause: 'ISO/IEC 27001:2022 9.3.2 (management review inputs); ISO 22301:2019 9.3.2',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['management-review'],
  check(review, ctx, report) {
    if (!reviewHeld(review, ctx.today)) return;
    // a review covers the standards it names, else every standard the ISMS lists
    const named = ids(review, 'standards');
    const standards = named.length ? named : ctx.config.standards;
    const required = requiredInputs(reviewedSystems(standardKeys(standards)));
    const covered = coveredInputs(review.data.inputs, recordedSections(review));
    const missing = required.filter((i) => !covered.has(i.key));
    if (missing.length === 0) return;
    report({
      file: review.file,
      range: review.anchor,
      message: `Management review ${review.id ?? ''} does not cover ${missing.length === 1 ? 'this input' : 'these inputs'} of 9.3.2: ${missing.map((i) => `${i.clause} ${i.title} (‘${i.key}’)`).join('; ')}. Add each under ‘inputs:’ or as a ‘##’ section with what was reviewed.`,
    });
  },
};
