/**
 * Phishing simulations over time (ISO/IEC 27001:2022 9.1 monitoring and measurement, A.6.3): per
 * simulation the messages sent, the people who clicked and who reported it, and the click and report
 * rates — what the management review pack and the calendar show as a trend.
 */
import type { CycleSource } from '../cycle/cycle';
import { date, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';

export interface PhishingPoint {
  id?: string;
  title?: string;
  date: string;
  sent?: number;
  clicked?: number;
  reported?: number;
  /** clicked / sent, 0–1; absent when either count is missing or nothing was sent */
  clickRate?: number;
  reportRate?: number;
  /** where the record is: the host's file key and the zero-based line of its anchor */
  file: string;
  line: number;
}

const COUNTS = ['sent', 'clicked', 'reported'] as const;

/** A count as recorded: a whole number, 0 or more; anything else is no count (ISMS006 reports it). */
function count(rec: IsmsRecord, key: (typeof COUNTS)[number]): number | undefined {
  const v = rec.data[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

const rate = (part: number | undefined, sent: number | undefined): number | undefined =>
  part !== undefined && sent !== undefined && sent > 0 && part <= sent ? part / sent : undefined;

/** The phishing simulations dated within [from, to] (from open when absent), oldest first. */
export function phishingTrend(source: Pick<CycleSource, 'records'>, to: string, from?: string): PhishingPoint[] {
  const points: PhishingPoint[] = [];
  for (const rec of source.records('awareness')) {
    const d = date(rec, 'date');
    if (!d || d > to || (from !== undefined && d < from) || text(rec, 'type') !== 'phishing-simulation') continue;
    const [sent, clicked, reported] = COUNTS.map((k) => count(rec, k));
    const clickRate = rate(clicked, sent);
    const reportRate = rate(reported, sent);
    points.push({
      ...(rec.id ? { id: rec.id } : {}),
      ...(text(rec, 'title') ? { title: text(rec, 'title') } : {}),
      date: d,
      ...(sent !== undefined ? { sent } : {}),
      ...(clicked !== undefined ? { clicked } : {}),
      ...(reported !== undefined ? { reported } : {}),
      ...(clickRate !== undefined ? { clickRate } : {}),
      ...(reportRate !== undefined ? { reportRate } : {}),
      file: rec.file,
      line: rec.anchor.start.line,
    });
  }
  return points.sort((a, b) => a.date.localeCompare(b.date) || (a.id ?? '').localeCompare(b.id ?? ''));
}

/** The counts of a simulation contradict each other: more clicks or reports than messages sent (ISMS006 reports it). */
export const countsContradict = (p: Pick<PhishingPoint, 'sent' | 'clicked' | 'reported'>): boolean =>
  p.sent !== undefined && ((p.clicked ?? 0) > p.sent || (p.reported ?? 0) > p.sent);

/**
 * Totals over simulations for an overall rate: only those with a `sent` count whose counts agree; a
 * simulation with more clicks than messages (already reported) made "overall click rate 130.0 %".
 */
export function phishingTotals(points: readonly PhishingPoint[]): { simulations: number; sent: number; clicked: number; reported: number } {
  const counted = points.filter((p) => p.sent !== undefined && !countsContradict(p));
  const total = (key: 'sent' | 'clicked' | 'reported'): number => counted.reduce((n, p) => n + (p[key] ?? 0), 0);
  return { simulations: counted.length, sent: total('sent'), clicked: total('clicked'), reported: total('reported') };
}

/** A rate as people read it: "7.1 %"; "—" when there is none. */
export const formatRate = (r: number | undefined): string => (r === undefined ? '—' : `${(100 * r).toFixed(1)} %`);

function change(name: string, first: number, last: number): string {
  const points = Math.abs(100 * (last - first)).toFixed(1);
  const way = points === '0.0' ? 'unchanged' : last > first ? `up ${points} points` : `down ${points} points`;
  return `${name} ${formatRate(first)} → ${formatRate(last)} (${way})`;
}

/**
 * One sentence on the direction of the rates from the first to the last simulation that has them, e.g.
 * "Over 3 simulations (2026-03-10 to 2026-09-15): click rate 9.1 % → 7.1 % (down 2.0 points); report rate
 * 58.2 % → 65.9 % (up 7.7 points)." Undefined with fewer than two measured simulations.
 */
export function phishingTrendSummary(points: readonly PhishingPoint[]): string | undefined {
  const measured = points.filter((p) => p.clickRate !== undefined || p.reportRate !== undefined);
  if (measured.length < 2) return undefined;
  const parts: string[] = [];
  const clicks = measured.filter((p) => p.clickRate !== undefined);
  const reports = measured.filter((p) => p.reportRate !== undefined);
  if (clicks.length >= 2) parts.push(change('click rate', clicks[0].clickRate ?? 0, clicks[clicks.length - 1].clickRate ?? 0));
  if (reports.length >= 2) parts.push(change('report rate', reports[0].reportRate ?? 0, reports[reports.length - 1].reportRate ?? 0));
  if (parts.length === 0) return undefined;
  return `Over ${measured.length} simulations (${measured[0].date} to ${measured[measured.length - 1].date}): ${parts.join('; ')}.`;
}

/** What is wrong with a simulation's counts: not whole numbers, or more clicks or reports than messages sent. */
export function phishingCountProblems(rec: IsmsRecord): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  for (const key of COUNTS) {
    const v = rec.data[key];
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 0))
      problems.push({ key, message: `‘${key}’ must be a whole number, 0 or more (got ‘${v}’).` });
  }
  const sent = count(rec, 'sent');
  for (const key of ['clicked', 'reported'] as const) {
    const v = count(rec, key);
    if (sent !== undefined && v !== undefined && v > sent) {
      problems.push({
        key,
        message: `‘${key}: ${v}’ is more than the ${sent} messages ‘sent’; ${key === 'clicked' ? 'clicks' : 'reports'} are counted per message (people), at most one each.`,
      });
    }
  }
  return problems;
}
