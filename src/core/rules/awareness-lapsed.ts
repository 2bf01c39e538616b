import { awarenessGaps, type AwarenessActivity } from '../awareness/gaps';
import type { WorkspaceRule } from './rule';
import { placeOf } from '../model/config';

const every = (months: number): string => (months === 1 ? 'every month' : `at least every ${months} months`);
const nameOf = (a: AwarenessActivity): string => `${a.record.id ?? 'the awareness activity'} on ${a.date}`;

export const awarenessLapsed: WorkspaceRule = {
  code: 'ISMS501',
  name: 'awareness-lapsed',
  description:
    'The awareness programme went ‘cadence-months’ calendar months (default: a month) without any activity, in the last 12 months.',
  clause:
    'ISO/IEC 27001:2022 7.3 (awareness), 7.4 (communication) and Annex A 6.3 (information security awareness, education and training)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['awareness'],
  check(ctx, report) {
    const cadence = ctx.config.awareness.cadenceMonths;
    for (const gap of awarenessGaps(ctx, ctx.today, cadence)) {
      const span = gap.months === 1 ? gap.first : `${gap.first} – ${gap.last} (${gap.months} months)`;
      if (!gap.after) {
        // the gap is still open: act now, where the last activity is (or at isms.yaml when there is none)
        report({
          file: gap.before?.record.file ?? ctx.config.file,
          range: gap.before?.record.anchor ?? placeOf(ctx.config, 'awareness.cadence-months', 'awareness'),
          message: `No awareness activity since ${gap.before ? nameOf(gap.before) : 'the ISMS started'}: none in ${span}, none yet this month. The programme should reach people ${every(cadence)} (a poster, communication, phishing simulation, training or refresher); run one now.`,
        });
      } else {
        // a closed gap is history: information for the management review, at the activity that ended it
        report({
          file: gap.after.record.file,
          range: gap.after.record.anchor,
          severity: 'information',
          message: `The awareness programme had no activity in ${span}, before ${nameOf(gap.after)}; it should reach people ${every(cadence)}. Report the gap to the management review.`,
        });
      }
    }
  },
};
