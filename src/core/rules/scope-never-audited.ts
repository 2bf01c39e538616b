import { plusMonths } from '../dates';
import { cycleStart } from '../cycle/cycle';
import { auditedControls, certificationScope, isAudited } from '../cycle/coverage';
import type { WorkspaceRule } from './rule';

/** In the cycle's last year the certification body expects the whole scope to have been audited. */
const FINAL_YEAR_MONTHS = 12;

export const scopeNeverAudited: WorkspaceRule = {
  code: 'ISMS105',
  name: 'scope-never-audited',
  description: 'Clauses 4–10 or applicable Annex A controls have not been internally audited in the current three-year certification cycle.',
  clause: 'ISO/IEC 27001:2022 9.2.2 (programme covering the ISMS); ISO/IEC 27006-1 (whole scope over the cycle)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit', 'soa'],
  check(ctx, report) {
    const start = cycleStart(ctx.config);
    const expires = ctx.config.certification?.expires;
    if (!start || !expires || ctx.today < start) return;
    const audited = auditedControls(ctx.records('internal-audit'), start, ctx.today, ctx.today);
    const scope = certificationScope(ctx);
    const unaudited = scope.ids.filter((id) => !isAudited(id, audited));
    if (unaudited.length === 0) return;
    const total = scope.ids.length;
    if (plusMonths(ctx.today, FINAL_YEAR_MONTHS) < expires) {
      // early in the cycle an unaudited control is a plan, not a problem: one progress note
      report({
        file: ctx.config.file,
        range: ctx.config.anchor,
        severity: 'information',
        message: `${total - unaudited.length} of ${total} clauses and applicable controls internally audited so far this cycle (since ${start}). Not yet audited: ${unaudited.join(', ')}.`,
      });
      return;
    }
    for (const id of unaudited) {
      const entry = scope.soaEntry.get(id);
      report({
        file: entry?.file ?? ctx.config.file,
        range: entry?.anchor ?? ctx.config.anchor,
        message: `${id} has not been internally audited in this certification cycle (since ${start}), and the certificate expires on ${expires}. Put it in the scope of an internal audit before recertification.`,
      });
    }
  },
};
