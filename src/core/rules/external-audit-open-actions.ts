import { daysBetween, inDayCount } from '../dates';
import { label } from '../model/fields';
import { isOpenCorrectiveAction } from '../cycle/state';
import { cycleAuditName, externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

export const externalAuditOpenActions: WorkspaceRule = {
  code: 'ISMS401',
  name: 'external-audit-open-actions',
  description: 'An external audit is within ‘warn-before-external-days’ while corrective actions are still open.',
  clause: 'ISO/IEC 17021-1:2015 9.6.2.2 (surveillance reviews actions on previous nonconformities); ISO/IEC 27001:2022 10.2',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['corrective-action'],
  check(ctx, report) {
    const horizon = ctx.config.internalAudit.warnBeforeExternalDays;
    const near = externalAudits(ctx.config).filter((ext) => {
      const days = daysBetween(ctx.today, ext.date);
      return ext.status === 'planned' && days >= 0 && days <= horizon;
    });
    // most of the time no audit is near: then the (many) corrective actions need not be looked at
    if (near.length === 0) return;
    const open = ctx.records('corrective-action').filter(isOpenCorrectiveAction);
    if (open.length === 0) return;
    for (const ext of near) {
      const days = daysBetween(ctx.today, ext.date);
      report({
        file: ctx.config.file,
        range: ext.range,
        message: `The ${cycleAuditName(ext.type)} is ${inDayCount(days)} (${ext.date}) and ${open.length} corrective action${open.length === 1 ? ' is' : 's are'} still open: ${open.map((ca) => ca.id ?? '?').join(', ')}. Close them or show progress before the auditor arrives.`,
        related: open.map((ca) => ({ location: { file: ca.file, range: ca.anchor }, message: `open: ${label(ca)}` })),
      });
    }
  },
};
