/**
 * The custom messages between the ISMS language server and the VS Code client (tree view, status bar,
 * commands), declared once and imported by both sides. Types only (plus two string tables): the
 * request map `IsmsRequests` names each method with its parameters and result; the server registers a
 * handler per method (src/server/requests/index.ts), the client calls `request(method, params)` on its
 * ServerProxy. Nothing here is a value of the LSP packages, so the activation bundle stays free of them.
 * Everything is plain JSON: URIs are strings, positions zero-based (LSP).
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import type { PhishingPoint } from '../core/awareness/phishing';
import type { TrainingStatus } from '../core/awareness/training';
import type { CalendarModel } from '../core/calendar/types';
import type { CoverageStatus } from '../core/cycle/coverage';
import type { Milestone, MilestoneType, ProgrammeMonth } from '../core/cycle/cycle';
import type { AuditPlanMonth as CoreAuditPlanMonth, AuditPlanSlot } from '../core/cycle/auditPlanning';
import type { AuditState, CaState, ReviewState } from '../core/cycle/state';
import type { DocumentReviewState } from '../core/documents/register';

export type { CalendarModel, MilestoneType, Position, Range, TextEdit };

/** Where a record (or a milestone) is written: the file URI and the range to reveal. */
export interface RecordLocation {
  uri: string;
  range: Range;
}

// ---------------------------------------------------------------------------------------------------
// isms/tree — the audit-cycle tree view

export interface TreeMilestone {
  type: MilestoneType;
  date: string;
  status: Milestone['status'];
  label: string;
  location?: RecordLocation;
}

export interface TreeAudit {
  id: string;
  title: string;
  /** planned (or performed) date, YYYY-MM-DD, when known */
  date?: string;
  state: AuditState;
  location: RecordLocation;
}

export interface TreeProgrammeMonth {
  /** YYYY-MM */
  month: string;
  state: ProgrammeMonth['state'];
  audits: TreeAudit[];
  /** label of an external audit in this month (the one month a monthly programme may leave free) */
  externalAudit?: string;
  /** in a gap of the programme ISMS103 reports (programmeGaps): a warning when past, a note when ahead */
  gap?: true;
}

export interface TreeCorrectiveAction {
  id: string;
  title: string;
  status: string;
  due?: string;
  owner?: string;
  /** `unknown`: the status is written but cannot be read (ISMS006); shown apart, neither open nor closed */
  state: Exclude<CaState, 'closed' | 'cancelled'>;
  location: RecordLocation;
}

export interface TreeManagementReview {
  id: string;
  title: string;
  date?: string;
  /** the status as written (or what an unwritten one means) */
  status: string;
  /** what the engine makes of the review (reviewState): a blank review marked done is `not-held` */
  state: ReviewState;
  location: RecordLocation;
}

/** A person on the roster overdue on training (ISMS502), in the per-department view. */
export interface TreePerson {
  id: string;
  name: string;
  /** when the training was due; absent when the person has never been trained and has no `joined:` */
  due?: string;
  basis: TrainingStatus['basis'];
  location: RecordLocation;
}

/** One department of isms.yaml (5.3) with what its owner has to look after. */
export interface TreeDepartment {
  id: string;
  owner?: string;
  /** its entry in isms.yaml */
  location: RecordLocation;
  /** open corrective actions it owns (by `department:` or owner), overdue first */
  correctiveActions: TreeCorrectiveAction[];
  /** how many controls it owns */
  ownedControls: number;
  /** owned controls without an internal audit in the last 12 months; absent while the ISMS is under a year old */
  unauditedControls?: string[];
  /** its people overdue on training */
  trainingOverdue: TreePerson[];
}

/** One catalogue entry of the coverage branch: a clause, a control, an article, a section. */
export interface TreeCoverageEntry {
  id: string;
  title: string;
  status: CoverageStatus;
  /** the last done audit that covered it, else the audit planned to cover it */
  audit?: { id: string; date: string; location: RecordLocation };
  /** ids of other standards a mapping relates it to (ISO/IEC 27701 Annex D ↔ GDPR) */
  related?: readonly string[];
}

