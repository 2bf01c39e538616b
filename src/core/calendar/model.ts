/**
 * Builds the calendar and timeline model from a workspace on a given day. The months come from the
 * same `auditProgramme` as the tree view and `isms plan`, so the three never disagree about a month.
 */
import { phishingTrend } from '../awareness/phishing';
import {
  auditProgramme,
  cycleMilestones,
  cycleStart,
  milestoneName,
  nextExternalAudit,
  type CycleSource,
  type Milestone,
} from '../cycle/cycle';
import { auditDate, auditState, caState, isOpenCorrectiveAction } from '../cycle/state';
import { MAX_DATE, MIN_DATE, daysBetween, daysInMonth, monthOf, monthsBetween, plusMonthKey } from '../dates';
import { canonicalId, lookupEntry } from '../model/catalogues';
import { CYCLE_AUDIT_TYPES, type IsmsConfig } from '../model/config';
import { listedCatalogues } from '../model/standards';
import { date, ids, text } from '../model/fields';
import type { IsmsRecord } from '../model/types';
import { coverageStatus, standardsCoverage } from '../cycle/coverage';
import { reviewTitle, scheduledReviews, type ScheduledReview } from '../documents/scheduledReviews';
import type { ActivityStatus } from '../controls/activities';
import { activityOccurrences, evidenceRenewals } from '../controls/calendar';
import { ismsControlOperations, type ControlOperations } from '../controls/operation';
import {
  CALENDAR_MODEL_VERSION,
  type AuditChip,
  type CalendarMarker,
  type CalendarModel,
  type CalendarMonth,
  type CalendarTimeline,
  type CoverageItem,
  type ControlItem,
  type CoverageStandard,
  type DocumentReviewMarker,
  type TimelineItem,
} from './types';

/** How many months the calendar shows at once. */
export const CALENDAR_WINDOW = 12;
/** The default window starts this many months before the current one, so recent gaps stay in view. */
const MONTHS_BEFORE_TODAY = 2;

const EXTERNAL_TYPES: ReadonlySet<string> = new Set([...CYCLE_AUDIT_TYPES, 'certificate-expiry']);

/** Departments that own a control in `scope`, in the order of isms.yaml. */
function owningDepartments(config: IsmsConfig, scope: readonly string[]): string[] {
  const canonical = new Set(scope.map((id) => lookupEntry(id)?.entry.id ?? id));
  return config.departments.filter((d) => d.owns.some((id) => canonical.has(lookupEntry(id)?.entry.id ?? id))).map((d) => d.id);
}

function departmentsOf(config: IsmsConfig, audit: IsmsRecord): { department?: string; departments: string[] } {
  const explicit = text(audit, 'department');
  const owners = owningDepartments(config, ids(audit, 'scope'));
  const departments = explicit ? [explicit, ...owners.filter((d) => d !== explicit)] : owners;
  return departments.length ? { department: departments[0], departments } : { departments };
}

function chipOf(config: IsmsConfig, audit: IsmsRecord, today: string): AuditChip {
  const state = auditState(audit, today);
  return {
    id: audit.id ?? '',
    title: text(audit, 'title') ?? '',
    state,
    ...departmentsOf(config, audit),
    date: auditDate(audit) ?? '',
    // a planned audit moves, and so does an overdue one (ISMS101 says: hold it or re-plan it); a done,
    // cancelled or running one is history or under way
    movable: (state === 'planned' || state === 'overdue') && audit.id !== undefined && date(audit, 'planned') !== undefined,
    file: audit.file,
    line: audit.anchor.start.line,
  };
}

function markerOf(m: Milestone): CalendarMarker {
  return {
    type: m.type,
    label: m.label,
    date: m.date,
    status: m.status,
    ...(m.location ? { file: m.location.file, line: m.location.range.start.line } : {}),
  };
}

/**
 * The calendar reaches at most this many years either side of today, whatever isms.yaml says: a cycle
 * is three years, and dates like 1000-01-01 or 9999-12-31 must not make a reply of 108,000 months.
 */
export const CALENDAR_MAX_YEARS = 10;

