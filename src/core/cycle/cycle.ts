/**
 * The certification cycle (ISO/IEC 17021-1 9.1.3) and the internal-audit programme as data: what the
 * tree view, the status bar, the calendar, `isms plan` and the cycle rules all read.
 */
import { daysBetween, monthOf, monthsBetween, plusMonthKey } from '../dates';
import type { CycleAudit, CycleAuditType, IsmsConfig } from '../model/config';
import { date, label, text } from '../model/fields';
import type { IsmsRecord, Location, RecordKind } from '../model/types';
import { auditDate, auditState, caState, cycleStart, managementReviewDue, reviewCounts, type AuditState } from './state';

export { cycleStart };

/** What the cycle functions need of a workspace: the configuration and records by kind. */
export interface CycleSource {
  readonly config: IsmsConfig;
  records(kind: RecordKind): readonly IsmsRecord[];
}

export type MilestoneType = CycleAuditType | 'certificate-expiry' | 'management-review';

export interface Milestone {
  type: MilestoneType;
  date: string;
  status: 'done' | 'planned' | 'overdue' | 'cancelled';
  label: string;
  location?: Location;
}

const CYCLE_AUDIT_NAMES: Readonly<Record<CycleAuditType, string>> = {
  certification: 'certification audit',
  'surveillance-1': 'first surveillance audit',
  'surveillance-2': 'second surveillance audit',
  surveillance: 'surveillance audit',
  recertification: 'recertification audit',
  special: 'special audit',
};

/**
 * A cycle audit's name in running text, "the second surveillance audit" (issue 15.6): the one way the
 * messages, the tree, the status bar, the calendar and the CLI name an external audit. `CYCLE_AUDIT_LABELS`
 * is the same name capitalised, for a label that starts a line.
 */
export const cycleAuditName = (type: CycleAuditType): string => CYCLE_AUDIT_NAMES[type];

export const CYCLE_AUDIT_LABELS: Readonly<Record<CycleAuditType, string>> = Object.fromEntries(
  Object.entries(CYCLE_AUDIT_NAMES).map(([type, name]) => [type, name.charAt(0).toUpperCase() + name.slice(1)]),
) as Record<CycleAuditType, string>;

/** A milestone in running text: a cycle audit by its name ("the second surveillance audit"), anything else by its label. */
export const milestoneName = (m: { type: MilestoneType; label: string }): string =>
  m.type in CYCLE_AUDIT_NAMES ? CYCLE_AUDIT_NAMES[m.type as CycleAuditType] : m.label;

/** The milestone of a management review that is due and has no record: the only milestone without a location. */
export const REVIEW_DUE_LABEL = 'Management review due';

function cycleAuditStatus(a: CycleAudit & { date: string }, today: string): Milestone['status'] {
  if (a.status === 'done' || a.status === 'cancelled') return a.status;
  return a.date < today ? 'overdue' : 'planned';
}

export function externalAudits(config: IsmsConfig): (CycleAudit & { date: string })[] {
  return (config.certification?.audits ?? []).filter((a): a is CycleAudit & { date: string } => a.date !== undefined);
}

export function cycleMilestones(ws: CycleSource, today: string): Milestone[] {
  const { config } = ws;
  const milestones: Milestone[] = externalAudits(config).map((a) => ({
    type: a.type,
    date: a.date,
    status: cycleAuditStatus(a, today),
    label: CYCLE_AUDIT_LABELS[a.type],
    location: { file: config.file, range: a.range },
  }));
  const expires = config.certification?.expires;
  if (expires) {
    milestones.push({
      type: 'certificate-expiry',
      date: expires,
      status: expires < today ? 'overdue' : 'planned',
      label: `Certificate ${config.certification?.certificate ?? ''} expires`.replace('  ', ' '),
      location: { file: config.file, range: config.certification?.expiresRange ?? config.anchor },
    });
  }
  for (const review of ws.records('management-review')) {
    const d = date(review, 'date');
    if (!d) continue;
    milestones.push({
      type: 'management-review',
      date: d,
      status: reviewCounts(review, today) ? 'done' : d < today ? 'overdue' : 'planned',
      label: `Management review ${label(review)}`,
      location: { file: review.file, range: review.anchor },
    });
  }
  const reviewDue = managementReviewDue(ws, today);
  if (reviewDue?.overdue) {
    // the review ISMS201/ISMS202 report as overdue, on the road of every view (issue 15.4); it has no record yet.
    // Never held: due now (the anniversary it missed is in ISMS202's message)
    milestones.push({
      type: 'management-review',
      date: reviewDue.last ? reviewDue.due : today,
      status: 'overdue',
      label: REVIEW_DUE_LABEL,
    });
  }
  return milestones.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}

