import { monthOf, monthsBetween, plusMonthKey } from '../dates';
import { auditDate } from '../cycle/state';
import { auditProgramme, cycleStart, type ProgrammeMonth } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';
import { placeOf } from '../model/config';

/** How far ahead an empty month is pointed out, so that it can still be planned. */
const LOOKAHEAD_MONTHS = 3;

const isEmpty = (m: ProgrammeMonth): boolean => (m.state === 'missing' || m.state === 'future-empty') && !m.externalAudit;

export const auditProgrammeGap: WorkspaceRule = {
  code: 'ISMS103',
  name: 'audit-programme-gap',
  description:
    'The internal-audit programme goes ‘cadence-months’ months (default: a month) without an audit, not counting a month with an external audit.',
  clause: 'ISO/IEC 27001:2022 9.2.2 (an audit programme, including its frequency); practice: one internal audit a month for eleven months',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit'],
  check(ctx, report) {
    const audits = ctx.records('internal-audit');
    const firstAudit = audits
      .map(auditDate)
      .filter((d): d is string => !!d)
      .sort()[0];
    const starts = [cycleStart(ctx.config), firstAudit]
      .filter((d): d is string => !!d)
      .map(monthOf)
      .sort();
    if (starts.length === 0) return; // nothing planned and no certificate yet: the programme has not started
    const thisMonth = monthOf(ctx.today);
    // look back one programme year at most: older gaps are history, not something to act on
    const from = [starts[0], plusMonthKey(thisMonth, -11)].sort()[1];
    const to = plusMonthKey(thisMonth, LOOKAHEAD_MONTHS);
    const count = monthsBetween(`${from}-01`, `${to}-01`) + 1;
    const months = auditProgramme({ config: ctx.config, records: ctx.records }, from, count, ctx.today);
    const cadence = ctx.config.internalAudit.cadenceMonths;
    // every `cadence` consecutive empty months is one gap: the same answer whatever day the check runs
    for (let i = 0; i < months.length;) {
      const run = months.slice(i, i + cadence);
      if (run.length < cadence || !run.every(isEmpty)) {
        i++;
        continue;
      }
      i += cadence;
      const first = run[0].month;
      const name = cadence === 1 ? first : `${first} – ${run[run.length - 1].month}`;
      const future = first > thisMonth;
      report({
        file: ctx.config.file,
        // no entry exists for an empty month: the programme's cadence in isms.yaml is what it falls short of
        range: placeOf(ctx.config, 'internal-audit.cadence-months', 'internal-audit'),
        severity: future ? 'information' : undefined,
        message: future
          ? `No internal audit is planned for ${name} yet. Plan one to keep the programme ${cadence === 1 ? 'monthly' : 'regular'} rather than bunched before the external audit.`
          : `The internal-audit programme has no audit in ${name}. Spread audits ${cadence === 1 ? 'one a month' : `at least one every ${cadence} months`}; plan a catch-up audit.`,
        data: { fix: 'plan-internal-audit', month: first },
      });
    }
  },
};
