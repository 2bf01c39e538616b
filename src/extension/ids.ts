/**
 * The ids the activation bundle registers before anything is loaded (see extension.ts): every `isms.*`
 * command of package.json `contributes.commands`, the views and the calendar's webview type. Only
 * strings here: this file is in both client bundles.
 */
export const COMMAND_IDS = [
  'isms.logCorrectiveAction',
  'isms.followUpCorrectiveAction',
  'isms.closeCorrectiveAction',
  'isms.setCorrectiveActionField',
  'isms.planInternalAudit',
  'isms.recordAuditPerformed',
  'isms.newManagementReview',
  'isms.markDocumentReviewed',
  'isms.newDocument',
  'isms.initWorkspace',
  'isms.openRuleDocumentation',
  'isms.showCalendar',
  'isms.exportIcs',
  'isms.exportReviewPack',
  'isms.refresh',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** A command's implementation, as the workbench bundle hands it over. */
export type CommandHandler = (...args: unknown[]) => unknown;

export const AUDIT_CYCLE_VIEW = 'isms.auditCycle';
export const CONTROLS_VIEW = 'isms.controls';
export const CALENDAR_VIEW_TYPE = 'isms.calendar';
