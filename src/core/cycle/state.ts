/** The state of an audit or a corrective action on a given day: one definition for rules, tree and calendar. */
import { date, enumValue, text } from '../model/fields';
import { reviewIsBlank } from '../model/reviewContent';
import type { IsmsRecord } from '../model/types';
import { daysBetween, plusMonths } from '../dates';
import type { IsmsConfig } from '../model/config';

/**
 * `unknown`: the status is written but is no value the engine can read (`status: finished`). ISMS006 reports
 * it once; every view and rule then leaves the audit out of "overdue" and "not done" (issue 16). A performed
 * date is a fact of its own and still makes the audit done.
 */
export type AuditState = 'done' | 'planned' | 'overdue' | 'in-progress' | 'cancelled' | 'unknown';

export function auditState(audit: IsmsRecord, today: string): AuditState {
  const read = enumValue(audit, 'status');
  const status = read.state === 'known' ? read.value : undefined;
  if (status === 'cancelled') return 'cancelled';
  if (status === 'done' || date(audit, 'performed')) return 'done';
  if (read.state === 'unreadable') return 'unknown';
  if (status === 'in-progress') return 'in-progress';
  const planned = date(audit, 'planned');
  return planned !== undefined && planned < today ? 'overdue' : 'planned';
}

/** The date an internal audit counts for: when it was performed, else when it is planned. */
export const auditDate = (audit: IsmsRecord): string | undefined => date(audit, 'performed') ?? date(audit, 'planned');

const OPEN_CA: ReadonlySet<string> = new Set(['open', 'in-progress']);
const CLOSED_CA: ReadonlySet<string> = new Set(['closed', 'verified', 'implemented']);

/**
 * Open = still to be implemented (no status is open); implemented/verified/closed actions no longer run
 * against a due date, a cancelled one never did, and one whose status cannot be read is not called open.
 */
export function isOpenCorrectiveAction(ca: IsmsRecord): boolean {
  const status = enumValue(ca, 'status');
  return status.state === 'absent' || (status.state === 'known' && OPEN_CA.has(status.value));
}

/** Implemented, verified or closed: done with, unlike a cancelled action or one whose status cannot be read. */
export function isClosedCorrectiveAction(ca: IsmsRecord): boolean {
  const status = enumValue(ca, 'status');
  return status.state === 'known' && CLOSED_CA.has(status.value);
}

/**
 * `cancelled`: withdrawn, with a reason (`cancel-reason:`); never open, never overdue. `unknown`: the status
 * is written but unreadable (ISMS006 reports it), so the action is neither counted open nor closed.
 */
export type CaState = 'closed' | 'cancelled' | 'unknown' | 'overdue' | 'due-soon' | 'open';

/** Due within this many days counts as due soon. */
export const DUE_SOON_DAYS = 14;

export function caState(ca: IsmsRecord, today: string): CaState {
  if (!isOpenCorrectiveAction(ca)) {
    const status = enumValue(ca, 'status');
    if (status.state === 'unreadable') return 'unknown';
    return status.state === 'known' && status.value === 'cancelled' ? 'cancelled' : 'closed';
  }
  const due = date(ca, 'due');
  if (due === undefined) return 'open';
  if (due < today) return 'overdue';
  return daysBetween(today, due) <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/**
 * A management review is recorded as held: status done, or a past date without status planned. The
 * review rules (ISMS203, ISMS205, ISMS206) then ask it for attendees, inputs and outputs.
 */
export function reviewHeld(review: IsmsRecord, today: string): boolean {
  const d = date(review, 'date');
  const status = text(review, 'status');
  if (status === 'done') return true;
  return status !== 'planned' && d !== undefined && d <= today;
}

/**
 * Held and with something recorded: a review marked done with no attendees, inputs, outputs or minutes
 * (what a bare template is) shows no review took place, so it does not reset the interval (issue 15.1).
 */
export const reviewCounts = (review: IsmsRecord, today: string): boolean => reviewHeld(review, today) && !reviewIsBlank(review);

/** The last management review held by `today`, with its date: the interval rules and the review pack start there. */
export function lastHeldReview(
  ws: { records(kind: 'management-review'): readonly IsmsRecord[] },
  today: string,
): { review: IsmsRecord; date: string } | undefined {
  let last: { review: IsmsRecord; date: string } | undefined;
  for (const review of ws.records('management-review')) {
    const d = date(review, 'date');
    if (d && d <= today && reviewCounts(review, today) && (!last || d > last.date)) last = { review, date: d };
  }
  return last;
}

/** When the next management review is due, and whether it is overdue on `today` (what ISMS201 and ISMS202 report). */
export interface ReviewDue {
  /** the last review held, when there is one */
  last?: { review: IsmsRecord; date: string };
  /** the last review plus the planned interval (at most 12 months); with none held, the certificate's first anniversary */
  due: string;
  /** past due */
  overdue: boolean;
  /** with none held yet: a review is planned between today and the due date */
  plannedByDue?: boolean;
}

/** The start of the certification cycle: the decision, else the issue date, else the (re)certification audit. */
export function cycleStart(config: IsmsConfig): string | undefined {
  const c = config.certification;
  if (!c) return undefined;
  return c.decision ?? c.issued ?? c.audits.find((a) => a.type === 'certification' || a.type === 'recertification')?.date;
}

/**
 * The one answer to "is a management review overdue" (issue 15.4): the rules, the tree, the calendar,
 * the timeline and the status bar read it. Undefined for an ISMS without a review whose certification is
 * not yet behind it: one still being built has not had to review yet. A certificate granted on a review
 * the records do not hold makes the next one due by its first anniversary.
 */
export function managementReviewDue(
  ws: { config: IsmsConfig; records(kind: 'management-review'): readonly IsmsRecord[] },
  today: string,
): ReviewDue | undefined {
  const last = lastHeldReview(ws, today);
  if (!last) {
    const start = cycleStart(ws.config);
    if (!start) {
      // the certificate's date is not written, yet a surveillance audit has come: it reviews the management
      // review (ISO/IEC 17021-1 9.6.2.2), so one was due by then
      const surveillance = ws.config.certification?.audits
        .filter((a) => a.type.startsWith('surveillance') && a.status !== 'cancelled' && a.date !== undefined && a.date <= today)
        .map((a) => a.date!)
        .sort()[0];
      return surveillance ? { due: surveillance, overdue: true } : undefined;
    }
    if (start > today) return undefined;
    const firstDue = plusMonths(start, 12);
    const plannedByDue = ws.records('management-review').some((r) => {
      const d = date(r, 'date');
      return d !== undefined && d >= today && d <= firstDue;
    });
    return { due: firstDue, overdue: firstDue < today, plannedByDue };
  }
  const due = plusMonths(last.date, Math.min(ws.config.managementReview.intervalMonths, 12));
  return { last, due, overdue: due < today };
}

/**
 * A management review record as the engine reads it: `held` (it counts), `not-held` (marked done, or
 * dated in the past, yet nothing is recorded: no attendees, inputs, outputs or minutes), `planned`,
 * or `overdue` (planned for a day now past and not held).
 */
export type ReviewState = 'held' | 'not-held' | 'planned' | 'overdue';

export function reviewState(review: IsmsRecord, today: string): ReviewState {
  if (reviewCounts(review, today)) return 'held';
  if (reviewHeld(review, today)) return 'not-held';
  const d = date(review, 'date');
  return d !== undefined && d < today ? 'overdue' : 'planned';
}