/** The months the calendar can scroll through: the cycle, widened to hold a year around today, within ±CALENDAR_MAX_YEARS. */
function monthRange(ws: CycleSource, today: string): { from: string; count: number; initialIndex: number } {
  const thisMonth = monthOf(today);
  const start = cycleStart(ws.config);
  const end = ws.config.certification?.expires;
  let from = start ? monthOf(start) : plusMonthKey(thisMonth, -MONTHS_BEFORE_TODAY);
  let to = end ? monthOf(end) : plusMonthKey(thisMonth, CALENDAR_WINDOW - 1 - MONTHS_BEFORE_TODAY);
  const windowStart = plusMonthKey(thisMonth, -MONTHS_BEFORE_TODAY);
  const windowEnd = plusMonthKey(windowStart, CALENDAR_WINDOW - 1);
  if (windowStart < from) from = windowStart;
  if (windowEnd > to) to = windowEnd;
  const earliest = plusMonthKey(thisMonth, -12 * CALENDAR_MAX_YEARS);
  const latest = plusMonthKey(thisMonth, 12 * CALENDAR_MAX_YEARS);
  if (from < earliest) from = earliest;
  if (to > latest) to = latest;
  const count = monthsBetween(`${from}-01`, `${to}-01`) + 1;
  // the default window: two months back from today, but never past the end of the range
  const initialIndex = Math.max(0, Math.min(monthsBetween(`${from}-01`, `${windowStart}-01`), count - CALENDAR_WINDOW));
  return { from, count, initialIndex };
}

function documentReviewOf(r: ScheduledReview): DocumentReviewMarker {
  return {
    id: r.record.id ?? '',
    title: reviewTitle(r),
    date: r.date,
    state: r.state,
    file: r.record.file,
    line: r.record.anchor.start.line,
  };
}

const ownId = (rec: IsmsRecord): string => rec.id ?? '';
const ownTitle = (rec: IsmsRecord): string => text(rec, 'title') ?? rec.id ?? '';

/** The due dates of `activities` from `from` to `to` (both inclusive), with their proof (`occurrencesWithProof`). */
function activityItems(ws: CycleSource, activities: readonly ActivityStatus[], from: string, to: string, today: string): ControlItem[] {
  return activityOccurrences(activities, from, to, today).map(({ activity, occurrence, state }): ControlItem => {
    const controls = ids(activity.record, 'controls')
      .filter((c) => c !== '')
      .map((c) => canonicalId(c));
    return {
      kind: 'activity-due',
      id: ownId(activity.record),
      title: ownTitle(activity.record),
      date: occurrence.date,
      state,
      controls,
      departments: owningDepartments(ws.config, controls),
      file: activity.record.file,
      line: activity.record.anchor.start.line,
    };
  });
}

/** The evidence running out from `from` to `to` (both inclusive), as `evidenceRenewals` selects it. */
function renewalItems(ws: CycleSource, ops: ControlOperations, from: string, to: string): ControlItem[] {
  return evidenceRenewals(ops, ws.config.evidence.warnDays)
    .filter((r) => r.date >= from && r.date <= to)
    .map(({ evidence: e, date: d, renewalDue }): ControlItem => ({
      kind: 'evidence-renewal',
      id: ownId(e.record),
      title: ownTitle(e.record),
      date: d,
      state: e.validity.state as ControlItem['state'],
      renewalDue,
      controls: e.controls,
      departments: owningDepartments(ws.config, e.controls),
      file: e.record.file,
      line: e.record.anchor.start.line,
    }));
}

const byDate = (a: ControlItem, b: ControlItem): number =>
  a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);

/** Control activities due and evidence running out from `from` to `to` (both inclusive), by date. */
export function controlItems(ws: CycleSource, ops: ControlOperations, from: string, to: string, today: string): ControlItem[] {
  return [...activityItems(ws, ops.activities, from, to, today), ...renewalItems(ws, ops, from, to)].sort(byDate);
}

