import { ids, label, text, valueRange } from '../model/fields';
import { namesPerson } from '../people/names';
import type { RecordRule } from './rule';

/** The information security policy is the document that satisfies clause 5.2. */
export const isSecurityPolicy = (ids52: readonly string[]): boolean => ids52.some((i) => i === '5.2' || i === 'iso27001:5.2');

export const policyNotApprovedByTopManagement: RecordRule = {
  code: 'ISMS903',
  name: 'policy-not-approved-by-top-management',
  description:
    'The information security policy (the document that ‘satisfies: ["5.2"]’) names an approver who is not one of ‘top-management’.',
  clause: 'ISO/IEC 27001:2022 5.2 (top management shall establish an information security policy) and 5.1',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['document'],
  check(doc, ctx, report) {
    const top = ctx.config.topManagement;
    const approver = text(doc, 'approver');
    if (top.length === 0 || !approver || !isSecurityPolicy(ids(doc, 'satisfies'))) return;
    if (top.some((t) => namesPerson(approver, t))) return;
    report({
      file: doc.file,
      range: valueRange(doc, 'approver'),
      message:
        `The information security policy ${label(doc)} is approved by ${approver}, ` +
        `who is not one of top management (${top.join(', ')}). ` +
        'Clause 5.2: top management establishes the policy; have one of them approve it.',
    });
  },
};
