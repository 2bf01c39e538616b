import { text, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

export const correctiveActionUnverifiedClose: RecordRule = {
  code: 'ISMS304',
  name: 'corrective-action-unverified-close',
  description: 'A corrective action is closed (or verified) without a review of its effectiveness.',
  clause: 'ISO/IEC 27001:2022 10.2 d (review the effectiveness of any corrective action taken)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, _ctx, report) {
    const status = text(ca, 'status');
    if ((status !== 'closed' && status !== 'verified') || text(ca, 'effectiveness')) return;
    report({
      file: ca.file,
      range: valueRange(ca, 'status'),
      message: `Corrective action ${ca.id ?? ''} is ${status} without ‘effectiveness:’. Record how you checked that the cause is gone before closing it.`,
      data: ca.id ? { fix: 'record-effectiveness', caId: ca.id } : undefined,
    });
  },
};
