/** The state of an audit or a corrective action on a given day: one definition for rules, tree and calendar. */
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { daysBetween } from '../dates';

export type AuditState = 'done' | 'planned' | 'overdue' | 'in-progress' | 'cancelled';

export function auditState(audit: IsmsRecord, today: string): AuditState {
  const status = text(audit, 'status');
  if (status === 'cancelled') return 'cancelled';
  if (status === 'done' || date(audit, 'performed')) return 'done';
  if (status === 'in-progress') return 'in-progress';
  const planned = date(audit, 'planned');
  return planned !== undefined && planned < today ? 'overdue' : 'planned';
}

/** The date an internal audit counts for: when it was performed, else when it is planned. */
export const auditDate = (audit: IsmsRecord): string | undefined => date(audit, 'performed') ?? date(audit, 'planned');

const CLOSED_CA = new Set(['closed', 'verified', 'implemented']);

/** Open = still to be implemented; implemented/verified/closed actions no longer run against a due date. */
export function isOpenCorrectiveAction(ca: IsmsRecord): boolean {
  return !CLOSED_CA.has(text(ca, 'status') ?? 'open');
}

export type CaState = 'closed' | 'overdue' | 'due-soon' | 'open';

/** Due within this many days counts as due soon. */
export const DUE_SOON_DAYS = 14;

export function caState(ca: IsmsRecord, today: string): CaState {
  if (!isOpenCorrectiveAction(ca)) return 'closed';
  const due = date(ca, 'due');
  if (due === undefined) return 'open';
  if (due < today) return 'overdue';
  return daysBetween(today, due) <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** A management review counts once held: status done, or a past date without status planned. */
export function reviewHeld(review: IsmsRecord, today: string): boolean {
  const d = date(review, 'date');
  const status = text(review, 'status');
  if (status === 'done') return true;
  return status !== 'planned' && d !== undefined && d <= today;
}

/** The last management review held by `today`, with its date: the interval rules and the review pack start there. */
export function lastHeldReview(
  ws: { records(kind: 'management-review'): readonly IsmsRecord[] },
  today: string,
): { review: IsmsRecord; date: string } | undefined {
  let last: { review: IsmsRecord; date: string } | undefined;
  for (const review of ws.records('management-review')) {
    const d = date(review, 'date');
    if (d && d <= today && reviewHeld(review, today) && (!last || d > last.date)) last = { review, date: d };
  }
  return last;
}