/** The next external audit on or after today that is not done or cancelled. */
export function nextExternalAudit(ws: CycleSource, today: string): Milestone | undefined {
  return cycleMilestones(ws, today).find(
    (m) => m.type !== 'management-review' && m.type !== 'certificate-expiry' && m.status === 'planned' && m.date >= today,
  );
}

export interface ProgrammeMonth {
  /** YYYY-MM */
  month: string;
  audits: IsmsRecord[];
  /**
   * the worst state of its audits, else: `missing` = a past or current month in a gap ISMS103 reports,
   * `no-audit` = a past or current month without one that no rule reports (an external audit's month,
   * before the programme started, more than a year back, within a cadence of several months),
   * `future-empty` = nothing planned yet
   */
  state: AuditState | 'missing' | 'no-audit' | 'future-empty';
  /** an external audit falls in this month: the one month a monthly programme may leave free */
  externalAudit?: string;
  /** audits held later that make up for this month (`catch-up-for:`); they count here, not in their own month */
  catchUps?: IsmsRecord[];
  /** the month is in a gap of the programme ISMS103 reports (a warning when past, a note when ahead) */
  gap?: true;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The programme month a catch-up audit makes up for (`catch-up-for: 2025-12`, issue 15.2): a month before
 * the one it is held in. A catch-up fills the slot of the month it makes up for and not that of its own
 * month, so one audit never counts twice in the programme's cadence.
 */
export function catchUpFor(audit: IsmsRecord): string | undefined {
  const covered = text(audit, 'catch-up-for');
  const held = auditDate(audit);
  return covered !== undefined && MONTH.test(covered) && held !== undefined && covered < monthOf(held) ? covered : undefined;
}

const STATE_ORDER: readonly ProgrammeMonth['state'][] = ['overdue', 'in-progress', 'planned', 'unknown', 'done', 'cancelled'];

/** The months with their audits, an empty month `missing` (past or current) or `future-empty`, before the gaps are judged. */
function programmeMonths(ws: CycleSource, from: string, months: number, today: string): ProgrammeMonth[] {
  const byMonth = new Map<string, IsmsRecord[]>();
  const catchUps = new Map<string, IsmsRecord[]>();
  for (const audit of ws.records('internal-audit')) {
    const d = auditDate(audit);
    if (!d) continue;
    const m = monthOf(d);
    byMonth.set(m, [...(byMonth.get(m) ?? []), audit]);
    const covered = catchUpFor(audit);
    if (covered) catchUps.set(covered, [...(catchUps.get(covered) ?? []), audit]);
  }
  const externalByMonth = new Map<string, string>();
  for (const a of externalAudits(ws.config)) if (a.status !== 'cancelled') externalByMonth.set(monthOf(a.date), CYCLE_AUDIT_LABELS[a.type]);
  const thisMonth = monthOf(today);
  const result: ProgrammeMonth[] = [];
  for (let i = 0; i < months; i++) {
    const month = plusMonthKey(from, i);
    if (i > 0 && month === result[i - 1].month) break; // the calendar ends at 9999-12
    const audits = (byMonth.get(month) ?? []).sort((a, b) => (auditDate(a) ?? '').localeCompare(auditDate(b) ?? ''));
    const madeUp = catchUps.get(month) ?? [];
    const counted = [...audits.filter((a) => !catchUpFor(a)), ...madeUp];
    const states = counted.map((a) => auditState(a, today));
    const live = states.filter((s) => s !== 'cancelled');
    const state =
      live.length === 0
        ? month <= thisMonth
          ? 'missing'
          : 'future-empty'
        : (STATE_ORDER.find((s) => (live as string[]).includes(s)) ?? 'planned');
    const ext = externalByMonth.get(month);
    result.push({ month, audits, state, ...(ext ? { externalAudit: ext } : {}), ...(madeUp.length ? { catchUps: madeUp } : {}) });
  }
  return result;
}

/** How far ahead an empty month is pointed out, so that it can still be planned. */
export const GAP_LOOKAHEAD_MONTHS = 3;

/** A run of `cadence-months` months without an internal audit: what ISMS103 reports and the views flag. */
export interface ProgrammeGap {
  /** YYYY-MM, in order */
  months: string[];
  /** after the current month: a note that it can still be planned, not a warning */
  future: boolean;
}

const isEmpty = (m: ProgrammeMonth): boolean => (m.state === 'missing' || m.state === 'future-empty') && !m.externalAudit;

/** The month the internal-audit programme started (YYYY-MM): the certification cycle's or the first audit's, the earlier. */
export function programmeStartMonth(ws: CycleSource): string | undefined {
  const firstAudit = ws
    .records('internal-audit')
    .map(auditDate)
    .filter((d): d is string => !!d)
    .sort()[0];
  return [cycleStart(ws.config), firstAudit]
    .filter((d): d is string => !!d)
    .map(monthOf)
    .sort()[0];
}

/**
 * The gaps of the internal-audit programme on `today` (ISO/IEC 27001 9.2.2): every `cadence-months`
 * consecutive empty months (an external audit's month is not empty), from the programme's start
 * (certification cycle or first audit) but at most a year back, to GAP_LOOKAHEAD_MONTHS ahead. The one
 * answer to "which months lack an internal audit": rule ISMS103, the tree, the calendar and `isms plan`
 * all read it (issue 15.4).
 */
export function programmeGaps(ws: CycleSource, today: string): ProgrammeGap[] {
  const started = programmeStartMonth(ws);
  if (!started) return []; // nothing planned and no certificate yet: the programme has not started
  const thisMonth = monthOf(today);
  // look back one programme year at most: older gaps are history, not something to act on
  const from = [started, plusMonthKey(thisMonth, -11)].sort()[1];
  const to = plusMonthKey(thisMonth, GAP_LOOKAHEAD_MONTHS);
  if (from > to) return [];
  const months = programmeMonths(ws, from, monthsBetween(`${from}-01`, `${to}-01`) + 1, today);
  const cadence = ws.config.internalAudit.cadenceMonths;
  const gaps: ProgrammeGap[] = [];
  // every `cadence` consecutive empty months is one gap: the same answer whatever day the check runs
  for (let i = 0; i < months.length;) {
    const run = months.slice(i, i + cadence);
    if (run.length < cadence || !run.every(isEmpty)) {
      i++;
      continue;
    }
    i += cadence;
    gaps.push({ months: run.map((m) => m.month), future: run[0].month > thisMonth });
  }
  return gaps;
}

/**
 * The internal audits month by month, from `from` (YYYY-MM) for `months` months (fewer when 9999-12
 * comes first). An empty past month is `missing` only when it is in a gap `programmeGaps` reports.
 */
export function auditProgramme(ws: CycleSource, from: string, months: number, today: string): ProgrammeMonth[] {
  const flagged = new Set(programmeGaps(ws, today).flatMap((g) => g.months));
  return programmeMonths(ws, from, months, today).map((m) => {
    if (!flagged.has(m.month)) return m.state === 'missing' ? { ...m, state: 'no-audit' } : m;
    return { ...m, gap: true };
  });
}

/** Days from today to a date (negative when past). */
export const daysUntil = (today: string, d: string): number => daysBetween(today, d);

/** What the engine reports overdue on a day (ISMS301, ISMS101, ISMS201/ISMS202): the status bar's one count. */
export interface OverdueCounts {
  correctiveActions: number;
  internalAudits: number;
  /** 1 when a management review is overdue, else 0 */
  managementReview: number;
  total: number;
}

/**
 * The overdue things of one ISMS (issue 15.4): corrective actions past their due date, internal audits
 * planned for a past day and not performed, an overdue management review — each by the same function as
 * its rule, so that the status bar, the tree and the calendar count what the Problems panel lists.
 */
export function overdueCounts(ws: CycleSource, today: string): OverdueCounts {
  const correctiveActions = ws.records('corrective-action').filter((ca) => caState(ca, today) === 'overdue').length;
  const internalAudits = ws.records('internal-audit').filter((a) => auditState(a, today) === 'overdue').length;
  const managementReview = managementReviewDue(ws, today)?.overdue ? 1 : 0;
  return { correctiveActions, internalAudits, managementReview, total: correctiveActions + internalAudits + managementReview };
}
