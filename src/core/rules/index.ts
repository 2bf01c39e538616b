/** Every rule, in code order. Codes are never reused; a retired rule keeps its number. */
import { auditProgrammeGap } from './audit-programme-gap';
import { auditsBunched } from './audits-bunched';
import { awarenessLapsed } from './awareness-lapsed';
import { certificateExpired } from './certificate-expired';
import { certificationDatesContradict } from './certification-dates-contradict';
import { correctiveActionIncomplete } from './corrective-action-incomplete';
import { correctiveActionOverdue } from './corrective-action-overdue';
import { correctiveActionSourceMissing } from './corrective-action-source-missing';
import { correctiveActionStale } from './corrective-action-stale';
import { correctiveActionUnverifiedClose } from './corrective-action-unverified-close';
import { departmentControlsUnaudited } from './department-controls-unaudited';
import { duplicateId } from './duplicate-id';
import { externalAuditOpenActions } from './external-audit-open-actions';
import { firstSurveillanceLate } from './first-surveillance-late';
import { internalAuditIncomplete } from './internal-audit-incomplete';
import { internalAuditOverdue } from './internal-audit-overdue';
import { invalidDate } from './invalid-date';
import { invalidField } from './invalid-field';
import { legacy2013Control } from './legacy-2013-control';
import { fieldNameMisspelt } from './field-name-misspelt';
import { managementReviewInputs } from './management-review-inputs';
import { managementReviewInterval } from './management-review-interval';
import { managementReviewOverdue } from './management-review-overdue';
import { missingReference } from './missing-reference';
import { nonconformityWithoutAction } from './nonconformity-without-action';
import { nonStandardTerm } from './non-standard-term';
import { recertificationLate } from './recertification-late';
import { reviewActionOpen } from './review-action-open';
import type { EngineRule, RecordRule, Rule, RuleInfo, WorkspaceRule } from './rule';
import { scopeNeverAudited } from './scope-never-audited';
import { surveillanceMissing } from './surveillance-missing';
import { unknownControl } from './unknown-control';
import { continuityPlanNotExercised } from './continuity-plan-not-exercised';
import { dpiaPriorConsultation } from './dpia-prior-consultation';
import { dpiaReview } from './dpia-review';
import { exerciseNonconformityWithoutAction } from './exercise-nonconformity-without-action';
import { personalDataBreachNotification } from './personal-data-breach-notification';
// breach rules that know the role and the law (issue 16.4)
import { breachControllerNotNotified } from './breach-controller-not-notified';
import { breachFactsUnreadable } from './breach-facts-unreadable';
import { breachPopiaNotification } from './breach-popia-notification';
import { breachRoleContradictsProcessing } from './breach-role-contradicts-processing';
import { processingActivityReview } from './processing-activity-review';
// leadership, departments and the awareness programme (issue 8)
import { departmentOverdueActions } from './department-overdue-actions';
import { reviewWithoutTopManagement } from './review-without-top-management';
import { trainingOverdue } from './training-overdue';
// documented information (issue 17)
import { documentApprovalIncomplete } from './document-approval-incomplete';
import { documentChangedSinceApproval } from './document-changed-since-approval';
import { documentLinkBroken } from './document-link-broken';
import { documentNotAcknowledged } from './document-not-acknowledged';
import { documentReviewOverdue } from './document-review-overdue';
import { obsoleteDocumentReferenced } from './obsolete-document-referenced';
import { policyNotApprovedByTopManagement } from './policy-not-approved-by-top-management';
import { objectiveIncomplete } from './objective-incomplete';
import { objectiveNotMeasured } from './objective-not-measured';
import { objectiveTargetMissed } from './objective-target-missed';
import { mandatoryDocumentMissing } from './mandatory-document-missing';
// the Statement of Applicability (issue 17.5)
import { riskControlNotApplicable } from './risk-control-not-applicable';
import { soaControlWithoutDocument } from './soa-control-without-document';
import { soaImplementationMissing } from './soa-implementation-missing';
import { soaIncomplete } from './soa-incomplete';
import { soaJustificationMissing } from './soa-justification-missing';
import { soaNotApproved } from './soa-not-approved';
// the checks a certification auditor would add (issue 16.7)
import { incidentLessonsMissing } from './incident-lessons-missing';
import { internalAuditorNotImpartial } from './internal-auditor-not-impartial';
import { recertificationMargin } from './recertification-margin';
import { residualRiskNotAccepted } from './residual-risk-not-accepted';
import { reviewOutputsMissing } from './review-outputs-missing';
import { riskOwnerMissing } from './risk-owner-missing';
import { riskReviewOverdue } from './risk-review-overdue';
// controls that operate: evidence and recurring control activities (issue 18)
import { controlActivityOverdue } from './control-activity-overdue';
import { controlWithoutEvidence } from './control-without-evidence';
import { evidenceEffectiveInFuture } from './evidence-effective-in-future';
import { evidenceExpired } from './evidence-expired';
import { evidenceLocationMissing } from './evidence-location-missing';
import { evidenceRenewalDue } from './evidence-renewal-due';

