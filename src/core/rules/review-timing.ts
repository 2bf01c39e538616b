/** The last management review held by `today`, shared by the two overdue rules. */
import { date } from '../model/fields';
import { reviewHeld } from '../cycle/state';
import type { IsmsRecord } from '../model/types';
import type { RuleContext } from './rule';

export function lastHeldReview(ctx: RuleContext): { review: IsmsRecord; date: string } | undefined {
  let last: { review: IsmsRecord; date: string } | undefined;
  for (const review of ctx.records('management-review')) {
    const d = date(review, 'date');
    if (d && reviewHeld(review, ctx.today) && d <= ctx.today && (!last || d > last.date)) last = { review, date: d };
  }
  return last;
}
