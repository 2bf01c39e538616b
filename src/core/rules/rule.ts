/**
 * The shape of a rule. A record rule looks at one record (and may look others up by id); a workspace
 * rule looks at the ISMS as a whole (the audit programme, the certification cycle). The engine re-runs
 * record rules only for changed records and their dependants, workspace rules only when a kind they
 * read changed.
 */
import type { DocumentHistory } from '../documents/history';
import type { IsmsConfig } from '../model/config';
import type { FileKey, FixData, IsmsRecord, Range, RecordKind, RegisterHeader, RelatedInformation, Severity } from '../model/types';

export interface RuleInfo {
  /**
   * stable code, never reused: ISMS0xx data, 1xx internal audit, 2xx management review, 3xx corrective
   * action, 4xx cycle, 5xx awareness, 6xx departments, 7xx privacy, 8xx business continuity, 9xx documented
   * information and objectives
   */
  code: string;
  /** slug: the rule's module, test and docs entry share it */
  name: string;
  /** one line: what the rule checks */
  description: string;
  /** the requirement it encodes, e.g. 'ISO/IEC 27001:2022 9.2.2' */
  clause: string;
  defaultSeverity: Severity;
}

export interface Report {
  file: FileKey;
  range: Range;
  message: string;
  related?: RelatedInformation[];
  data?: FixData;
  /** a rule may soften or harden one report (e.g. information early in the cycle); overrides still win */
  severity?: Severity;
}

export type Reporter = (report: Report) => void;

/** What rules may read: the index, the configuration and the injected date. Never the clock. */
export interface RuleContext {
  today: string;
  config: IsmsConfig;
  records(kind: RecordKind): readonly IsmsRecord[];
  recordsById(id: string): readonly IsmsRecord[];
  /** the own fields of the register files of a kind (beside `isms:` and `records:`), in file order */
  registers?(kind: RecordKind): readonly RegisterHeader[];
  referencesTo(id: string): readonly { record: IsmsRecord; field: string; range: Range }[];
  /** the text of a Markdown or YAML file of the folder (for heading anchors of link targets) */
  textOf(file: FileKey): string | undefined;
  /** whether a file exists: known for Markdown and YAML files, for others only when the host listed the folder (else undefined) */
  fileExists(file: FileKey): boolean | undefined;
  /** the version history of approved documents, when the host read it */
  documentHistory?: DocumentHistory;
}

export interface RecordRule extends RuleInfo {
  scope: 'record';
  /** the kinds it looks at; 'all' for data rules */
  kinds: readonly RecordKind[] | 'all';
  /**
   * true when the result depends on other records (ids looked up): re-run when those change. Without it
   * the rule reads nothing but the record, its file, isms.yaml and the date (`ctx.config`, `ctx.today`):
   * its diagnostics hold on a partly read index, and the language server publishes them while a large
   * ISMS is still being read (issue 20.1; `readsOnlyItsFile` in rules/index.ts, held by a test).
   */
  crossRecord?: boolean;
  check(record: IsmsRecord, ctx: RuleContext, report: Reporter): void;
}

export interface WorkspaceRule extends RuleInfo {
  scope: 'workspace';
  /** kinds whose change re-runs the rule; the configuration and "today" always do */
  dependsOn: readonly RecordKind[];
  /**
   * what else of the folder it reads, beside records: `listing` re-runs it when files come or go (or the
   * host lists the folder again: `fileExists`), `markdown` also when a Markdown file's text changes
   * (`textOf`: headings). Without it, a Markdown edit that changes no record re-runs nothing.
   */
  readsFiles?: 'listing' | 'markdown';
  check(ctx: RuleContext, report: Reporter): void;
}

/** Rules implemented by the engine itself (parse problems, skipped files): documented like the others. */
export interface EngineRule extends RuleInfo {
  scope: 'engine';
}

export type Rule = RecordRule | WorkspaceRule | EngineRule;
