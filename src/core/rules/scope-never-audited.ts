import { plusMonths } from '../dates';
import { cycleStart } from '../cycle/cycle';
import { standardsCoverage } from '../cycle/coverage';
import type { WorkspaceRule } from './rule';

/** In the cycle's last year the certification body expects the whole scope to have been audited. */
const FINAL_YEAR_MONTHS = 12;
/** A progress note names at most this many ids; `isms report coverage` lists them all. */
const MAX_LISTED = 30;

function listed(ids: readonly string[]): string {
  if (ids.length <= MAX_LISTED) return ids.join(', ');
  return `${ids.slice(0, MAX_LISTED).join(', ')} and ${ids.length - MAX_LISTED} more (isms report coverage lists them all)`;
}

export const scopeNeverAudited: WorkspaceRule = {
  code: 'ISMS105',
  name: 'scope-never-audited',
  description:
    'Requirement clauses or applicable controls of a certifiable standard listed in isms.yaml (ISO/IEC 27001, ISO/IEC 27701, ISO 22301) have not been internally audited in the current three-year certification cycle.',
  clause:
    'ISO/IEC 27001:2022 9.2.2 (programme covering the ISMS), ISO 22301:2019 9.2.2, ISO/IEC 27701:2019 5.7.2; ISO/IEC 27006-1 (whole scope over the cycle)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit', 'soa'],
  check(ctx, report) {
    const start = cycleStart(ctx.config);
    const expires = ctx.config.certification?.expires;
    if (!start || !expires || ctx.today < start) return;
    const finalYear = plusMonths(ctx.today, FINAL_YEAR_MONTHS) >= expires;
    // laws (GDPR, POPIA) are not certified: what audits touched of them is information, never a gap
    for (const standard of standardsCoverage(ctx, ctx.today).filter((s) => s.certifiable)) {
      const unaudited = standard.entries.filter((e) => e.audits.length === 0);
      if (unaudited.length === 0) continue;
      const total = standard.entries.length;
      if (!finalYear) {
        // early in the cycle an unaudited control is a plan, not a problem: one progress note per standard
        const what = standard.entries.some((e) => e.kind === 'control') ? 'clauses and applicable controls' : 'clauses';
        report({
          file: ctx.config.file,
          range: ctx.config.anchor,
          severity: 'information',
          message: `${standard.name}: ${total - unaudited.length} of ${total} ${what} internally audited so far this cycle (since ${start}). Not yet audited: ${listed(unaudited.map((e) => e.id))}.`,
        });
        continue;
      }
      for (const entry of unaudited) {
        report({
          file: entry.soa?.file ?? ctx.config.file,
          range: entry.soa?.range ?? ctx.config.anchor,
          message: `${entry.id} has not been internally audited in this certification cycle (since ${start}), and the certificate expires on ${expires}. Put it in the scope of an internal audit before recertification.`,
        });
      }
    }
  },
};
