/**
 * Planning internal audits forward (issue 15.2): which months to offer first, the date to propose in a
 * month, and the catch-up for a month that went without an audit. Pure: the server's pickers and quick
 * fixes, and through them the "Plan internal audit" command, all read it.
 */
import { daysInMonth, isWeekend, monthOf, monthsBetween, plusDays, plusMonthKey } from '../dates';
import type { IsmsConfig } from '../model/config';
import { auditProgramme, cycleAuditName, externalAudits, programmeStartMonth, type CycleSource } from './cycle';

/** The days before an external audit (and the audit day itself) in which a proposed date should not fall. */
export interface ExternalAuditWindow {
  /** the first day of the window: `warn-before-external-days` before the audit */
  start: string;
  /** the external audit's date, the last day of the window */
  date: string;
  /** "the second surveillance audit" */
  name: string;
}

/** The windows before the external audits still to come (not done, not cancelled, on or after today). */
export function externalAuditWindows(config: IsmsConfig, today: string): ExternalAuditWindow[] {
  const days = config.internalAudit.warnBeforeExternalDays;
  return externalAudits(config)
    .filter((a) => a.status !== 'done' && a.status !== 'cancelled' && a.date >= today)
    .map((a) => ({ start: plusDays(a.date, -days), date: a.date, name: cycleAuditName(a.type) }));
}

export interface ProposedAuditDate {
  /** YYYY-MM-DD: a weekday after today */
  date: string;
  /** set when no weekday of the months asked for is outside an external audit's window: the one it falls in */
  inWindow?: ExternalAuditWindow;
}

const inWindow = (d: string, windows: readonly ExternalAuditWindow[]): ExternalAuditWindow | undefined =>
  windows.find((w) => d >= w.start && d <= w.date);

/** The weekdays of a month from `earliest` on. */
function weekdays(month: string, earliest: string): string[] {
  const out: string[] = [];
  for (let day = 1; day <= daysInMonth(month); day++) {
    const d = `${month}-${String(day).padStart(2, '0')}`;
    if (d >= earliest && !isWeekend(d)) out.push(d);
  }
  return out;
}

/**
 * A date for an internal audit in the first of `months` (YYYY-MM, in order of preference) that has one: a
 * weekday after today, outside the windows before external audits (the bunching ISMS104 warns about),
 * as near the middle of the month as that allows. When every weekday of the months falls in a window, the
 * earliest weekday (the furthest from the external audit) with the window it falls in; undefined when no
 * month has a weekday after today.
 */
export function proposeAuditDate(
  months: readonly string[],
  today: string,
  windows: readonly ExternalAuditWindow[],
): ProposedAuditDate | undefined {
  const earliest = plusDays(today, 1);
  let fallback: ProposedAuditDate | undefined;
  for (const month of months) {
    const days = weekdays(month, earliest);
    if (days.length === 0) continue;
    fallback ??= { date: days[0], inWindow: inWindow(days[0], windows) };
    const free = days.filter((d) => !inWindow(d, windows));
    if (free.length === 0) continue;
    // the 15th or the first free weekday after it (the first one left once the 15th has passed); the last one before it otherwise
    const atMiddle = free.findIndex((d) => d >= `${month}-15`);
    return { date: free[atMiddle < 0 ? free.length - 1 : atMiddle] };
  }
  return fallback;
}

/** The months a catch-up audit can be held in: this month (when a weekday is left after today) and the next. */
export function catchUpMonths(today: string): string[] {
  const thisMonth = monthOf(today);
  const next = plusMonthKey(thisMonth, 1);
  return weekdays(thisMonth, plusDays(today, 1)).length > 0 ? [thisMonth, next] : [next, plusMonthKey(thisMonth, 2)];
}

/** A month the planner offers, with its proposed date (or, for a past month, its catch-up dates). */
export interface AuditPlanSlot {
  /** YYYY-MM the audit is held in */
  month: string;
  /** the proposed date in that month */
  planned: string;
  /** the external audit whose window the date falls in, when no better date was left */
  inWindowOf?: { name: string; date: string };
}

export interface AuditPlanMonth {
  /** YYYY-MM of the programme */
  month: string;
  /** a month before this one: an audit for it is a catch-up held in one of `slots` */
  past: boolean;
  /** where the audit can go: the month itself, or for a past month this month and the next */
  slots: AuditPlanSlot[];
}

/** Where an audit for `month` goes and when: the month itself from this month on, a catch-up otherwise. */
export function auditPlanMonth(month: string, today: string, windows: readonly ExternalAuditWindow[]): AuditPlanMonth {
  const past = month < monthOf(today);
  const slots: AuditPlanSlot[] = [];
  for (const m of past ? catchUpMonths(today) : [month]) {
    const proposed = proposeAuditDate([m], today, windows);
    if (!proposed) continue;
    slots.push({
      month: m,
      planned: proposed.date,
      ...(proposed.inWindow ? { inWindowOf: { name: proposed.inWindow.name, date: proposed.inWindow.date } } : {}),
    });
  }
  return { month, past, slots };
}

/**
 * The order the planner offers months in: this month and later first (in calendar order), then the past
 * months, most recent first, which a picker keeps behind an explicit "Earlier months…" item.
 */
export function planningOrder<T extends { month: string }>(months: readonly T[], today: string): { upcoming: T[]; earlier: T[] } {
  const thisMonth = monthOf(today);
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  return {
    upcoming: sorted.filter((m) => m.month >= thisMonth),
    earlier: sorted.filter((m) => m.month < thisMonth).reverse(),
  };
}

/** How far ahead the planner offers empty months. */
const AHEAD_MONTHS = 12;

/**
 * The months to plan an internal audit for (`month`: that one only): from this month on, those with no
 * audit yet; before it, the gaps of the last programme year (not a month with an external audit, as
 * ISMS103 counts them), each with its catch-up slots. In `planningOrder`: this month and later first.
 */
export function auditPlan(ws: CycleSource, today: string, month?: string): AuditPlanMonth[] {
  const windows = externalAuditWindows(ws.config, today);
  if (month) return [auditPlanMonth(month, today, windows)];
  const thisMonth = monthOf(today);
  // as ISMS103: from the programme's start (the cycle or the first audit), one programme year back at most
  const started = programmeStartMonth(ws);
  const from = [started ?? thisMonth, plusMonthKey(thisMonth, -11)].sort()[1];
  const to = plusMonthKey(thisMonth, AHEAD_MONTHS);
  const count = monthsBetween(`${from}-01`, `${to}-01`) + 1;
  const open = auditProgramme(ws, from, count, today).filter((m) =>
    m.month < thisMonth ? m.state === 'missing' && !m.externalAudit : m.state === 'missing' || m.state === 'future-empty',
  );
  const { upcoming, earlier } = planningOrder(open, today);
  return [...upcoming, ...earlier].map((m) => auditPlanMonth(m.month, today, windows));
}
