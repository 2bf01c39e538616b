import { dayCount, daysBetween } from '../dates';
import { date, keyRange } from '../model/fields';
import { isOpenCorrectiveAction } from '../cycle/state';
import type { RecordRule } from './rule';

export const correctiveActionStale: RecordRule = {
  code: 'ISMS303',
  name: 'corrective-action-stale',
  description: 'An open corrective action has not been followed up for longer than ‘follow-up-days’.',
  clause: 'ISO/IEC 27001:2022 10.2 and 9.1 (monitor the actions taken)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, ctx, report) {
    if (!isOpenCorrectiveAction(ca)) return;
    const last = date(ca, 'updated') ?? date(ca, 'raised');
    if (!last) return;
    const days = daysBetween(last, ctx.today);
    const limit = ctx.config.correctiveAction.followUpDays;
    if (days <= limit) return;
    report({
      file: ca.file,
      range: ca.fields.updated ? keyRange(ca, 'updated') : ca.anchor,
      message: `Corrective action ${ca.id ?? ''} was last followed up on ${last}, ${dayCount(days)} ago (follow-up every ${limit} days). Check progress with ${String(ca.data.owner ?? 'the owner')} and set ‘updated:’.`,
      data: ca.id ? { fix: 'follow-up-corrective-action', caId: ca.id } : undefined,
    });
  },
};
