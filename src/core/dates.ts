/**
 * Calendar dates as 'YYYY-MM-DD' strings: the one place where dates are computed (rules, tree, calendar,
 * CLI, exports and the webview all come here).
 *
 * Arithmetic is date-fns on a UTC date (`UTCDateMini`), never local time: a day that a time zone skipped
 * (Pacific/Apia 2011-12-30) or a daylight-saving change cannot move a date. Dates are built with
 * `setUTCFullYear`, not `Date.UTC` or `new Date(y, m, d)`, which read the years 0–99 as 1900–1999.
 *
 * Range: a calendar date is one of 0001-01-01 … 9999-12-31 (a four-digit year, as written). A date
 * outside it is not a date (ISMS002 reports it). Arithmetic whose result would leave the range stops at
 * its ends: 9999-12-31 + 1 month is 9999-12-31, so a result always sorts as a date should (a five-digit
 * year would sort before 2026).
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays, addMonths, differenceInCalendarMonths } from 'date-fns';

export const MIN_DATE = '0001-01-01';
export const MAX_DATE = '9999-12-31';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a date (days since 0000-03-01, H. Hinnant's days_from_civil), by arithmetic alone:
 * rules ask "how many days until" for every record on every check, and a Date per call costs 20×.
 */
function dayNumber(iso: string): number {
  const m = DATE.exec(iso);
  if (!m) throw new Error(`not a calendar date: ${iso}`);
  const month = Number(m[2]);
  const year = Number(m[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(m[3]) - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
}

function toDate(iso: string): Date {
  const m = DATE.exec(iso);
  if (!m) throw new Error(`not a calendar date: ${iso}`);
  const d = new UTCDateMini(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The calendar date of `d` (UTC), held to the range; `forward` says which end a result too far for a Date ran off. */
function fromDate(d: Date, forward: boolean): string {
  const year = d.getUTCFullYear();
  if (Number.isNaN(year)) return forward ? MAX_DATE : MIN_DATE;
  if (year > 9999) return MAX_DATE;
  if (year < 1) return MIN_DATE;
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/**
 * Is this a real calendar date written as YYYY-MM-DD, in 0001…9999 (2026-02-30 and 0000-01-01 are not)?
 * Checked by arithmetic, not by building a Date: it runs for every date field of every record, and a
 * Date round trip costs 30×.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= monthLength(year, month);
}

/** The date string of a YAML value that should be a date, or undefined if it is none. */
export function asDate(value: unknown): string | undefined {
  return isCalendarDate(value) ? value : undefined;
}

export const plusDays = (iso: string, days: number): string => fromDate(addDays(toDate(iso), days), days > 0);
/** Adds months the calendar way: 2026-01-31 + 1 month = 2026-02-28. */
export const plusMonths = (iso: string, months: number): string => fromDate(addMonths(toDate(iso), months), months > 0);
/** b − a in calendar days (positive when b is later). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);
export const monthsBetween = (a: string, b: string): number => differenceInCalendarMonths(toDate(b), toDate(a));

/** 'YYYY-MM' of a date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
/** The month `n` months after 'YYYY-MM' (held to 0001-01 … 9999-12). */
export const plusMonthKey = (month: string, n: number): string => plusMonths(`${month}-01`, n).slice(0, 7);
/** How many days the month 'YYYY-MM' has. */
export const daysInMonth = (month: string): number => monthLength(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
/** Today's local calendar date, the user's "today" rather than UTC's: only hosts call this, never a rule. */
export const localToday = (): string => {
  const d = new Date();
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
};

/** "1 day", "3 days": for messages. */
export const dayCount = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** "March 2026" for "2026-03". */
export const monthName = (month: string): string => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(0, 4)}`;

/** A day `n` days ahead in running text: "today", "tomorrow", "in 54 days" — never "in 0 days" (issue 15.6). */
export const inDayCount = (n: number): string => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${dayCount(n)}`);

/** Saturday or Sunday (UTC calendar day): proposed audit dates avoid them (issue 15.2). */
export const isWeekend = (iso: string): boolean => {
  const day = toDate(iso).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * The `day`-th day of the month 'YYYY-MM', or the month's last day when it is shorter (day 31 of April is
 * the 30th, of February 2028 the 29th): a recurring activity on "the 31st" falls due at every month end (issue 18).
 */
export const dayOfMonth = (month: string, day: number): string => `${month}-${pad(Math.min(Math.max(1, day), daysInMonth(month)), 2)}`;
