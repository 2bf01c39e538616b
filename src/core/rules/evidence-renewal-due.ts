import { evidenceNeedingRenewal } from '../controls/renewal';
import { inDayCount } from '../dates';
import { label } from '../model/fields';
import { controlsOf, validityRange } from './evidence-expired';
import { operationsOf } from './helpers/controls';
import type { WorkspaceRule } from './rule';

export const evidenceRenewalDue: WorkspaceRule = {
  code: 'ISMS962',
  name: 'evidence-renewal-due',
  description: 'Evidence whose last valid day is within ‘evidence.warn-days’ (default 30): renew it before it runs out.',
  clause: 'ISO/IEC 27001:2022 9.1 (documented information as evidence of the results of monitoring and measurement)',
  defaultSeverity: 'information',
  scope: 'workspace',
  dependsOn: ['evidence', 'control-activity'],
  check(ctx, report) {
    for (const { evidence: e, state } of evidenceNeedingRenewal(operationsOf(ctx))) {
      if (state !== 'renewal-due') continue;
      const until = e.validity.validUntil ?? '';
      const left = e.validity.daysLeft ?? 0;
      const when = left === 0 ? 'today is its last valid day' : `${inDayCount(left)} it runs out`;
      report({
        file: e.record.file,
        range: validityRange(e),
        message: `Evidence ${label(e.record)} is valid until ${until}: ${when} (renewal is due within ${ctx.config.evidence.warnDays} days). Renew it so that ${controlsOf(e, 'its control')} ${e.controls.length > 1 ? 'stay' : 'stays'} covered, and record the new evidence when it is done.`,
      });
    }
  },
};
