/**
 * The `isms.today` setting, read the same way by the client and the server: a real calendar date
 * (spaces around it ignored) or empty for the real date. Anything else — `2027-13-45`, a number — is
 * not silently taken for "today": it is named in `invalid` so that it can be reported, and the real
 * date is used.
 */
import { isCalendarDate } from '../core/dates';

export interface TodaySetting {
  /** 'YYYY-MM-DD', or '' for the real date */
  date: string;
  /** the value as written when it is not a date (then `date` is '') */
  invalid?: string;
}

export function readTodaySetting(raw: unknown): TodaySetting {
  if (raw === undefined || raw === null) return { date: '' };
  const text = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
  if (text === '') return { date: '' };
  return isCalendarDate(text) ? { date: text } : { date: '', invalid: typeof raw === 'string' ? raw : text };
}

/** What the user is told about an invalid value: the setting, the value, and that the real date is used. */
export const invalidTodayMessage = (invalid: string, realDate: string): string =>
  `ISMS: the setting ‘isms.today’ is ‘${invalid}’, which is not a calendar date written YYYY-MM-DD; the checks use the real date (${realDate}) instead.`;
