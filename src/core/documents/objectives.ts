/** An objective's results (6.2, 9.1): the measurements as written, and the latest one up to a day. */
import { asDate } from '../dates';
import type { IsmsRecord } from '../model/types';

export interface ObjectiveResult {
  date: string;
  value: number;
  /** its position in `results:`, for the item's range */
  index: number;
}

/** Results with a real date and a numeric value; others are ISMS002's or simply not results yet. */
export function objectiveResults(rec: IsmsRecord): ObjectiveResult[] {
  const list = Array.isArray(rec.data.results) ? rec.data.results : [];
  const out: ObjectiveResult[] = [];
  list.forEach((item: unknown, index) => {
    if (item === null || typeof item !== 'object') return;
    const { date, value } = item as Record<string, unknown>;
    const day = asDate(date);
    if (day !== undefined && typeof value === 'number' && Number.isFinite(value)) out.push({ date: day, value, index });
  });
  return out;
}

/** The latest result measured on or before `today` (a later one, written ahead, does not count yet). */
export function latestResult(rec: IsmsRecord, today: string): ObjectiveResult | undefined {
  let latest: ObjectiveResult | undefined;
  for (const r of objectiveResults(rec)) if (r.date <= today && (!latest || r.date >= latest.date)) latest = r;
  return latest;
}

/** Whether a value meets the target: at least it (the default) or at most it. */
export const meetsTarget = (value: number, target: number, direction: unknown): boolean =>
  direction === 'at-most' ? value <= target : value >= target;
