import { plusMonths } from '../dates';
import { cycleStart, externalAudits } from '../cycle/cycle';
import type { WorkspaceRule } from './rule';

export const firstSurveillanceLate: WorkspaceRule = {
  code: 'ISMS403',
  name: 'first-surveillance-late',
  description: 'The first surveillance audit is more than 12 months after the certification decision (or none is planned).',
  clause: 'ISO/IEC 17021-1:2015 9.1.3 (first surveillance no later than 12 months from the certification decision)',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: [],
  check(ctx, report) {
    const cert = ctx.config.certification;
    const decision = cert?.decision ?? cert?.issued;
    if (!cert || !decision || cycleStart(ctx.config) !== decision) return;
    const latest = plusMonths(decision, 12);
    const first = externalAudits(ctx.config)
      .filter((a) => a.status !== 'cancelled' && a.type.startsWith('surveillance') && a.date > decision)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (first && first.date <= latest) return;
    if (!first && ctx.today < plusMonths(decision, 6)) return; // not yet time to have it scheduled
    report({
      file: ctx.config.file,
      range: first?.range ?? cert.range,
      message: first
        ? `The first surveillance audit (${first.date}) is more than 12 months after the certification decision (${decision}); it must be held by ${latest}.`
        : `No surveillance audit is planned after the certification decision of ${decision}; the first must be held by ${latest}.`,
    });
  },
};
