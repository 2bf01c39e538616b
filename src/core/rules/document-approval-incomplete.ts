import { label, valueRange } from '../model/fields';
import type { RecordRule } from './rule';
import { missingApproval } from '../documents/status';

export const documentApprovalIncomplete: RecordRule = {
  code: 'ISMS902',
  name: 'document-approval-incomplete',
  description: 'A document says ‘status: approved’ without ‘approver:’ or without the ‘approved:’ date.',
  clause: 'ISO/IEC 27001:2022 7.5.2 c (review and approval for suitability and adequacy)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['document'],
  check(doc, _ctx, report) {
    const missing = missingApproval(doc).map((m) => (m === 'approver' ? '‘approver:’ (who approved it)' : '‘approved:’ (the date)'));
    if (missing.length === 0) return;
    report({
      file: doc.file,
      range: valueRange(doc, 'status'),
      message:
        `Document ${label(doc)} is marked approved but does not record ${missing.join(' or ')}. Record the approval, ` +
        `or set the status back to ‘in-review’.`,
    });
  },
};
