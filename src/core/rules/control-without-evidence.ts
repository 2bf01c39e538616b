import { cycleMilestones, milestoneName, nextExternalAudit } from '../cycle/cycle';
import { daysBetween, inDayCount } from '../dates';
import type { SoaEntry } from '../documents/soa';
import { CYCLE_AUDIT_TYPES, placeOf } from '../model/config';
import { valueRange } from '../model/fields';
import type { Severity } from '../model/types';
import { operationsOf } from './helpers/controls';
import { soaOf } from './helpers/soa';
import type { RuleContext, WorkspaceRule } from './rule';

const EXTERNAL: ReadonlySet<string> = new Set(CYCLE_AUDIT_TYPES);
/** Controls the SoA says are not implemented yet are not expected to show that they operate. */
const NOT_YET: ReadonlySet<string> = new Set(['planned', 'not-implemented']);

/** A warning, and why, within `warn-before-external-days` of the next external audit (or past one not marked done). */
function urgency(ctx: RuleContext): { severity: Severity; when: string } {
  const overdue = cycleMilestones(ctx, ctx.today).find((m) => EXTERNAL.has(m.type) && m.status === 'overdue');
  if (overdue)
    return {
      severity: 'warning',
      when: ` The ${milestoneName(overdue)} of ${overdue.date} is past and not marked done: the auditor samples controls for evidence.`,
    };
  const next = nextExternalAudit(ctx, ctx.today);
  const days = next ? daysBetween(ctx.today, next.date) : Infinity;
  if (!next || days > ctx.config.internalAudit.warnBeforeExternalDays) return { severity: 'information', when: '' };
  return {
    severity: 'warning',
    when: ` The ${milestoneName(next)} is on ${next.date}, ${inDayCount(days)}: the auditor samples controls for evidence.`,
  };
}

export const controlWithoutEvidence: WorkspaceRule = {
  code: 'ISMS966',
  name: 'control-without-evidence',
  description:
    'An applicable control of the SoA (of ‘evidence.expected-for’) that no evidence and no control activity names: one note while the ISMS tracks none, then one per control; a warning within ‘warn-before-external-days’ of the next external audit.',
  clause:
    'ISO/IEC 27001:2022 9.1 (documented information as evidence of the results of monitoring and measurement), 8.1 (confidence that the processes have been carried out as planned) and 6.1.3 d (the Statement of Applicability)',
  defaultSeverity: 'information',
  scope: 'workspace',
  dependsOn: ['soa', 'evidence', 'control-activity'],
  check(ctx, report) {
    const soa = soaOf(ctx);
    if (!soa.present) return;
    const listed = ctx.config.evidence.expectedFor === undefined ? undefined : new Set(ctx.config.evidence.expectedFor);
    const ops = operationsOf(ctx);
    // expired, future or unreadable evidence names the control too: ISMS961, ISMS964 and ISMS006 report it there
    const without = soa.entries.filter(
      (e: SoaEntry) =>
        e.applicable === true &&
        !e.duplicateOf &&
        e.control !== '' &&
        !NOT_YET.has(e.implementation ?? '') &&
        (!listed || listed.has(e.control)) &&
        !ops.byControl.has(e.control),
    );
    if (without.length === 0) return;
    const { severity, when } = urgency(ctx);
    // an ISMS that tracks no evidence yet would get a note on every control at once: one summary instead
    if (ctx.records('evidence').length === 0 && ctx.records('control-activity').length === 0) {
      const shown = without.slice(0, 6).map((e) => e.control);
      const more = without.length > shown.length ? ` and ${without.length - shown.length} more` : '';
      const scope = listed ? ' (of ‘evidence: expected-for:’ in isms.yaml)' : '';
      report({
        ...(soa.location ?? { file: ctx.config.file, range: placeOf(ctx.config, 'evidence') }),
        severity,
        message: `${without.length} applicable control${without.length === 1 ? ' has' : 's have'}${scope} no evidence that ${without.length === 1 ? 'it operates' : 'they operate'} and no recurring control activity: ${shown.join(', ')}${more}. No evidence is tracked yet: record it (‘isms: evidence’ with ‘controls:’), starting with a few key controls (‘evidence: expected-for:’ in isms.yaml).${when}`,
      });
      return;
    }
    for (const e of without)
      report({
        file: e.record.file,
        range: valueRange(e.record, 'control'),
        severity,
        message: `${e.control} is applicable, but no evidence and no control activity names it: nothing shows that it operates. Record evidence with ‘controls: [${e.control}]’ (the last report, review or log sample), or a recurring activity that operates it.${when}`,
      });
  },
};
