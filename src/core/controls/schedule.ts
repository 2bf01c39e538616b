/**
 * The schedule of a recurring control activity (issue 18), as practitioners write it: `monthly`,
 * `quarterly`, `yearly`, `every 2 weeks`, `every 3 months` (with an optional `day:` of the month), and the
 * dates it falls due. Every occurrence is counted from the plan's first date, never from the one before
 * it or from when the work was done: a monthly activity started on 31 January falls due on 28 (or 29)
 * February and again on 31 March, and a late occurrence does not shift the plan.
 */
import { asDate, daysBetween, dayOfMonth, monthOf, monthsBetween, plusDays, plusMonthKey, plusMonths } from '../dates';
import type { EnumRead } from '../model/fields';
import { ownEntry } from '../model/nameTable';
import type { IsmsRecord } from '../model/types';

/** Years are read as months (`yearly` = every 12 months), so that month ends and leap days follow one rule. */
export type ScheduleUnit = 'days' | 'weeks' | 'months';

export interface Schedule {
  /** how many units between occurrences, 1 or more */
  every: number;
  unit: ScheduleUnit;
  /** for a schedule in months: the day of the month it falls due (the month's last day when shorter) */
  day?: number;
}

/**
 * The named cadences: what `quarterly`, `annually`, `fortnightly` mean. `biannual`, `bimonthly`, `biweekly`
 * are left out: each has two readings.
 */
const NAMED: Readonly<Record<string, Schedule>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Schedule>, {
    daily: { every: 1, unit: 'days' },
    weekly: { every: 1, unit: 'weeks' },
    fortnightly: { every: 2, unit: 'weeks' },
    monthly: { every: 1, unit: 'months' },
    quarterly: { every: 3, unit: 'months' },
    'half-yearly': { every: 6, unit: 'months' },
    'semi-annually': { every: 6, unit: 'months' },
    'semi-annual': { every: 6, unit: 'months' },
    'six-monthly': { every: 6, unit: 'months' },
    yearly: { every: 12, unit: 'months' },
    annually: { every: 12, unit: 'months' },
    annual: { every: 12, unit: 'months' },
    biennially: { every: 24, unit: 'months' },
    biennial: { every: 24, unit: 'months' },
  }),
);

/** `every 3 months`, `every other week`, `every year`, `3 months` (as `every: 3 months` is read). */
const EVERY = /^(?:every-)?(?:(\d{1,4}|other)-)?(day|week|month|quarter|year)s?$/;
const UNIT_MONTHS: Readonly<Record<string, [ScheduleUnit, number]>> = {
  day: ['days', 1],
  week: ['weeks', 1],
  month: ['months', 1],
  quarter: ['months', 3],
  year: ['months', 12],
};
/** Beyond this many units a schedule is not a plan (and date arithmetic would leave the calendar). */
const MAX_EVERY = 1000;

/** The schedule `written` names, else undefined; `day` is the activity's `day:` when written. */
export function parseSchedule(written: unknown, day?: unknown): Schedule | undefined {
  if (typeof written !== 'string') return undefined;
  const term = written
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  let schedule = ownEntry(NAMED, term);
  if (!schedule) {
    const m = EVERY.exec(term);
    if (!m) return undefined;
    const count = m[1] === undefined ? 1 : m[1] === 'other' ? 2 : Number(m[1]);
    const [unit, factor] = UNIT_MONTHS[m[2]];
    if (count < 1 || count > MAX_EVERY) return undefined;
    schedule = { every: count * factor, unit };
  }
  if (day === undefined || day === null) return { ...schedule };
  if (schedule.unit !== 'months' || typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31) return undefined;
  return { ...schedule, day };
}

/** What is wrong with an activity's `schedule:` and `day:`, for ISMS006: one message per field, none when readable or absent. */
export function scheduleProblems(rec: IsmsRecord): { key: string; message: string }[] {
  const written = rec.data.schedule;
  const day = rec.data.day;
  if (written === undefined || written === null || written === '') return [];
  const schedule = parseSchedule(written);
  if (!schedule)
    return [
      {
        key: 'schedule',
        message: `‘schedule: ${String(written)}’ is not a schedule the engine reads. Write ‘monthly’, ‘quarterly’, ‘yearly’, ‘weekly’, ‘fortnightly’ or ‘every N days|weeks|months|years’; until then the activity’s due dates are unknown.`,
      },
    ];
  if (day === undefined || day === null || parseSchedule(written, day)) return [];
  // a non-number `day:` is reported by the type check already
  if (typeof day !== 'number') return [];
  return [
    {
      key: 'day',
      message:
        schedule.unit === 'months'
          ? `‘day: ${day}’ is not a day of the month: write a whole number from 1 to 31 (31 means each month’s last day).`
          : `‘day:’ is for a schedule in months or years; a schedule in ${schedule.unit} falls due on the weekday of its ‘start’.`,
    },
  ];
}

