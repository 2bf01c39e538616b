/**
 * The certification cycle (ISO/IEC 17021-1 9.1.3) and the internal-audit programme as data: what the
 * tree view, the status bar, the calendar, `isms plan` and the cycle rules all read.
 */
import { daysBetween, monthOf, plusMonthKey } from '../dates';
import type { CycleAudit, CycleAuditType, IsmsConfig } from '../model/config';
import { date, label, text } from '../model/fields';
import type { IsmsRecord, Location, RecordKind } from '../model/types';
import { auditDate, auditState, reviewCounts, type AuditState } from './state';

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

/** The start of the current three-year cycle: the certification decision, else issue, else the certification audit. */
export function cycleStart(config: IsmsConfig): string | undefined {
  const c = config.certification;
  if (!c) return undefined;
  return c.decision ?? c.issued ?? c.audits.find((a) => a.type === 'certification' || a.type === 'recertification')?.date;
}

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
  /** the worst state of its audits; `missing` = past or current month without one, `future-empty` = nothing planned yet */
  state: AuditState | 'missing' | 'future-empty';
  /** an external audit falls in this month: the one month a monthly programme may leave free */
  externalAudit?: string;
  /** audits held later that make up for this month (`catch-up-for:`); they count here, not in their own month */
  catchUps?: IsmsRecord[];
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

const STATE_ORDER: readonly (AuditState | 'missing' | 'future-empty')[] = [
  'overdue',
  'in-progress',
  'planned',
  'unknown',
  'done',
  'cancelled',
];

/** The internal audits month by month, from `from` (YYYY-MM) for `months` months (fewer when 9999-12 comes first). */
export function auditProgramme(ws: CycleSource, from: string, months: number, today: string): ProgrammeMonth[] {
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

/** Days from today to a date (negative when past). */
export const daysUntil = (today: string, d: string): number => daysBetween(today, d);
