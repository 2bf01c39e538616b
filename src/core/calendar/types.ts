/**
 * The audit calendar and the external-audit timeline as plain JSON: what the webview draws. Computed
 * by the core from a workspace and a "today", sent as is to the webview (so no class, no Map, no Date).
 * `file` is the host's file key (a URI in the language server, a path in the CLI); `line` is zero-based.
 */
import type { AuditState, CaState } from '../cycle/state';
import type { MilestoneType } from '../cycle/cycle';
import type { PhishingPoint } from '../awareness/phishing';
export type { PhishingPoint };
import type { EntryKind } from '../model/catalogue';

export const CALENDAR_MODEL_VERSION = 1;

/** Where to open a record: the host's file key and the zero-based line of its anchor. */
export interface CalendarLocation {
  file: string;
  line: number;
}

export interface AuditChip extends CalendarLocation {
  id: string;
  title: string;
  state: AuditState;
  /** the `department` field, else the first department owning a control in the audit's scope */
  department?: string;
  /** every department the audit concerns (the field and the owners of its scope) */
  departments: string[];
  /** performed date if done, else planned date */
  date: string;
  /** planned and overdue audits (not performed) can be dragged or keyboard-moved to another month */
  movable: boolean;
}

export interface CalendarMarker extends Partial<CalendarLocation> {
  type: MilestoneType;
  label: string;
  date: string;
  status: 'done' | 'planned' | 'overdue' | 'cancelled';
}

/** `missing`: a past or current month in a gap ISMS103 reports; `no-audit`: empty, but no rule reports it (see ProgrammeMonth). */
export type MonthState = AuditState | 'missing' | 'no-audit' | 'future-empty';

/** An approved document's next review (A.5.1), on the date `documentReview` gives; drafts and retired ones have none. */
export interface DocumentReviewMarker extends CalendarLocation {
  /** the document's id ('' when it has none) */
  id: string;
  title: string;
  /** the next review date */
  date: string;
  state: 'ok' | 'due-soon' | 'overdue';
}

/** What a control item is: a recurring activity falling due, or a piece of evidence running out (issue 18.5). */
export type ControlItemKind = 'activity-due' | 'evidence-renewal';

/**
 * An activity's occurrence: `done` (proven by evidence), `due` (today), `overdue` (past, unproven), `planned`;
 * evidence on its last valid day: `current`, `renewal-due`, `expired`, `future` (as `evidenceValidity` says).
 */
export type ControlItemState = 'done' | 'due' | 'overdue' | 'planned' | 'current' | 'renewal-due' | 'expired' | 'future';

/** A control activity's due date or an evidence renewal (its last valid day); opens the activity or the evidence. */
export interface ControlItem extends CalendarLocation {
  kind: ControlItemKind;
  /** the activity's or the evidence's id ('' when it has none) */
  id: string;
  title: string;
  date: string;
  state: ControlItemState;
  /** for evidence: the first day its renewal is due (`evidence.warn-days` before `date`) */
  renewalDue?: string;
  /** the controls it concerns (canonical ids) */
  controls: string[];
  /** the departments owning those controls */
  departments: string[];
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  state: MonthState;
  audits: AuditChip[];
  /** no live (non-cancelled) audit in this month */
  empty: boolean;
  /** external audits and the certificate expiry in this month */
  externalAudits: CalendarMarker[];
  managementReviews: CalendarMarker[];
  /** approved documents whose next review falls in this month */
  documentReviews: DocumentReviewMarker[];
  /** control activities falling due and evidence running out in this month, by date */
  controlItems: ControlItem[];
  isCurrent: boolean;
}

import type { CoverageStatus } from '../cycle/coverage';
export type { CoverageStatus };

export interface CoverageItem {
  /** the standard's catalogue key, e.g. `iso27001:2022` */
  standard: string;
  /** `9.2.2`, `A.5.15`, `iso27701:A.7.2.8`, `gdpr:art-30` */
  id: string;
  title: string;
  kind: EntryKind;
  /** Annex A theme (or ISO/IEC 27701 `controller` / `processor`), a law's chapter, or 'Clauses' */
  group: string;
  status: CoverageStatus;
  /** the (last) audit that covered it, else the one planned to cover it */
  auditId?: string;
  /** departments that own the control (isms.yaml `departments[].owns`) */
  departments: string[];
}

export interface CoverageStandard {
  key: string;
  name: string;
  /** false for a law (GDPR, POPIA): its strip shows what audits touched, not a scope to cover */
  certifiable: boolean;
}

export type TimelineKind = 'milestone' | 'internal-audit' | 'management-review' | 'corrective-action' | 'document-review' | ControlItemKind;

export interface TimelineItem extends Partial<CalendarLocation> {
  kind: TimelineKind;
  id?: string;
  title: string;
  /** undefined only for a corrective action without a due date */
  date?: string;
  /** from today to `date` (negative when past) */
  daysLeft?: number;
  /** the audit / CA / milestone / document-review state, as the calendar names it */
  state: AuditState | CaState | CalendarMarker['status'] | DocumentReviewMarker['state'] | ControlItemState;
  overdue: boolean;
  department?: string;
  departments: string[];
}

export interface CalendarTimeline {
  from: string;
  /** the next external audit, the end of the timeline; absent when none is planned */
  /** `name`: the audit in running text, "second surveillance audit" (cycleAuditName) */
  target?: CalendarMarker & { daysLeft: number; name: string };
  items: TimelineItem[];
  openCorrectiveActions: number;
  overdueCorrectiveActions: number;
}

export interface CalendarModel {
  version: typeof CALENDAR_MODEL_VERSION;
  /** the ISMS root this model belongs to (host file key / URI) */
  root: string;
  organisation?: string;
  today: string;
  /** every month of the three-year cycle (or at least the 12 around today), oldest first */
  months: CalendarMonth[];
  /** index into `months` of the first month the calendar shows by default (12 months from there) */
  initialIndex: number;
  departments: string[];
  /** every listed standard's items: the certifiable standards' scope, and what audits named of a law */
  coverage: CoverageItem[];
  /** the standards of `coverage`, in the order isms.yaml lists them */
  coverageStandards: CoverageStandard[];
  /** the period the coverage strip counts: cycle start to today */
  coverageFrom?: string;
  timeline: CalendarTimeline;
  /** the phishing simulations of the months the calendar spans, up to today, oldest first (7.3, 9.1) */
  phishing: PhishingPoint[];
}

export interface CalendarFilter {
  /** department id; undefined = all */
  department?: string;
  /** audit states to show; undefined or empty = all */
  states?: readonly AuditState[];
  /** which control items to show: one kind, or `none`; undefined = both */
  controlItems?: ControlItemKind | 'none';
}
