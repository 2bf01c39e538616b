import { plusMonths } from '../dates';
import { cycleStart } from '../cycle/cycle';
import { standardsCoverage } from '../cycle/coverage';
import { standardPlace } from '../model/config';
import type { WorkspaceRule } from './rule';

/** In the cycle's last year the certification body expects the whole scope to have been audited. */
const FINAL_YEAR_MONTHS = 12;

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
        // early in the cycle an unaudited control is a plan, not a problem: one short progress note per
        // standard, at its entry under `standards:`, pointing to the report that lists them (not a list here)
        const what = standard.entries.some((e) => e.kind === 'control') ? 'clauses and applicable controls' : 'clauses';
        report({
          file: ctx.config.file,
          range: standardPlace(ctx.config, standard.key),
          severity: 'information',
          message: `${standard.name}: ${total - unaudited.length} of ${total} ${what} internally audited this cycle (since ${start}), ${unaudited.length} not yet. The Coverage view and ‘isms report coverage’ list them.`,
        });
        continue;
      }
      for (const entry of unaudited) {
        report({
          file: entry.soa?.file ?? ctx.config.file,
          range: entry.soa?.range ?? standardPlace(ctx.config, standard.key),
          message: `${entry.id} has not been internally audited in this certification cycle (since ${start}), and the certificate expires on ${expires}. Put it in the scope of an internal audit before recertification.`,
        });
      }
    }
  },
};
