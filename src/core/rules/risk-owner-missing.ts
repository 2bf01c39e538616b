import { label, text } from '../model/fields';
import { riskInForce } from './helpers/risk';
import type { RecordRule } from './rule';

export const riskOwnerMissing: RecordRule = {
  code: 'ISMS941',
  name: 'risk-owner-missing',
  description: 'A risk that is not closed has no owner.',
  clause: 'ISO/IEC 27001:2022 6.1.2 c 2 (identify the risk owners)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['risk'],
  check(risk, _ctx, report) {
    if (!riskInForce(risk) || text(risk, 'owner') !== undefined) return;
    report({
      file: risk.file,
      range: risk.anchor,
      message: `Risk ${label(risk)} has no owner. Name the person accountable for managing it in ‘owner:’ (6.1.2 c 2: the risk owners are identified).`,
    });
  },
};
