/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through date-fns on a local Date at noon, so
 * that no time zone or daylight-saving change can move a date by a day.
 */
import { addDays, addMonths, differenceInCalendarDays, differenceInCalendarMonths } from 'date-fns';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(iso: string): Date {
  const m = DATE.exec(iso);
  if (!m) throw new Error(`not a calendar date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** The local calendar date of `d`. Not date-fns `format`: it would bring its whole formatter (20 KB) into the client bundle. */
const fromDate = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;

/**
 * Is this a real calendar date written as YYYY-MM-DD (2026-02-30 is not)? Checked by arithmetic, not by
 * building a Date: it runs for every date field of every record, and a Date round trip costs 30×.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** The date string of a YAML value that should be a date, or undefined if it is none. */
export function asDate(value: unknown): string | undefined {
  return isCalendarDate(value) ? value : undefined;
}

export const plusDays = (iso: string, days: number): string => fromDate(addDays(toDate(iso), days));
/** Adds months the calendar way: 2026-01-31 + 1 month = 2026-02-28. */
export const plusMonths = (iso: string, months: number): string => fromDate(addMonths(toDate(iso), months));
/** b − a in calendar days (positive when b is later). */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(toDate(b), toDate(a));
export const monthsBetween = (a: string, b: string): number => differenceInCalendarMonths(toDate(b), toDate(a));

/** 'YYYY-MM' of a date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
/** The month `n` months after 'YYYY-MM'. */
export const plusMonthKey = (month: string, n: number): string => plusMonths(`${month}-01`, n).slice(0, 7);
/** Today's local calendar date: only hosts call this, never a rule. */
export const localToday = (): string => fromDate(new Date());

/** "1 day", "3 days": for messages. */
export const dayCount = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
