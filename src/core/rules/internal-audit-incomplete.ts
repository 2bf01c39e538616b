import { text } from '../model/fields';
import { auditState } from '../cycle/state';
import type { RecordRule } from './rule';

export const internalAuditIncomplete: RecordRule = {
  code: 'ISMS102',
  name: 'internal-audit-incomplete',
  description: 'A performed internal audit does not record its auditor or its findings.',
  clause:
    'ISO/IEC 27001:2022 9.2.2 b (objective and impartial auditors) and 9.2.2 (documented information as evidence of the audit results)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['internal-audit'],
  check(audit, ctx, report) {
    if (auditState(audit, ctx.today) !== 'done') return;
    const missing: string[] = [];
    if (!text(audit, 'auditor')) missing.push('‘auditor:’ (who audited)');
    // `findings: []` records "no findings" on purpose; only a missing key is a gap
    if (!Object.prototype.hasOwnProperty.call(audit.data, 'findings') || audit.data.findings === null)
      missing.push('‘findings:’ (write ‘findings: []’ if there were none)');
    if (missing.length === 0) return;
    report({
      file: audit.file,
      range: audit.anchor,
      message: `Internal audit ${audit.id ?? ''} is performed but does not record ${missing.join(' or ')}. The results are the evidence the audit took place.`,
    });
  },
};
