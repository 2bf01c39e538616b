import { valueRange } from '../model/fields';
import { DOCUMENT_STATUSES } from '../model/kinds';
import { soaOf } from './helpers/soa';
import type { WorkspaceRule } from './rule';

export const soaNotApproved: WorkspaceRule = {
  code: 'ISMS925',
  name: 'soa-not-approved',
  description:
    'The Statement of Applicability register does not record its version, approval date or approver (information), or its ‘status:’ is not approved (warning).',
  clause: 'ISO/IEC 27001:2022 7.5.2 c and 7.5.3 e (documented information reviewed, approved and under version control), 6.1.3 d',
  defaultSeverity: 'information',
  scope: 'workspace',
  dependsOn: ['soa'],
  check(ctx, report) {
    const { approval } = soaOf(ctx);
    // only a register file has a place for the SoA's own fields; an SoA of single records is not asked
    const header = approval.header;
    if (!header) return;
    const version = approval.version ? ` (version ${approval.version})` : '';
    if (approval.status !== undefined && approval.status !== 'approved') {
      const known = (DOCUMENT_STATUSES as readonly string[]).includes(approval.status);
      report({
        file: header.file,
        range: valueRange(header, 'status'),
        severity: 'warning',
        message: `The Statement of Applicability${version} is ‘${approval.status}’${known ? '' : ` (one of ${DOCUMENT_STATUSES.join(' | ')})`}, not approved. Have the current version approved (7.5.2 c) and set ‘status: approved’, ‘approved:’ and ‘approver:’.`,
      });
      return;
    }
    const missing = [
      ...(approval.version ? [] : ['‘version:’']),
      ...(approval.approved ? [] : [approval.approvedInvalid ? '‘approved:’ as a date YYYY-MM-DD' : '‘approved:’ (the approval date)']),
      ...(approval.approver ? [] : ['‘approver:’']),
    ];
    if (missing.length === 0) return;
    report({
      file: header.file,
      range: approval.approvedInvalid ? valueRange(header, 'approved') : header.anchor,
      message: `The Statement of Applicability does not record ${missing.join(', ')}. Like any documented information it is identified, approved and under version control (7.5.2, 7.5.3): write them beside ‘isms: soa’.`,
    });
  },
};