/** Internal-audit coverage of one listed standard over the certification cycle. */
export interface TreeStandardCoverage {
  key: string;
  name: string;
  /** false for a law (GDPR, POPIA): its entries are what audits named, informational */
  certifiable: boolean;
  /** start of the cycle the coverage counts from, when isms.yaml has one */
  from?: string;
  audited: number;
  total: number;
  /** in catalogue order */
  entries: TreeCoverageEntry[];
}

/** An awareness record in the Awareness branch: a poster, communication, phishing simulation, training or refresher. */
export interface TreeAwarenessActivity {
  id: string;
  title: string;
  /** its `type:` as written */
  type?: string;
  date: string;
  location: RecordLocation;
}

/** One calendar month of the awareness programme. */
export interface TreeAwarenessMonth {
  /** YYYY-MM */
  month: string;
  activities: TreeAwarenessActivity[];
  /** empty and inside a gap ISMS501 reports */
  gap: boolean;
  /** today's month, not over yet */
  current: boolean;
}

/** One phishing simulation: the core's counts and rates (0–1), its anchor as a location. */
export type TreePhishingSimulation = Omit<PhishingPoint, 'id' | 'title' | 'file' | 'line'> & {
  id: string;
  title: string;
  location: RecordLocation;
};

/** The awareness programme (7.3, A.6.3): the last twelve months and this one, phishing, training overdue. */
export interface TreeAwareness {
  cadenceMonths: number;
  /** false while a gap ISMS501 reports is still open */
  cadenceMet: boolean;
  lastActivity?: TreeAwarenessActivity;
  /** the twelve complete months before today's month, oldest first, then today's month */
  months: TreeAwarenessMonth[];
  /** the simulations of those months, oldest first */
  phishing: TreePhishingSimulation[];
  /** the trend sentence; absent with fewer than two measured simulations */
  phishingTrend?: string;
  /** people overdue on training; absent when there is no roster of people */
  trainingOverdue?: TreePerson[];
}

/** One document of the register (7.5.2, 7.5.3, A.5.1): the core's register entry as plain JSON. */
export interface TreeDocument {
  id: string;
  title: string;
  /** policy | procedure | plan | standard | guideline | … as written */
  type?: string;
  version?: string;
  /** lower case, `in review` read as `in-review` */
  status?: string;
  owner?: string;
  approver?: string;
  approved?: string;
  review: {
    state: DocumentReviewState;
    /** the date the last review counts from (`reviewed:`, else `approved:`) */
    last?: string;
    /** when the next review is due */
    next?: string;
    months: number;
  };
  /** draft or in review */
  awaitingApproval: boolean;
  /** approved without approver or approval date (ISMS902) */
  approvalIncomplete: boolean;
  /** known only where the version history was read (the CLI's ISMS906); absent in the editor or without a change */
  changedSinceApproval?: { approvedIn: string; approvedOn: string; changedIn: string; changedOn: string };
  /** who of the audience acknowledged the current version; absent without an audience or approval */
  acknowledgement?: { version?: string; expected: number; acknowledged: number; pending: number; overdue: number };
  location: RecordLocation;
}

/** A mandatory item of documented information nothing in the folder satisfies (4.3, 5.2, 6.1.2, …). */
export interface TreeMandatoryItem {
  standard: string;
  clause: string;
  title: string;
}

/**
 * The Documents branch: the document register and the groups a compliance manager works from. Each
 * group holds copies of the register's entries; `changedSinceApproval` is absent when the history is
 * not known (the editor reads no git history), so an empty group never claims "nothing changed".
 */
export interface TreeDocuments {
  /** every document, by id */
  all: TreeDocument[];
  /** approved and overdue or due within 30 days, the earliest next review first */
  dueForReview: TreeDocument[];
  /** draft or in review */
  awaitingApproval: TreeDocument[];
  /** approved, the text changed after the approval (only where the version history was read) */
  changedSinceApproval?: TreeDocument[];
  /** approved with people of the audience who have not acknowledged the current version */
  acknowledgementGaps: TreeDocument[];
  /** mandatory documented information that nothing satisfies */
  mandatoryMissing: TreeMandatoryItem[];
}

