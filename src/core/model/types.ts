/**
 * The vocabulary of the core: positions, records, diagnostics. Pure data; nothing here knows of VS Code,
 * LSP or the file system. Positions are zero-based like LSP's, so the server passes them through unchanged.
 */

import type { Spelling } from './vocabulary';

export interface Position {
  /** zero-based line */
  line: number;
  /** zero-based UTF-16 column, as LSP and VS Code count */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * A file is named by a key the host chooses: an absolute path (the CLI and the language server, which maps
 * URIs to paths in src/server/uris.ts), a '/'-path in the tests' in-memory host.
 */
export type FileKey = string;

export interface Location {
  file: FileKey;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const RECORD_KINDS = [
  'internal-audit',
  'external-audit',
  'management-review',
  'corrective-action',
  'finding',
  'incident',
  'awareness',
  'risk',
  'soa',
  // privacy (GDPR, POPIA, ISO/IEC 27701) and business continuity (ISO 22301)
  'processing-activity',
  'dpia',
  'continuity-plan',
  'exercise',
  // the people side (issue 8): the roster awareness training is checked against
  'person',
  // documented information (issue 17): policies and procedures as tracked documents, and objectives (6.2)
  'document',
  'objective',
  // who acknowledged which document version on which date (A.5.1)
  'acknowledgement',
  // controls that operate (issue 18): what shows a control runs, and the recurring work that produces it (8.1, 9.1)
  'evidence',
  'control-activity',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A YAML value with where it was written: the key (for "this field is wrong") and the value. */
export interface FieldSource {
  keyRange: Range;
  valueRange: Range;
}

/**
 * One record: a Markdown file with front matter, one entry of a YAML register, or a finding nested in an
 * audit. `data` is the plain value (as YAML parsed it); `fields` says where each top-level key sits.
 */
export interface IsmsRecord {
  kind: RecordKind;
  /** the user's id; records without one are still checked (and reported) */
  id?: string;
  file: FileKey;
  /** the whole record: the front matter block or the register entry */
  range: Range;
  /** where a diagnostic about the record as a whole points: its id value, else its first line */
  anchor: Range;
  data: Readonly<Record<string, unknown>>;
  fields: Readonly<Record<string, FieldSource>>;
  /** for list-valued fields (findings, actions, scope): the range of each item */
  items: Readonly<Record<string, readonly Range[]>>;
  /** for a finding: the id of the audit (or review, exercise) that holds it */
  parentId?: string;
  /** Markdown `##` sections of the body, by normalised heading text (lower case, single spaces) */
  sections?: ReadonlyMap<string, Range>;
  /** of those, the ones with nothing but HTML comments (a template's prompts) under their heading */
  blankSections?: ReadonlySet<string>;
  /** values written in another word than the canonical one (`completed` for `done`), already read as it (vocabulary.ts) */
  spellings?: readonly Spelling[];
  /** a document's Markdown links (`[text](target)`, link definitions), as written, with where */
  links?: readonly DocumentLink[];
}

/**
 * A register file's own fields beside `isms:` and `records:` (the SoA's `version`, `approved`, …), read
 * like a record's: `kind` is the register's kind, `anchor` its `isms:` line, `data` and `fields` the other
 * top-level keys. It is not a record: it is not indexed and no record rule sees it.
 */
export type RegisterHeader = IsmsRecord;

export interface DocumentLink {
  /** the link destination as written (`../policies/access.md#scope`, `#scope`, `https://…`) */
  target: string;
  range: Range;
}

export interface RelatedInformation {
  location: Location;
  message: string;
}

/** What a quick fix needs to act on a diagnostic without re-deriving it. */
/** The corrective-action fields a quick fix asks the user for (edit/correctiveAction.ts keeps the list). */
export type CorrectiveActionAsk = 'owner' | 'due' | 'root-cause' | 'source' | 'cancel-reason' | 'effectiveness';

export type FixData =
  | { fix: 'log-corrective-action'; findingId: string }
  /** ISMS303: a follow-up (`updated:` today) is what clears a stale action */
  | { fix: 'follow-up-corrective-action'; caId: string }
  /** ISMS301: implement the action or agree a new due date; a follow-up alone leaves it overdue */
  | { fix: 'corrective-action-overdue'; caId: string }
  /** ISMS304: the action is already closed or verified; what is missing is the review of effectiveness */
  | { fix: 'record-effectiveness'; caId: string }
  /** ISMS302: the fields the user is asked for (owner, due, root-cause; cancel-reason for a cancelled action) */
  | { fix: 'complete-corrective-action'; caId: string; missing: CorrectiveActionAsk[] }
  /** ISMS306: the source names no record; the user picks the finding, incident or review (or other) */
  | { fix: 'choose-corrective-action-source'; caId: string }
  /** ISMS103: plan an audit for the month; for a past month, a catch-up this month or next (`catch-up-for:`) */
  | { fix: 'plan-internal-audit'; month: string }
  /** ISMS101: the audit is overdue: re-plan it to a date to come, or record it as performed (the user gives the date) */
  | { fix: 'internal-audit-overdue'; auditId: string }
  /** `from` / `to` name the editions when they are not ISO/IEC 27001:2013 → 2022 (ISO/IEC 27701:2019 → 2025) */
  | { fix: 'replace-legacy-control'; legacy: string; replacements: string[]; from?: string; to?: string }
  | { fix: 'mark-document-reviewed'; documentId: string }
  /** ISMS010: replace the written word (a value or a field name) by the standard term */
  | { fix: 'use-standard-term'; written: string; standard: string }
  /** ISMS011: rename a misspelt field */
  | { fix: 'rename-field'; from: string; to: string }
  /** ISMS006 (a value outside its list), ISMS004 (an unknown control id): the closest allowed values, closest first */
  | { fix: 'closest-value'; written: string; values: string[]; control?: boolean }
  /** ISMS003, on the second and later records sharing an id: a free id to rename this one to */
  | { fix: 'rename-id'; from: string; to: string };

export interface Diagnostic {
  /** stable code, e.g. ISMS101; never reused */
  code: string;
  /** the rule's slug, e.g. internal-audit-overdue */
  rule: string;
  severity: Severity;
  message: string;
  file: FileKey;
  range: Range;
  related?: RelatedInformation[];
  data?: FixData;
}

/** A file the engine read but could not use as ISMS content, with the reason (too large, binary, unreadable). */
export interface SkippedFile {
  file: FileKey;
  reason: string;
}
