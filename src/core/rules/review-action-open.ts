import { date, itemRange } from '../model/fields';
import { reviewHeld } from '../cycle/state';
import type { IsmsRecord } from '../model/types';
import type { Reporter, WorkspaceRule } from './rule';

const DONE = new Set(['closed', 'done', 'complete', 'completed', 'cancelled']);

export const reviewActionOpen: WorkspaceRule = {
  code: 'ISMS204',
  name: 'review-action-open',
  description: 'An action decided in a management review is neither closed nor carried into the next review.',
  clause: 'ISO/IEC 27001:2022 9.3.2 a and 9.3.3 (status of actions from previous reviews)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['management-review'],
  check(ctx, report) {
    const held = ctx
      .records('management-review')
      .filter((r) => reviewHeld(r, ctx.today) && date(r, 'date'))
      .sort((a, b) => (date(a, 'date') ?? '').localeCompare(date(b, 'date') ?? ''));
    held.forEach((review, n) => {
      // the next review held after this one: it is where open actions must be taken up
      const later = held.slice(n + 1).find((r) => (date(r, 'date') ?? '') > (date(review, 'date') ?? ''));
      const actions = review.data.actions;
      if (later && Array.isArray(actions)) checkActions(review, actions, later, report);
    });
  },
};

function checkActions(review: IsmsRecord, actions: unknown[], later: IsmsRecord, report: Reporter): void {
  actions.forEach((a: unknown, i) => {
    if (a === null || typeof a !== 'object') return;
    const action = a as Record<string, unknown>;
    const status = String(action.status ?? 'open').toLowerCase();
    if (DONE.has(status) || action['carried-to']) return;
    const what = action.id ?? action.text ?? `action ${i + 1}`;
    report({
      file: review.file,
      range: itemRange(review, 'actions', i),
      message: `Action ${String(what)} of review ${review.id ?? date(review, 'date')} is still ${status} and was not carried into the next review (${later.id ?? date(later, 'date')}). Close it or add ‘carried-to: ${later.id ?? '<review id>'}’.`,
      related: [{ location: { file: later.file, range: later.anchor }, message: 'the next management review' }],
    });
  });
}