export interface TreeRoot {
  /** URI of the folder holding isms.yaml */
  rootUri: string;
  /** organisation from isms.yaml, else the folder name */
  name: string;
  /** the `today` the server computed with (the setting or the real date) */
  today: string;
  /** catalogue keys (`iso27001:2022`, `iso22301:2019`) of isms.yaml `standards:` the engine knows, in its order */
  standards: string[];
  milestones: TreeMilestone[];
  /** the audit programme, month by month, around today */
  programme: TreeProgrammeMonth[];
  correctiveActions: {
    overdue: TreeCorrectiveAction[];
    dueSoon: TreeCorrectiveAction[];
    open: TreeCorrectiveAction[];
    /** actions whose status cannot be read (ISMS006): not counted open, not hidden either */
    unknown?: TreeCorrectiveAction[];
  };
  managementReviews: TreeManagementReview[];
  /** isms.yaml `departments:`, each with its actions, unaudited controls and people overdue on training */
  departments: TreeDepartment[];
  /** internal-audit coverage of each standard in isms.yaml `standards:` this certification cycle */
  coverage: TreeStandardCoverage[];
  /** the awareness programme: months, phishing simulations, people overdue on training */
  awareness: TreeAwareness;
  /** the document register: due for review, awaiting approval, acknowledgement gaps, mandatory items missing */
  documents: TreeDocuments;
}

export interface TreeResult {
  /** false while the first index of the workspace is still being built */
  ready: boolean;
  roots: TreeRoot[];
}

// ---------------------------------------------------------------------------------------------------
// isms/status — the status bar item

export interface StatusResult {
  ready: boolean;
  /** number of ISMS roots found */
  roots: number;
  today: string;
  /** the nearest planned external audit over all roots */
  nextExternalAudit?: { label: string; date: string; daysUntil: number; rootUri: string; location?: RecordLocation };
  openCorrectiveActions: number;
  overdueCorrectiveActions: number;
  /** what the engine reports overdue over all roots (overdueCounts): actions, internal audits, management reviews */
  overdue: { total: number; correctiveActions: number; internalAudits: number; managementReviews: number };
  errors: number;
  warnings: number;
  /** files that do not parse now, whose records are kept as last read (issue 15.3), relative to their root */
  staleFiles: string[];
}

// ---------------------------------------------------------------------------------------------------
// isms/findingsWithoutCa — the "Log corrective action" QuickPick of source findings

export interface FindingSummary {
  id: string;
  text: string;
  /** major-nc | minor-nc | observation | opportunity */
  type: string;
  auditId?: string;
  rootUri: string;
  location: RecordLocation;
}

export interface FindingsWithoutCaParams {
  /** limit to one root (URI); all roots when absent */
  rootUri?: string;
}

// ---------------------------------------------------------------------------------------------------
// isms/records — pickers

export interface RecordSummary {
  id: string;
  kind: string;
  title: string;
  status?: string;
  rootUri: string;
  location: RecordLocation;
}

export interface AuditPlanParams {
  rootUri?: string;
  /** YYYY-MM: only this month; without it, the programme's months without an audit */
  month?: string;
}

/**
 * A month to plan an internal audit for: the months from this one on first (calendar order), then the
 * past ones (`past`, most recent first), for which the audit is a catch-up held in one of `slots`.
 */
export type AuditPlanMonth = CoreAuditPlanMonth & { rootUri: string };
export type { AuditPlanSlot };

export interface RecordsParams {
  kind?: string;
  rootUri?: string;
}

// ---------------------------------------------------------------------------------------------------
// isms/computeEdit — the server computes text edits that keep comments and formatting; the CLIENT
// applies them as one WorkspaceEdit (so one Undo reverts them). The server never writes files.