/** An activity's schedule: absent (ISMS006 asks for it), known, or unreadable (ISMS006 says why). */
export function activitySchedule(rec: IsmsRecord): EnumRead<Schedule> {
  const written = rec.data.schedule;
  if (written === undefined || written === null || written === '') return { state: 'absent' };
  const schedule = parseSchedule(written, rec.data.day);
  return schedule ? { state: 'known', value: schedule } : { state: 'unreadable', written };
}

/** "every 3 months on day 15", "weekly": for messages and views. */
export function scheduleText(s: Schedule): string {
  const unit = s.unit === 'months' && s.every % 12 === 0 ? 'year' : s.unit.slice(0, -1);
  const count = unit === 'year' ? s.every / 12 : s.every;
  const every = count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
  return s.day === undefined ? every : `${every} on day ${s.day}`;
}

/** A schedule from its first due date: occurrence 0 is `first`, and every occurrence is counted from it. */
export interface Plan {
  schedule: Schedule;
  /** the first due date: `start`, or with `day:` the first such day on or after `start` */
  first: string;
}

/** The plan of a schedule that starts on `start` (a calendar date). */
export function planFrom(schedule: Schedule, start: string): Plan {
  if (schedule.day === undefined) return { schedule, first: start };
  const inStartMonth = dayOfMonth(monthOf(start), schedule.day);
  return { schedule, first: inStartMonth >= start ? inStartMonth : dayOfMonth(plusMonthKey(monthOf(start), schedule.every), schedule.day) };
}

const stepDays = (s: Schedule): number => (s.unit === 'weeks' ? 7 * s.every : s.every);

/** The due date of occurrence `k` (0 is the first; negative k count back, for the window of the first). */
export function occurrenceDate(plan: Plan, k: number): string {
  const { schedule: s, first } = plan;
  if (s.unit !== 'months') return plusDays(first, k * stepDays(s));
  if (s.day === undefined) return plusMonths(first, k * s.every);
  return dayOfMonth(plusMonthKey(monthOf(first), k * s.every), s.day);
}

/** The last occurrence due on or before `day`: its index, −1 before the first. O(1), however long the plan has run. */
export function occurrenceIndexOn(plan: Plan, day: string): number {
  const { schedule: s, first } = plan;
  if (day < first) return -1;
  if (s.unit !== 'months') return Math.floor(daysBetween(first, day) / stepDays(s));
  let k = Math.floor(monthsBetween(first, day) / s.every);
  // the month count lands on the right month; the day of the month may put the occurrence one later or earlier
  for (let i = 0; i < 2 && k > 0 && occurrenceDate(plan, k) > day; i++) k--;
  for (let i = 0; i < 2 && occurrenceDate(plan, k + 1) <= day && occurrenceDate(plan, k + 1) > occurrenceDate(plan, k); i++) k++;
  return k;
}

/**
 * Whether occurrence k's date is its own, not the calendar's last day standing in for a date after 9999
 * (dates.ts holds results to the range).
 */
function inCalendar(plan: Plan, k: number, d: string): boolean {
  const { schedule: s, first } = plan;
  return s.unit === 'months' ? monthsBetween(first, d) === k * s.every : daysBetween(first, d) === k * stepDays(s);
}

/** The due dates from `from` to `to` (both inclusive), at most `limit` of them (a daily activity over years is long). */
export function occurrencesBetween(plan: Plan, from: string, to: string, limit = 1000): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, occurrenceIndexOn(plan, plusDays(from, -1)) + 1); out.length < limit; k++) {
    const d = occurrenceDate(plan, k);
    if (d > to || !inCalendar(plan, k, d)) break;
    out.push(d);
  }
  return out;
}

/** The first occurrence due after `day` (the day itself excluded): the next due date of the plan. */
export const nextDueAfter = (plan: Plan, day: string): string => occurrenceDate(plan, occurrenceIndexOn(plan, day) + 1);

/** An activity's start: absent, a calendar date, or unreadable (ISMS002 reports it). */
export function activityStart(rec: IsmsRecord): EnumRead<string> {
  const v = rec.data.start;
  if (v === undefined || v === null || v === '') return { state: 'absent' };
  const d = asDate(v);
  return d ? { state: 'known', value: d } : { state: 'unreadable', written: v };
}
