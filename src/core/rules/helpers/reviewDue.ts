/** "Reviewed at least every N months": one check for records of processing and DPIAs. */
import { plusMonths } from '../../dates';
import { label, valueRange } from '../../model/fields';
import type { FixData, IsmsRecord } from '../../model/types';
import type { Reporter } from '../rule';

export interface ReviewDue {
  /** the date the last review counts from, and the field it was read from */
  last?: { date: string; field: string };
  months: number;
  today: string;
  /** "Record of processing", "DPIA" */
  what: string;
  /** what asks for the review, for the message */
  why: string;
  /** the quick fix of the overdue report, if the record has one */
  fix?: FixData;
}

/** Overdue (warning at the date) or never dated (information at the record). */
export function reportReviewDue(rec: IsmsRecord, due: ReviewDue, report: Reporter): void {
  if (!due.last) {
    report({
      file: rec.file,
      range: rec.anchor,
      severity: 'information',
      message: `${due.what} ${label(rec)} has no ‘reviewed:’ date, so when it was last reviewed is unknown. Review it and record the date (${due.why}, every ${due.months} months).`,
    });
    return;
  }
  const by = plusMonths(due.last.date, due.months);
  if (by >= due.today) return;
  const since =
    due.last.field === 'reviewed'
      ? `was last reviewed on ${due.last.date}`
      : `was ${due.last.field} on ${due.last.date} and not reviewed since`;
  report({
    file: rec.file,
    range: valueRange(rec, due.last.field),
    message: `${due.what} ${label(rec)} ${since}, more than ${due.months} months ago (due by ${by}). Review it and update ‘reviewed:’ (${due.why}).`,
    ...(due.fix ? { data: due.fix } : {}),
  });
}
