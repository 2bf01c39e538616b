/** The core engine's public surface: pure TypeScript, no `vscode`, no `fs`. */
export * from './model/types';
export * from './model/config';
export * from './model/kinds';
export * from './model/catalogue';
export * from './model/catalogues';
export { legacyEquivalent } from './model/legacy2013';
export { REVIEW_INPUTS, coveredInputs } from './model/reviewInputs';
export type { FileHost, DirEntry, VersionControlHost, CommitInfo } from './host';
export { changeSinceApproval, readDocumentHistory, type DocumentHistory, type Revision } from './documents/history';
export {
  documentRegister,
  documentReview,
  documentStatus,
  type DocumentEntry,
  type DocumentReview,
  type DocumentReviewState,
} from './documents/register';
export {
  acknowledgementStatus,
  personIndex,
  versionCovers,
  type AcknowledgementStatus,
  type PendingAcknowledgement,
  type PersonIndex,
} from './documents/acknowledgements';
export {
  citesRequirement,
  howToSatisfy,
  mandatoryDocuments,
  type MandatoryEvidenceRef,
  type MandatoryItem,
  type MandatoryStatus,
} from './documents/mandatory';
export {
  MANDATORY_REQUIREMENTS,
  requirementCitation,
  requirementId,
  type MandatoryEvidence,
  type MandatoryRequirement,
} from './model/mandatory';
export { parseClauseCitation, type ClauseCitation } from './model/citations';
export {
  soaStatus,
  soaStandards,
  expectedControls,
  compactIds,
  type SoaApproval,
  type SoaEntry,
  type SoaSource,
  type SoaStandardStatus,
  type SoaStatus,
} from './documents/soa';
export {
  IsmsWorkspace,
  compareDiagnostics,
  type CheckOptions,
  type CheckResult,
  type Reference,
  type TextPolicy,
  type WorkspaceOptions,
} from './workspace/workspace';
export {
  findIsmsRoots,
  loadIsmsFolder,
  loadFile,
  currentText,
  loadFolderInto,
  readRecordFile,
  applyFileRead,
  scanIsmsFolder,
  scopeOf,
  unusableReason,
  isRecordFile,
  isSkippedFolder,
  SKIPPED_FOLDERS,
  ScanScope,
  type FolderScan,
  type FileRead,
  type FileBatchReader,
  type ScanProgress,
} from './scan';
export { IgnoreRules } from './ignoreRules';
export { MAX_FILE_BYTES, MAX_ALIAS_COUNT, MAX_IGNORE_FILE_BYTES, overByteLimit, utf8Length } from './limits';
export { MAX_SECTIONS_BODY } from './parse/sections';
export { RULES, readsOnlyItsFile, ruleByCode, ruleDocUrl, RULES_DOC_URL, type Rule, type RuleInfo } from './rules';
export {
  auditState,
  auditDate,
  caState,
  isOpenCorrectiveAction,
  lastHeldReview,
  reviewHeld,
  reviewState,
  managementReviewDue,
  type AuditState,
  type CaState,
  type ReviewState,
} from './cycle/state';
export {
  auditProgramme,
  cycleMilestones,
  cycleStart,
  nextExternalAudit,
  externalAudits,
  CYCLE_AUDIT_LABELS,
  cycleAuditName,
  milestoneName,
  overdueCounts,
  programmeGaps,
  REVIEW_DUE_LABEL,
  type Milestone,
  type OverdueCounts,
  type ProgrammeGap,
  type ProgrammeMonth,
  type CycleSource,
} from './cycle/cycle';
export {
  DEFAULT_EVIDENCE_WARN_DAYS,
  effectiveDate,
  evidenceProblems,
  evidenceValidity,
  isValid,
  validMonths,
  validUntil,
  type EvidenceState,
  type EvidenceValidity,
  type ValidityOptions,
} from './controls/evidence';
export {
  activitySchedule,
  activityStart,
  nextDueAfter,
  occurrenceDate,
  occurrenceIndexOn,
  occurrencesBetween,
  parseSchedule,
  planFrom,
  scheduleProblems,
  scheduleText,
  type Plan,
  type Schedule,
  type ScheduleUnit,
} from './controls/schedule';
export {
  activityStatus,
  evidenceByActivity,
  occurrencesWithProof,
  provenOccurrences,
  type ActivityState,
  type ActivityStatus,
  type Occurrence,
} from './controls/activities';
export {
  controlOperation,
  controlOperations,
  type ControlOperation,
  type ControlOperations,
  type EvidenceStatus,
} from './controls/operation';
export { isCalendarDate, plusDays, plusMonths, daysBetween, monthOf, plusMonthKey, localToday, inDayCount } from './dates';
export { article, withArticle, countOf } from './words';
export { parseFile, isMarkdownFile, isYamlFile } from './parse/parseFile';
export { findFrontMatter } from './parse/frontMatter';
export { LineMap } from './parse/positions';
export * as fields from './model/fields';
export * from './edit';