export type EditOperation =
  | {
      /** append a corrective action to the root's corrective-action register (created when there is none),
       * and link the source finding back to it (`corrective-action:`) when the finding has none */
      op: 'appendCorrectiveAction';
      rootUri: string;
      record: Record<string, unknown>;
    }
  | {
      /** set a field of a record, by id; path relative to the record, e.g. ['status'] or
       * ['findings', 2, 'corrective-action'] */
      op: 'setField';
      id: string;
      path: (string | number)[];
      value: unknown;
    }
  | {
      /** several top-level fields of a record, by id, as one edit (one Undo) */
      op: 'setFields';
      id: string;
      fields: [string, unknown][];
    }
  | {
      /** a new Markdown record file in `folder` (relative to the root, e.g. 'audits'); never overwrites */
      op: 'newRecordFile';
      rootUri: string;
      kind: string;
      record: Record<string, unknown>;
      folder: string;
      body?: string;
      /** the new file's name without `.md` (made safe, never an existing name); the record's id when absent */
      fileName?: string;
    }
  | {
      /**
       * a document reviewed on `date`: `reviewed:` set; with `raise`, the version raised — an approved
       * document then goes back to `status: in-review` (the new version is not approved yet; `approved:`
       * stays the previous version's until its approval), and `material-change:` says whether it is major
       */
      op: 'markDocumentReviewed';
      id: string;
      date: string;
      raise?: 'minor' | 'major';
    };

export interface FileEdits {
  uri: string;
  /** against the text the server holds for the file (the open buffer, else the file on disk) */
  edits: TextEdit[];
  /** the open document's version the edits were computed for, when the file is open */
  version?: number;
  /** textBasis() of the text the edits were computed against: the client refuses them if the file changed since */
  basis?: string;
}

export interface ComputeEditResult {
  /** the main file edited (absent when a new file is created) */
  uri?: string;
  edits?: TextEdit[];
  /** textBasis() of the text `edits` were computed against (see FileEdits.basis) */
  basis?: string;
  /** a file to create with this text (the client must create it with `ignoreIfExists: false, overwrite: false`) */
  newFileUri?: string;
  newFileText?: string;
  /** edits in other files that belong to the same operation (e.g. the finding linked to its new CA) */
  otherEdits?: FileEdits[];
  /** where the new or changed record will be, after the edits are applied: the line to reveal */
  reveal?: RecordLocation;
  /** set when the operation cannot be done; nothing else is set then */
  error?: string;
}

// ---------------------------------------------------------------------------------------------------
// isms/calendar — the audit calendar and timeline of one ISMS root (file keys as URIs)

export interface CalendarParams {
  rootUri: string;
}

// ---------------------------------------------------------------------------------------------------
// isms/export — the iCalendar audit plan or the management review pack of one root, as text

export interface ExportParams {
  rootUri: string;
  what: 'ics' | 'review-pack';
}

export interface ExportResult {
  /** the file name to offer, e.g. isms-audit-plan.ics */
  fileName: string;
  /** the .ics text, or the review pack as Markdown */
  text: string;
  /** the review pack as a standalone HTML page */
  html?: string;
}

// ---------------------------------------------------------------------------------------------------
// Commands the client implements; the server emits them in code actions.

export { CORRECTIVE_ACTION_ASKS, type CorrectiveActionAsk } from '../core/edit/correctiveAction';

export const ClientCommands = {
  /** args: [{ findingId: string }] */
  logCorrectiveAction: 'isms.logCorrectiveAction',
  /** args: [{ caId: string }] */
  followUpCorrectiveAction: 'isms.followUpCorrectiveAction',
  /** args: [{ caId: string }] */
  closeCorrectiveAction: 'isms.closeCorrectiveAction',
  /** args: [{ caId: string; fields: CorrectiveActionAsk[] }]: asks the user for each value, then writes them as one edit */
  setCorrectiveActionField: 'isms.setCorrectiveActionField',
  /** args: [{ month: string; catchUpFor?: string; planned?: string }] with months as YYYY-MM: asks the date, title, scope and auditor */
  planInternalAudit: 'isms.planInternalAudit',
  /** args: [{ auditId: string }]: asks the date the audit was performed, then records it (status done) */
  recordAuditPerformed: 'isms.recordAuditPerformed',
  /** args: [{ documentId: string }] */
  markDocumentReviewed: 'isms.markDocumentReviewed',
} as const;

/** The settings section the server pulls with workspace/configuration. */
export const SETTINGS_SECTION = 'isms';

// ---------------------------------------------------------------------------------------------------
// isms/rules — the rule list for "Open rule documentation": the client does not bundle the rules

export interface RuleDoc {
  /** ISMS101 */
  code: string;
  /** slug, e.g. internal-audit-overdue */
  name: string;
  description: string;
  /** the requirement the rule encodes, e.g. 'ISO/IEC 27001:2022 9.2.2' */
  clause: string;
  /** the rule's entry in the online docs/rules.md */
  url: string;
}

