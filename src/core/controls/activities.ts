/**
 * Recurring control activities and the evidence that proves their occurrences (issue 18; ISO 27001 8.1:
 * confidence that processes ran as planned).
 *
 * When evidence proves an occurrence: occurrence k (due on D(k)) is proven by evidence naming the activity
 * (`activity:`) whose `effective` date falls after the previous due date and before the next one,
 * D(k−1) < effective < D(k+1), both exclusive; evidence effective on D(k) itself proves k. Evidence in the
 * overlap (between two due dates) proves the earlier occurrence when that one is still unproven (it was
 * done late), else the later one (done early): a piece of evidence proves one occurrence, and completing
 * an overdue occurrence closes it rather than the next. Evidence effective after today proves nothing yet.
 * The due dates never move: they are counted from `start` (schedule.ts), not from when the work was done.
 */
import { daysBetween } from '../dates';
import type { IsmsRecord } from '../model/types';
import { effectiveDate } from './evidence';
import {
  activitySchedule,
  activityStart,
  nextDueAfter,
  occurrenceDate,
  occurrenceIndexOn,
  occurrencesBetween,
  planFrom,
  type Plan,
  type Schedule,
} from './schedule';

/**
 * - `unknown`: `schedule`, `day` or `start` missing or unreadable (ISMS006 / ISMS002 say which);
 * - `not-started`: no occurrence is due yet;
 * - `on-track`: the last due occurrence is proven;
 * - `due`: the last due occurrence falls due today and is not proven yet;
 * - `overdue`: the last due occurrence is past and unproven.
 */
export type ActivityState = 'unknown' | 'not-started' | 'on-track' | 'due' | 'overdue';

export interface Occurrence {
  /** 0 for the first occurrence of the plan */
  index: number;
  /** its scheduled due date */
  date: string;
  /** the evidence that proves it, if any */
  proof?: IsmsRecord;
}

export interface ActivityStatus {
  record: IsmsRecord;
  state: ActivityState;
  schedule?: Schedule;
  plan?: Plan;
  /** the last occurrence due on or before today */
  lastDue?: Occurrence;
  /** the next scheduled date after today */
  next?: string;
  /** days the last due occurrence is past its date (for `overdue`) */
  daysOverdue?: number;
  /** occurrences due before the last due one that nothing proves */
  missed: number;
  /** the evidence that names the activity, by effective date (unreadable dates last) */
  evidence: IsmsRecord[];
}

/** The activity a piece of evidence names: its `activity:` as written, trimmed; undefined when it names none. */
export function namedActivity(rec: IsmsRecord): string | undefined {
  const id = rec.data.activity;
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
}

/** The evidence naming each activity, by the activity id (`activity:` as written, trimmed). */
export function evidenceByActivity(evidence: readonly IsmsRecord[]): Map<string, IsmsRecord[]> {
  const out = new Map<string, IsmsRecord[]>();
  for (const rec of evidence) {
    const key = namedActivity(rec);
    if (key === undefined) continue;
    out.set(key, [...(out.get(key) ?? []), rec]);
  }
  return out;
}

/**
 * Which occurrence each piece of evidence proves (by the rule in this file's header), up to `today`:
 * occurrence index → its evidence. O(n log n) in the evidence, whatever the length of the plan.
 */
export function provenOccurrences(plan: Plan, evidence: readonly IsmsRecord[], today: string): Map<number, IsmsRecord> {
  const dated = evidence
    .map((rec) => ({ rec, effective: effectiveDate(rec) }))
    .flatMap((e) => (e.effective.state === 'known' && e.effective.value <= today ? [{ rec: e.rec, date: e.effective.value }] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const proven = new Map<number, IsmsRecord>();
  for (const { rec, date } of dated) {
    const j = occurrenceIndexOn(plan, date);
    // on a due date: that occurrence only; between D(j) and D(j+1): j if still open (late), else j+1 (early)
    const onDate = j >= 0 && occurrenceDate(plan, j) === date;
    const candidates = onDate ? [j] : [j, j + 1];
    const k = candidates.find((c) => c >= 0 && !proven.has(c) && occurrenceDate(plan, c - 1) < date);
    if (k !== undefined) proven.set(k, rec);
  }
  return proven;
}

const byEffective = (a: IsmsRecord, b: IsmsRecord): number => {
  const [x, y] = [effectiveDate(a), effectiveDate(b)].map((e) => (e.state === 'known' ? e.value : '~'));
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The state of one activity on `today`, given the evidence that names it (any evidence: the rest is filtered out). */
export function activityStatus(rec: IsmsRecord, evidence: readonly IsmsRecord[], today: string): ActivityStatus {
  const own = rec.id === undefined ? [] : (evidenceByActivity(evidence).get(rec.id) ?? []);
  const base = { record: rec, missed: 0, evidence: [...own].sort(byEffective) };
  const schedule = activitySchedule(rec);
  const start = activityStart(rec);
  if (schedule.state !== 'known' || start.state !== 'known') return { ...base, state: 'unknown' };
  const plan = planFrom(schedule.value, start.value);
  const last = occurrenceIndexOn(plan, today);
  const next = nextDueAfter(plan, today);
  const known = { ...base, schedule: schedule.value, plan, next };
  if (last < 0) return { ...known, state: 'not-started' };
  const proven = provenOccurrences(plan, own, today);
  const lastDue: Occurrence = { index: last, date: occurrenceDate(plan, last), proof: proven.get(last) };
  const missed = last - [...proven.keys()].filter((k) => k < last).length;
  if (lastDue.proof) return { ...known, state: 'on-track', lastDue, missed };
  const daysOverdue = daysBetween(lastDue.date, today);
  return { ...known, state: daysOverdue === 0 ? 'due' : 'overdue', lastDue, missed, ...(daysOverdue > 0 ? { daysOverdue } : {}) };
}

/**
 * The occurrences due from `from` to `to` (both inclusive), each with the evidence that proves it as of
 * `today`: for the review pack's 9.1 results of a period and the calendar (at most `limit` of them).
 */
export function occurrencesWithProof(
  plan: Plan,
  evidence: readonly IsmsRecord[],
  from: string,
  to: string,
  today: string,
  limit = 1000,
): Occurrence[] {
  const proven = provenOccurrences(plan, evidence, today);
  const dates = occurrencesBetween(plan, from, to, limit);
  const firstIndex = dates.length > 0 ? occurrenceIndexOn(plan, dates[0]) : 0;
  return dates.map((date, i) => ({ index: firstIndex + i, date, proof: proven.get(firstIndex + i) }));
}
