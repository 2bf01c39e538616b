/**
 * The awareness programme month by month (ISO/IEC 27001:2022 7.3, 7.4, A.6.3): every awareness record
 * with a date counts as activity in its calendar month, and a run of empty months is a gap.
 */
import { cycleStart, type CycleSource } from '../cycle/cycle';
import { monthOf, plusMonthKey } from '../dates';
import { date } from '../model/fields';
import type { IsmsRecord } from '../model/types';

export interface AwarenessActivity {
  record: IsmsRecord;
  date: string;
}

export interface AwarenessGap {
  /** first and last calendar month (YYYY-MM) without any awareness activity */
  first: string;
  last: string;
  months: number;
  /** the last activity before the gap, if there was one */
  before?: AwarenessActivity;
  /** the activity that ended the gap; absent while the gap is still open */
  after?: AwarenessActivity;
}

/** Awareness records dated today or earlier, oldest first: whatever their type, each is activity. */
export function awarenessActivities(source: Pick<CycleSource, 'records'>, today: string): AwarenessActivity[] {
  return source
    .records('awareness')
    .map((record) => ({ record, date: date(record, 'date') }))
    .filter((a): a is AwarenessActivity => a.date !== undefined && a.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.record.id ?? '').localeCompare(b.record.id ?? ''));
}

/**
 * Runs of at least `minMonths` complete calendar months without awareness activity, within the twelve
 * complete months before today's month. Counting starts the month after the programme began (the cycle
 * start or the first awareness record, whichever is earlier), so a young ISMS is not judged on months
 * it did not have. The current month is never a gap of its own (it is not over), but it keeps a gap
 * that reaches it open until an activity happens.
 */
export function awarenessGaps(source: CycleSource, today: string, minMonths: number): AwarenessGap[] {
  const activities = awarenessActivities(source, today);
  const start = [cycleStart(source.config), activities[0]?.date].filter((d): d is string => d !== undefined && d <= today).sort()[0];
  if (!start) return [];
  const thisMonth = monthOf(today);
  const from = [plusMonthKey(monthOf(start), 1), plusMonthKey(thisMonth, -12)].sort()[1];
  const active = new Set(activities.map((a) => monthOf(a.date)));
  const gaps: AwarenessGap[] = [];
  let runStart: string | undefined;
  let length = 0;
  const close = (last: string): void => {
    if (runStart !== undefined && length >= minMonths) {
      const first = runStart;
      gaps.push({
        first,
        last,
        months: length,
        before: [...activities].reverse().find((a) => monthOf(a.date) < first),
        after: activities.find((a) => monthOf(a.date) > last),
      });
    }
    runStart = undefined;
    length = 0;
  };
  let month = from;
  for (; month < thisMonth; month = plusMonthKey(month, 1)) {
    if (active.has(month)) {
      close(plusMonthKey(month, -1));
      continue;
    }
    runStart ??= month;
    length++;
  }
  close(plusMonthKey(thisMonth, -1));
  return gaps;
}
