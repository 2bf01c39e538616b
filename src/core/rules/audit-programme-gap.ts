import { programmeGaps } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';
import { placeOf } from '../model/config';

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
    const cadence = ctx.config.internalAudit.cadenceMonths;
    // the gaps the tree, the calendar and `isms plan` flag too (programmeGaps, issue 15.4)
    for (const gap of programmeGaps({ config: ctx.config, records: ctx.records }, ctx.today)) {
      const first = gap.months[0];
      const name = cadence === 1 ? first : `${first} – ${gap.months[gap.months.length - 1]}`;
      report({
        file: ctx.config.file,
        // no entry exists for an empty month: the programme's cadence in isms.yaml is what it falls short of
        range: placeOf(ctx.config, 'internal-audit.cadence-months', 'internal-audit'),
        severity: gap.future ? 'information' : undefined,
        message: gap.future
          ? `No internal audit is planned for ${name} yet. Plan one to keep the programme ${cadence === 1 ? 'monthly' : 'regular'} rather than bunched before the external audit.`
          : `The internal-audit programme has no audit in ${name}. Spread audits ${cadence === 1 ? 'one a month' : `at least one every ${cadence} months`}; plan a catch-up audit.`,
        data: { fix: 'plan-internal-audit', month: first },
      });
    }
  },
};
