import { dayCount, daysBetween } from '../dates';
import { date, valueRange } from '../model/fields';
import { caState } from '../cycle/state';
import type { RecordRule } from './rule';

export const correctiveActionOverdue: RecordRule = {
  code: 'ISMS301',
  name: 'corrective-action-overdue',
  description: 'A corrective action is past its due date and not yet implemented.',
  clause: 'ISO/IEC 27001:2022 10.2 c (take action) and 6.2 (plans with timescales)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, ctx, report) {
    if (caState(ca, ctx.today) !== 'overdue') return;
    const due = date(ca, 'due') ?? ctx.today;
    report({
      file: ca.file,
      range: valueRange(ca, 'due'),
      message: `Corrective action ${ca.id ?? ''} was due on ${due} (${dayCount(daysBetween(due, ctx.today))} ago) and is still ${String(ca.data.status ?? 'open')}. Implement it, or agree a new due date and record why.`,
      data: ca.id ? { fix: 'corrective-action-overdue', caId: ca.id } : undefined,
    });
  },
};
