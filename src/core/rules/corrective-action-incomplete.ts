import { daysBetween } from '../dates';
import { date, enumValue, text, valueRange } from '../model/fields';
import { isOpenCorrectiveAction } from '../cycle/state';
import type { RecordRule, RuleContext } from './rule';
import type { CorrectiveActionAsk, IsmsRecord } from '../model/types';

const NEEDED: readonly [CorrectiveActionAsk, string][] = [
  ['owner', 'an owner'],
  ['due', 'a due date'],
  ['root-cause', 'a root cause (10.2 b)'],
];

/**
 * Cause analysis is given `root-cause-days` from `raised:` (as a certification body gives its client a
 * defined time, 17021-1 9.4.9): the root cause is asked for only after that, and at once when there is no
 * `raised:` date to count from.
 */
function rootCauseDue(ca: IsmsRecord, ctx: RuleContext): boolean {
  const raised = date(ca, 'raised');
  return raised === undefined || daysBetween(raised, ctx.today) > ctx.config.correctiveAction.rootCauseDays;
}

export const correctiveActionIncomplete: RecordRule = {
  code: 'ISMS302',
  name: 'corrective-action-incomplete',
  description:
    'An open corrective action has no owner or no due date, or still no root cause ‘root-cause-days’ after it was raised; a cancelled one does not say why.',
  clause: 'ISO/IEC 27001:2022 10.2 b (determine the causes) and 6.2 (who, when)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, ctx, report) {
    const status = enumValue(ca, 'status');
    if (status.state === 'known' && status.value === 'cancelled' && !text(ca, 'cancel-reason')) {
      report({
        file: ca.file,
        range: valueRange(ca, 'status'),
        message: `Corrective action ${ca.id ?? ''} is cancelled without a ‘cancel-reason’. Say why it was withdrawn (superseded by another action, finding withdrawn…) so the decision can be followed.`,
        data: ca.id ? { fix: 'complete-corrective-action', caId: ca.id, missing: ['cancel-reason'] } : undefined,
      });
      return;
    }
    if (!isOpenCorrectiveAction(ca)) return;
    const needed = rootCauseDue(ca, ctx) ? NEEDED : NEEDED.filter(([key]) => key !== 'root-cause');
    const absent = needed.filter(([key]) => !text(ca, key));
    const missing = absent.map(([key, what]) => `${what} (‘${key}:’)`);
    if (missing.length === 0) return;
    report({
      file: ca.file,
      range: ca.anchor,
      message: `Corrective action ${ca.id ?? ''} is open without ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} so it can be followed up.`,
      data: ca.id ? { fix: 'complete-corrective-action', caId: ca.id, missing: absent.map(([key]) => key) } : undefined,
    });
  },
};