// ---------------------------------------------------------------------------------------------------
// isms/controls — the Controls view (issue 18.4): each applicable control of the SoA with its one state

/** src/core/controls/controlState.ts ControlState, worst first */
export type TreeControlState = 'failing' | 'not-shown' | 'attention' | 'not-tracked' | 'operating';

export interface TreeControlReason {
  text: string;
  /** the state this reason leads to; absent for a note */
  weighs?: TreeControlState;
}

export interface TreeControlEvidence {
  id: string;
  title: string;
  state: 'current' | 'renewal-due' | 'expired' | 'future' | 'unknown';
  effective?: string;
  validUntil?: string;
  /** `location:` as written (a path or a URL), shown as text */
  where?: string;
  /** the file `location:` names, when it is a relative path inside the ISMS root: clicking opens it */
  file?: string;
  location: RecordLocation;
}

export interface TreeControlActivity {
  id: string;
  title: string;
  state: 'unknown' | 'not-started' | 'on-track' | 'due' | 'overdue';
  lastDue?: string;
  next?: string;
  location: RecordLocation;
}

export interface TreeControl {
  id: string;
  title: string;
  state: TreeControlState;
  reasons: TreeControlReason[];
  implementation?: string;
  documents: string[];
  evidence: TreeControlEvidence[];
  activities: TreeControlActivity[];
  lastAudit?: { id: string; date: string; location: RecordLocation };
  plannedAudit?: { id: string; date: string; location: RecordLocation };
  correctiveActions: { id: string; title: string; state: string; due?: string; location: RecordLocation }[];
  soa: RecordLocation;
}

export interface ControlsRoot {
  rootUri: string;
  name: string;
  today: string;
  /** whether the root has a Statement of Applicability */
  soa: boolean;
  counts: Record<TreeControlState, number>;
  standards: { key: string; name: string; groups: { group: string; name: string; controls: TreeControl[] }[] }[];
}

export interface ControlsResult {
  ready: boolean;
  roots: ControlsRoot[];
}

// ---------------------------------------------------------------------------------------------------
// The request map: one entry per custom request. A new request is an entry here, a module in
// src/server/requests/ (listed in its index.ts), and the caller's `request(method, params)`.

export interface IsmsRequests {
  /** the audit-cycle tree view */
  'isms/tree': { params: void; result: TreeResult };
  /** the status bar item */
  'isms/status': { params: void; result: StatusResult };
  /** the "Log corrective action" QuickPick of source findings */
  'isms/findingsWithoutCa': { params: FindingsWithoutCaParams; result: FindingSummary[] };
  /** pickers: records by kind and root */
  'isms/records': { params: RecordsParams; result: RecordSummary[] };
  /** the months to plan an internal audit for, this month and later first, with proposed dates (issue 15.2) */
  'isms/auditPlan': { params: AuditPlanParams; result: AuditPlanMonth[] };
  /** the text edits of a command, computed (never applied) by the server */
  'isms/computeEdit': { params: EditOperation; result: ComputeEditResult };
  /** the calendar model of one root; null when the root is unknown */
  'isms/calendar': { params: CalendarParams; result: CalendarModel | null };
  /** the iCalendar plan or the review pack of one root; null when the root is unknown */
  'isms/export': { params: ExportParams; result: ExportResult | null };
  /** the rule list for "Open rule documentation" */
  'isms/rules': { params: void; result: RuleDoc[] };
  /** the Controls view: each applicable control's state and why, per root (issue 18.4) */
  'isms/controls': { params: void; result: ControlsResult };
}

export type IsmsRequestMethod = keyof IsmsRequests;
export type RequestParams<M extends IsmsRequestMethod> = IsmsRequests[M]['params'];
export type RequestResult<M extends IsmsRequestMethod> = IsmsRequests[M]['result'];
/** The arguments after the method: none for a request without parameters. */
export type RequestArgs<M extends IsmsRequestMethod> = RequestParams<M> extends void ? [] : [params: RequestParams<M>];

/** The custom notifications, server to client. */
export interface IsmsNotifications {
  /** sent after diagnostics are republished, so the client refreshes tree and status */
  'isms/didChangeTree': { ready: boolean };
}
