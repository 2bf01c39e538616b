/** Dates and labels for display; the month names and arithmetic are the core's (src/core/dates.ts). */
import { MONTH_NAMES as MONTHS, monthName } from '../../src/core/dates';

export { monthName };
export const shortMonthName = (month: string): string =>
  `${(MONTHS[Number(month.slice(5, 7)) - 1] ?? '?').slice(0, 3)} ${month.slice(0, 4)}`;
export const shortDate = (date: string): string =>
  `${Number(date.slice(8, 10))} ${(MONTHS[Number(date.slice(5, 7)) - 1] ?? '?').slice(0, 3)}`;
export const longDate = (date: string): string =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;

export function daysText(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  return days > 0 ? `in ${n} day${n === 1 ? '' : 's'}` : `${n} day${n === 1 ? '' : 's'} overdue`;
}

export const STATE_LABELS: Readonly<Record<string, string>> = {
  done: 'done',
  planned: 'planned',
  'in-progress': 'in progress',
  overdue: 'overdue',
  cancelled: 'cancelled',
  unknown: 'status unreadable',
  missing: 'no audit',
  'no-audit': 'no audit',
  'future-empty': 'nothing planned',
  open: 'open',
  'due-soon': 'due soon',
  ok: 'scheduled',
  closed: 'closed',
  due: 'due today',
  current: 'current',
  'renewal-due': 'renewal due',
  expired: 'expired',
  future: 'not yet effective',
};
