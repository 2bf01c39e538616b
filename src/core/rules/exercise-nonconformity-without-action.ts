import { exerciseOf } from '../cycle/exercises';
import { isContinuityFinding, reportUnansweredNonconformity } from './helpers/nonconformity';
import type { RecordRule } from './rule';

export const exerciseNonconformityWithoutAction: RecordRule = {
  code: 'ISMS802',
  name: 'exercise-nonconformity-without-action',
  description: 'A major or minor nonconformity found in a business continuity exercise has no corrective action.',
  clause: 'ISO 22301:2019 8.5 (exercise programme: act on the results) and 10.1 (nonconformity and corrective action)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['finding'],
  crossRecord: true,
  check(finding, ctx, report) {
    if (!isContinuityFinding(finding, ctx)) return;
    reportUnansweredNonconformity(finding, ctx, report, ` of exercise ${exerciseOf(finding, ctx)?.id ?? ''}`);
  },
};
