import { dayCount, daysBetween } from '../dates';
import { date, valueRange } from '../model/fields';
import { auditState } from '../cycle/state';
import type { RecordRule } from './rule';

export const internalAuditOverdue: RecordRule = {
  code: 'ISMS101',
  name: 'internal-audit-overdue',
  description: 'An internal audit was planned for a past date and has not been performed.',
  clause: 'ISO/IEC 27001:2022 9.2.2 (the audit programme shall be implemented)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['internal-audit'],
  check(audit, ctx, report) {
    if (auditState(audit, ctx.today) !== 'overdue') return;
    const planned = date(audit, 'planned') ?? ctx.today;
    report({
      file: audit.file,
      // re-plan it, or record it as performed (issue 15.5); an audit without an id cannot be found again
      ...(audit.id ? { data: { fix: 'internal-audit-overdue' as const, auditId: audit.id } } : {}),
      range: valueRange(audit, 'planned'),
      message: `Internal audit ${audit.id ?? ''} was planned for ${planned} (${dayCount(daysBetween(planned, ctx.today))} ago) and is not performed. Hold it and record ‘performed:’, or re-plan it.`,
    });
  },
};
