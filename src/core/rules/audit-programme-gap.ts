import { monthOf, plusMonthKey } from '../dates';
import { auditDate } from '../cycle/state';
import { auditProgramme, cycleStart } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

/** How far ahead an empty month is pointed out, so that it can still be planned. */
const LOOKAHEAD_MONTHS = 3;

export const auditProgrammeGap: WorkspaceRule = {
  code: 'ISMS103',
  name: 'audit-programme-gap',
  description: 'A month (or cadence period) of the internal-audit programme has no audit, other than a month with an external audit.',
  clause: 'ISO/IEC 27001:2022 9.2.2 a (audit programme: frequency); practice: one internal audit a month for eleven months',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit'],
  check(ctx, report) {
    const audits = ctx.records('internal-audit');
    const firstAudit = audits.map(auditDate).filter((d): d is string => !!d).sort()[0];
    const starts = [cycleStart(ctx.config), firstAudit].filter((d): d is string => !!d).map(monthOf).sort();
    if (starts.length === 0) return; // nothing planned and no certificate yet: ISMS has not started its programme
    const thisMonth = monthOf(ctx.today);
    // look back one programme year at most: older gaps are history, not something to act on
    const from = [starts[0], plusMonthKey(thisMonth, -11)].sort()[1];
    const to = plusMonthKey(thisMonth, LOOKAHEAD_MONTHS);
    let count = 0;
    for (let m = from; m <= to; m = plusMonthKey(m, 1)) count++;
    const months = auditProgramme({ config: ctx.config, records: ctx.records }, from, count, ctx.today);
    const cadence = ctx.config.internalAudit.cadenceMonths;
    for (let i = 0; i < months.length; i += cadence) {
      const period = months.slice(i, i + cadence);
      if (period.some((p) => p.state !== 'missing' && p.state !== 'future-empty')) continue;
      if (period.some((p) => p.externalAudit)) continue; // the external audit's month may stay free
      const first = period[0].month;
      const name = cadence === 1 ? first : `${first} – ${period[period.length - 1].month}`;
      const future = first > thisMonth;
      report({
        file: ctx.config.file,
        range: ctx.config.anchor,
        severity: future ? 'information' : undefined,
        message: future
          ? `No internal audit is planned for ${name} yet. Plan one to keep the programme monthly rather than bunched before the external audit.`
          : `The internal-audit programme has no audit in ${name}. Spread audits one a ${cadence === 1 ? 'month' : `${cadence}-month period`}; plan a catch-up audit.`,
        data: { fix: 'plan-internal-audit', month: first },
      });
    }
  },
};