function calendarMonths(ws: CycleSource, ops: ControlOperations, today: string, from: string, count: number): CalendarMonth[] {
  const milestones = cycleMilestones(ws, today);
  const reviews = scheduledReviews(ws, today).map(documentReviewOf);
  const lastMonth = plusMonthKey(from, count - 1);
  const controls = controlItems(ws, ops, `${from}-01`, `${lastMonth}-${String(daysInMonth(lastMonth)).padStart(2, '0')}`, today);
  const thisMonth = monthOf(today);
  return auditProgramme(ws, from, count, today).map((pm) => {
    const inMonth = milestones.filter((m) => monthOf(m.date) === pm.month);
    const audits = pm.audits.map((a) => chipOf(ws.config, a, today));
    const documentReviews = reviews
      .filter((r) => monthOf(r.date) === pm.month)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    return {
      month: pm.month,
      state: pm.state,
      audits,
      empty: audits.every((a) => a.state === 'cancelled'),
      externalAudits: inMonth.filter((m) => EXTERNAL_TYPES.has(m.type)).map(markerOf),
      managementReviews: inMonth.filter((m) => m.type === 'management-review').map(markerOf),
      documentReviews,
      controlItems: controls.filter((c) => monthOf(c.date) === pm.month),
      isCurrent: pm.month === thisMonth,
    };
  });
}

/**
 * Every listed standard's coverage (see `standardsCoverage`) as strip items: the certifiable standards'
 * scope, and the articles or sections of a law that audits named. The same scope as rule ISMS105.
 */
export function coverage(ws: CycleSource, today: string): CoverageItem[] {
  const owners = (id: string): string[] =>
    ws.config.departments.filter((d) => d.owns.some((o) => (lookupEntry(o)?.entry.id ?? o) === id)).map((d) => d.id);
  return standardsCoverage(ws, today).flatMap((standard) =>
    standard.entries.map((e): CoverageItem => {
      const last = e.audits[e.audits.length - 1];
      const by = last ?? e.planned;
      return {
        standard: standard.key,
        id: e.id,
        title: e.title,
        kind: e.kind,
        group: e.kind === 'control' ? (e.group ?? 'Annex A') : (e.group ?? 'Clauses'),
        status: coverageStatus(e),
        ...(by ? { auditId: by.id } : {}),
        departments: owners(e.id),
      };
    }),
  );
}

/** The timeline's document reviews: like a management review, on the road when ahead of the external audit, or when overdue. */
function documentReviewItems(ws: CycleSource, today: string, within: (d: string) => boolean): TimelineItem[] {
  return scheduledReviews(ws, today)
    .filter((r) => within(r.date) || r.state === 'overdue')
    .map((r) => ({
      kind: 'document-review',
      ...(r.record.id !== undefined ? { id: r.record.id } : {}),
      title: reviewTitle(r),
      date: r.date,
      daysLeft: daysBetween(today, r.date),
      state: r.state,
      overdue: r.state === 'overdue',
      departments: [],
      file: r.record.file,
      line: r.record.anchor.start.line,
    }));
}

/**
 * The timeline's control items: each activity's last due occurrence when it is due or overdue, and its
 * next due date when ahead of the external audit; each evidence renewal ahead of the external audit, and
 * expired evidence that nothing replaced (`evidenceRenewals`).
 */
function controlTimelineItems(ws: CycleSource, ops: ControlOperations, today: string, to: string | undefined): TimelineItem[] {
  const shown: ControlItem[] = [];
  for (const a of ops.activities) {
    if (!a.plan || a.next === undefined) continue;
    // the last due occurrence and the next one: the two the road needs
    for (const i of activityItems(ws, [a], a.lastDue?.date ?? a.next, a.next, today)) {
      const late = i.date === a.lastDue?.date && (i.state === 'overdue' || i.state === 'due');
      if (late || (i.date === a.next && (to === undefined || i.date <= to))) shown.push(i);
    }
  }
  shown.push(...renewalItems(ws, ops, MIN_DATE, to ?? MAX_DATE).filter((r) => r.date >= today || r.state === 'expired'));
  return shown.map((i) => ({
    kind: i.kind,
    ...(i.id ? { id: i.id } : {}),
    title: i.title,
    date: i.date,
    daysLeft: daysBetween(today, i.date),
    state: i.state,
    overdue: i.state === 'overdue' || i.state === 'expired',
    ...(i.departments.length ? { department: i.departments[0] } : {}),
    departments: i.departments,
    file: i.file,
    line: i.line,
  }));
}