export const yamlSyntax: EngineRule = {
  code: 'ISMS001',
  name: 'yaml-syntax',
  description: 'The YAML of a register, of front matter or of isms.yaml does not parse (or is too large / self-referencing to expand).',
  clause: 'ISO/IEC 27001:2022 7.5.3 (documented information available and suitable for use)',
  defaultSeverity: 'error',
  scope: 'engine',
};

export const unknownKind: EngineRule = {
  code: 'ISMS005',
  name: 'unknown-kind',
  description:
    "A file says ‘isms: <kind>’ with a kind the engine does not know, or ‘isms: config’ outside the ISMS folder's own isms.yaml.",
  clause: 'ISO/IEC 27001:2022 7.5.2 (documented information: identification)',
  defaultSeverity: 'error',
  scope: 'engine',
};

export const fileSkipped: EngineRule = {
  code: 'ISMS009',
  name: 'file-skipped',
  description: 'A file in the ISMS folder could not be checked: too large, binary, or unreadable.',
  clause: 'ISO/IEC 27001:2022 7.5.3 (documented information available and suitable for use)',
  defaultSeverity: 'warning',
  scope: 'engine',
};

export const RULES: readonly Rule[] = [
  yamlSyntax,
  invalidDate,
  duplicateId,
  unknownControl,
  unknownKind,
  invalidField,
  missingReference,
  legacy2013Control,
  fileSkipped,
  nonStandardTerm,
  fieldNameMisspelt,
  internalAuditOverdue,
  internalAuditIncomplete,
  auditProgrammeGap,
  auditsBunched,
  scopeNeverAudited,
  internalAuditorNotImpartial,
  managementReviewInterval,
  managementReviewOverdue,
  managementReviewInputs,
  reviewActionOpen,
  reviewWithoutTopManagement,
  reviewOutputsMissing,
  correctiveActionOverdue,
  correctiveActionIncomplete,
  correctiveActionStale,
  correctiveActionUnverifiedClose,
  nonconformityWithoutAction,
  correctiveActionSourceMissing,
  externalAuditOpenActions,
  surveillanceMissing,
  firstSurveillanceLate,
  recertificationLate,
  certificateExpired,
  certificationDatesContradict,
  recertificationMargin,
  awarenessLapsed,
  trainingOverdue,
  departmentControlsUnaudited,
  personalDataBreachNotification,
  processingActivityReview,
  dpiaReview,
  dpiaPriorConsultation,
  breachControllerNotNotified,
  breachPopiaNotification,
  breachFactsUnreadable,
  breachRoleContradictsProcessing,
  continuityPlanNotExercised,
  exerciseNonconformityWithoutAction,
  departmentOverdueActions,
  documentReviewOverdue,
  documentApprovalIncomplete,
  policyNotApprovedByTopManagement,
  obsoleteDocumentReferenced,
  documentLinkBroken,
  documentChangedSinceApproval,
  documentNotAcknowledged,
  objectiveIncomplete,
  objectiveNotMeasured,
  objectiveTargetMissed,
  soaIncomplete,
  soaJustificationMissing,
  soaImplementationMissing,
  riskControlNotApplicable,
  soaNotApproved,
  soaControlWithoutDocument,
  mandatoryDocumentMissing,
  riskOwnerMissing,
  riskReviewOverdue,
  residualRiskNotAccepted,
  incidentLessonsMissing,
  evidenceExpired,
  evidenceRenewalDue,
  evidenceLocationMissing,
  evidenceEffectiveInFuture,
  controlActivityOverdue,
  controlWithoutEvidence,
];

export const RECORD_RULES = RULES.filter((r): r is RecordRule => r.scope === 'record');
export const WORKSPACE_RULES = RULES.filter((r): r is WorkspaceRule => r.scope === 'workspace');

/**
 * Whether a rule's diagnostics need nothing but the record, its file, isms.yaml and the date: a record
 * rule that is not cross-record, or the engine's own (parse problems, skipped files). They are the same on
 * a partly read index as on the whole one (issue 20.1): derived from `crossRecord`, the one declaration.
 */
export const readsOnlyItsFile = (rule: Rule): boolean => rule.scope === 'engine' || (rule.scope === 'record' && rule.crossRecord !== true);
export const FILE_LOCAL_RECORD_RULES = RECORD_RULES.filter(readsOnlyItsFile);

const BY_KEY = new Map<string, Rule>(RULES.flatMap((r) => [[r.code.toLowerCase(), r] as const, [r.name, r] as const]));

/** A rule by its code (ISMS101, any case) or slug (internal-audit-overdue). */
export function ruleByCode(codeOrName: string): RuleInfo | undefined {
  return BY_KEY.get(codeOrName.trim().toLowerCase());
}

/** Where the rules are documented; `#isms101` anchors each rule. */
export const RULES_DOC_URL = 'https://github.com/isms-workbench/isms-workbench/blob/main/docs/rules.md';

export const ruleDocUrl = (code: string): string => `${RULES_DOC_URL}#${code.toLowerCase()}`;

export type { Rule, RuleInfo };
