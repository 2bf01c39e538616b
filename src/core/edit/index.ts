/** Text edits that create and change records while keeping the user's comments and formatting. Pure. */
export { appendRegisterRecord, appendRegisterRecords } from './register';
export { setField, type FieldPath, type RecordTarget } from './setField';
export { newRecordFile, safeRecordFileName } from './recordFile';
export { replaceText } from './replaceText';
export { useStandardTerm } from './standardTerm';
export { renameField } from './renameField';
export { applyTextEdits, detectEol, EditError, type TextEdit } from './textEdit';
export { setFields } from './setFields';
export { documentReviewFields } from './markReviewed';
export { raisedVersion, type VersionRaise } from './version';
export {
  answeredFields,
  CORRECTIVE_ACTION_ASKS,
  dueDateProblem,
  implementedFields,
  isCorrectiveActionAsk,
  newDueDateFields,
  type CaFields,
  type CorrectiveActionAsk,
} from './correctiveAction';
export { replaceValue } from './replaceValue';
export { performedAuditFields, replannedAuditFields } from './internalAudit';
