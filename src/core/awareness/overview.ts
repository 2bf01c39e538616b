/**
 * The awareness programme at a glance (ISO/IEC 27001:2022 7.3, 7.4, 9.1, A.6.3), one model for the tree
 * and `isms report awareness`: the twelve months ISMS501 looks at (and this month so far) with their
 * activities and the empty months it reports, the phishing simulations of those months with their trend,
 * and, when a roster of people is kept, who is overdue on training (ISMS502).
 */
import type { CycleSource } from '../cycle/cycle';
import { monthOf, plusMonthKey } from '../dates';
import { awarenessActivities, awarenessGaps, type AwarenessActivity, type AwarenessGap } from './gaps';
import { phishingTrend, phishingTrendSummary, type PhishingPoint } from './phishing';
import { trainingStatuses, type TrainingStatus } from './training';

export interface AwarenessMonth {
  /** YYYY-MM */
  month: string;
  /** its activities dated today or earlier, oldest first */
  activities: AwarenessActivity[];
  /** empty and inside a gap ISMS501 reports (a run of at least `cadence-months` empty months) */
  gap: boolean;
  /** today's month: not over, so never a gap of its own */
  current: boolean;
}

export interface AwarenessOverview {
  cadenceMonths: number;
  /** the twelve complete months before today's month, oldest first, then today's month */
  months: AwarenessMonth[];
  /** the latest activity by today, whenever it was */
  lastActivity?: AwarenessActivity;
  /** false while a gap ISMS501 reports is still open (no activity has ended it) */
  cadenceMet: boolean;
  /** the gaps ISMS501 reports, oldest first */
  gaps: AwarenessGap[];
  /** the phishing simulations from the first of the months to today, oldest first */
  phishing: PhishingPoint[];
  /** the direction of the click and report rates; absent with fewer than two measured simulations */
  phishingSummary?: string;
  /** current people overdue on training, in roster order; absent when there is no roster of `person` records */
  trainingOverdue?: TrainingStatus[];
}

export function awarenessOverview(source: CycleSource, today: string): AwarenessOverview {
  const cadenceMonths = source.config.awareness.cadenceMonths;
  const activities = awarenessActivities(source, today);
  const gaps = awarenessGaps(source, today, cadenceMonths);
  const thisMonth = monthOf(today);
  const inGap = (month: string): boolean => gaps.some((g) => g.first <= month && month <= g.last);
  const months: AwarenessMonth[] = [];
  for (let n = -12; n <= 0; n++) {
    const month = plusMonthKey(thisMonth, n);
    const of = activities.filter((a) => monthOf(a.date) === month);
    months.push({ month, activities: of, gap: of.length === 0 && inGap(month), current: n === 0 });
  }
  const phishing = phishingTrend(source, today, `${months[0].month}-01`);
  const summary = phishingTrendSummary(phishing);
  const roster = source.records('person').length > 0;
  const last = activities[activities.length - 1];
  return {
    cadenceMonths,
    months,
    ...(last ? { lastActivity: last } : {}),
    cadenceMet: gaps.every((g) => g.after !== undefined),
    gaps,
    phishing,
    ...(summary ? { phishingSummary: summary } : {}),
    ...(roster ? { trainingOverdue: trainingStatuses(source, today).filter((s) => s.overdue) } : {}),
  };
}
