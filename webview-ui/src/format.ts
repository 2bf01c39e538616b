/** Dates and labels for display; calendar strings only, never a Date (no time zone can shift a day). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthName = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? '?'} ${month.slice(0, 4)}`;
export const shortMonthName = (month: string): string => `${(MONTHS[Number(month.slice(5, 7)) - 1] ?? '?').slice(0, 3)} ${month.slice(0, 4)}`;
export const shortDate = (date: string): string => `${Number(date.slice(8, 10))} ${(MONTHS[Number(date.slice(5, 7)) - 1] ?? '?').slice(0, 3)}`;
export const longDate = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;

/** The month `n` months after YYYY-MM. */
export function plusMonth(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

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
  missing: 'no audit',
  'future-empty': 'nothing planned',
  open: 'open',
  'due-soon': 'due soon',
  closed: 'closed',
};
