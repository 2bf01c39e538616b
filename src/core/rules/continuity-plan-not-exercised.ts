import { plusMonths } from '../dates';
import { exerciseDone } from '../cycle/exercises';
import { date, label } from '../model/fields';
import { listsStandard } from '../model/standards';
import type { IsmsRecord } from '../model/types';
import type { RecordRule } from './rule';

export const continuityPlanNotExercised: RecordRule = {
  code: 'ISMS801',
  name: 'continuity-plan-not-exercised',
  description: 'A business continuity plan has not been exercised (a done exercise naming it) within ‘continuity.exercise-months’.',
  clause: 'ISO 22301:2019 8.5 (exercise programme) and 8.4.4 (business continuity plans)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['continuity-plan'],
  crossRecord: true,
  check(plan, ctx, report) {
    if (!plan.id || !listsStandard(ctx.config.standards, 'iso22301')) return;
    const months = ctx.config.continuity.exerciseMonths;
    let last: { date: string; exercise: IsmsRecord } | undefined;
    for (const ref of ctx.referencesTo(plan.id)) {
      const d = date(ref.record, 'date');
      if (ref.record.kind !== 'exercise' || ref.field !== 'plans' || !d || !exerciseDone(ref.record, ctx.today)) continue;
      if (!last || d > last.date) last = { date: d, exercise: ref.record };
    }
    if (last) {
      const due = plusMonths(last.date, months);
      if (due >= ctx.today) return;
      report({
        file: plan.file,
        range: plan.anchor,
        message: `Continuity plan ${label(plan)} was last exercised on ${last.date} (${last.exercise.id ?? 'exercise'}), more than ${months} months ago (due by ${due}). Plan and run an exercise that names it in ‘plans:’.`,
        related: [{ location: { file: last.exercise.file, range: last.exercise.anchor }, message: 'the last exercise of this plan' }],
      });
      return;
    }
    const approved = date(plan, 'approved');
    // a plan approved less than `months` ago is not due its first exercise yet
    if (approved && plusMonths(approved, months) >= ctx.today) return;
    report({
      file: plan.file,
      range: plan.anchor,
      // without an approval date the plan may still be a draft: say it, do not sound the alarm
      ...(approved ? {} : { severity: 'information' as const }),
      message: approved
        ? `Continuity plan ${label(plan)} has never been exercised: no done exercise names it in ‘plans:’. Approved on ${approved}, its first exercise was due by ${plusMonths(approved, months)}.`
        : `Continuity plan ${label(plan)} has never been exercised: no done exercise names it in ‘plans:’. Exercise it once approved (record ‘approved:’), at least every ${months} months.`,
    });
  },
};