function timeline(ws: CycleSource, ops: ControlOperations, today: string): CalendarTimeline {
  const next = nextExternalAudit(ws, today);
  const to = next?.date;
  const within = (d: string | undefined): boolean => d !== undefined && d >= today && (to === undefined || d <= to);
  const items: TimelineItem[] = [];
  for (const m of cycleMilestones(ws, today)) {
    if (m.status === 'cancelled') continue;
    // an overdue milestone (a review not yet held) belongs on the road as much as a future one
    if (!within(m.date) && m.status !== 'overdue') continue;
    items.push({
      kind: m.type === 'management-review' ? 'management-review' : 'milestone',
      title: m.label,
      date: m.date,
      daysLeft: daysBetween(today, m.date),
      state: m.status,
      overdue: m.status === 'overdue',
      departments: [],
      ...(m.location ? { file: m.location.file, line: m.location.range.start.line } : {}),
    });
  }
  for (const audit of ws.records('internal-audit')) {
    const chip = chipOf(ws.config, audit, today);
    if (chip.state === 'done' || chip.state === 'cancelled' || !chip.date) continue;
    if (!within(chip.date) && chip.state !== 'overdue') continue;
    items.push({
      kind: 'internal-audit',
      ...(chip.id ? { id: chip.id } : {}),
      title: chip.title || chip.id,
      date: chip.date,
      daysLeft: daysBetween(today, chip.date),
      state: chip.state,
      overdue: chip.state === 'overdue',
      ...(chip.department ? { department: chip.department } : {}),
      departments: chip.departments,
      file: chip.file,
      line: chip.line,
    });
  }
  items.push(...documentReviewItems(ws, today, within));
  items.push(...controlTimelineItems(ws, ops, today, to));
  let open = 0;
  let overdue = 0;
  for (const ca of ws.records('corrective-action')) {
    if (!isOpenCorrectiveAction(ca)) continue;
    const state = caState(ca, today);
    const due = date(ca, 'due');
    open++;
    if (state === 'overdue') overdue++;
    items.push({
      kind: 'corrective-action',
      ...(ca.id ? { id: ca.id } : {}),
      title: text(ca, 'title') ?? ca.id ?? '',
      ...(due ? { date: due, daysLeft: daysBetween(today, due) } : {}),
      state,
      overdue: state === 'overdue',
      departments: [],
      file: ca.file,
      line: ca.anchor.start.line,
    });
  }
  // undated items (a CA without a due date) last; otherwise by date, then kind, then title
  items.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title),
  );
  return {
    from: today,
    ...(next ? { target: { ...markerOf(next), name: milestoneName(next), daysLeft: daysBetween(today, next.date) } } : {}),
    items,
    openCorrectiveActions: open,
    overdueCorrectiveActions: overdue,
  };
}

/** The standards the coverage strip can show, in the order of isms.yaml. */
function coverageStandards(ws: CycleSource): CoverageStandard[] {
  return listedCatalogues(ws.config.standards).map((c) => ({ key: c.key, name: c.name, certifiable: c.certifiable }));
}

/** The whole model of the calendar webview for one ISMS on `today`. */
export function calendarModel(ws: CycleSource & { root: string }, today: string): CalendarModel {
  const { from, count, initialIndex } = monthRange(ws, today);
  const start = cycleStart(ws.config);
  const ops = ismsControlOperations(ws, today);
  return {
    version: CALENDAR_MODEL_VERSION,
    root: ws.root,
    ...(ws.config.organisation ? { organisation: ws.config.organisation } : {}),
    today,
    months: calendarMonths(ws, ops, today, from, count),
    initialIndex,
    departments: ws.config.departments.map((d) => d.id),
    coverage: coverage(ws, today),
    coverageStandards: coverageStandards(ws),
    ...(start ? { coverageFrom: start } : {}),
    timeline: timeline(ws, ops, today),
    phishing: phishingTrend(ws, today, `${from}-01`),
  };
}
