import { isContinuityFinding, reportUnansweredNonconformity } from './helpers/nonconformity';
import type { RecordRule } from './rule';

export const nonconformityWithoutAction: RecordRule = {
  code: 'ISMS305',
  name: 'nonconformity-without-action',
  description: 'A major or minor nonconformity has no corrective action.',
  clause:
    'ISO/IEC 27001:2022 10.2 a–c (react to the nonconformity); ISO/IEC 17021-1 9.4.10 (certification body reviews the corrections and corrective actions)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['finding'],
  crossRecord: true,
  check(finding, ctx, report) {
    if (isContinuityFinding(finding, ctx)) return;
    reportUnansweredNonconformity(finding, ctx, report);
  },
};
