import { daysBetween, plusDays, plusMonths } from '../dates';
import { auditDate, auditState } from '../cycle/state';
import { cycleAuditName, externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

/** Fewer audits than this in a year are too few to call bunched; the gap rule covers them. */
const MIN_AUDITS = 4;

export const auditsBunched: WorkspaceRule = {
  code: 'ISMS104',
  name: 'audits-bunched',
  description: "More than the configured share of the year's internal audits fall in the days just before an external audit.",
  clause: 'ISO/IEC 27001:2022 9.2.2 (an audit programme planned over the year, not a rehearsal for the auditor)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit'],
  check(ctx, report) {
    const { bunchingDays, bunchingShare } = ctx.config.internalAudit;
    const audits = ctx.records('internal-audit').filter((a) => auditState(a, ctx.today) !== 'cancelled');
    for (const ext of externalAudits(ctx.config)) {
      if (ext.status === 'cancelled' || daysBetween(ext.date, ctx.today) > 365) continue;
      const yearStart = plusMonths(ext.date, -12);
      const windowStart = plusDays(ext.date, -bunchingDays);
      const year = audits.filter((a) => {
        const d = auditDate(a);
        return d !== undefined && d >= yearStart && d < ext.date;
      });
      if (year.length < MIN_AUDITS) continue;
      const late = year.filter((a) => (auditDate(a) ?? '') >= windowStart);
      if (late.length / year.length <= bunchingShare) continue;
      report({
        file: ctx.config.file,
        range: ext.range,
        message: `${late.length} of the ${year.length} internal audits in the year before the ${cycleAuditName(ext.type)} on ${ext.date} fall in its last ${bunchingDays} days (more than ${Math.round(bunchingShare * 100)}%). Spread them across the year.`,
        related: late.map((a) => ({ location: { file: a.file, range: a.anchor }, message: `${a.id ?? 'audit'} on ${auditDate(a)}` })),
      });
    }
  },
};
