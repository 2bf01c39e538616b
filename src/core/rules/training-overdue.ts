import { trainingStatuses } from '../awareness/training';
import { date, text } from '../model/fields';
import type { WorkspaceRule } from './rule';

export const trainingOverdue: WorkspaceRule = {
  code: 'ISMS502',
  name: 'training-overdue',
  description:
    'A current person on the ‘people’ roster has had no training or refresher within ‘refresher-months’, or a new joiner none within ‘induction-days’ of joining.',
  clause: 'ISO/IEC 27001:2022 7.2 (competence), 7.3 (awareness) and Annex A 6.3 (information security awareness, education and training)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['person', 'awareness'],
  check(ctx, report) {
    const { refresherMonths, inductionDays } = ctx.config.awareness;
    for (const s of trainingStatuses(ctx, ctx.today)) {
      if (!s.overdue) continue;
      const who = `${text(s.person, 'name') ?? s.person.id} (${s.person.id})`;
      const add = `Record it with ‘${s.person.id}’ in a training's or refresher's ‘participants’.`;
      const message =
        s.basis === 'refresher'
          ? `${who} last took part in a training or refresher on ${s.last?.date} (${s.last?.record.id ?? 'no id'}); a refresher was due by ${s.due} (every ${refresherMonths} months). ${add}`
          : s.basis === 'induction'
            ? `${who} joined on ${date(s.person, 'joined')} and has had no training: induction training was due by ${s.due} (within ${inductionDays} days of joining). ${add}`
            : `${who} has no training or refresher recorded. ${add}`;
      report({ file: s.person.file, range: s.person.anchor, message });
    }
  },
};
