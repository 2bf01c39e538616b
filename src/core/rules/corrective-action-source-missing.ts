import { text, valueRange } from '../model/fields';
import { NO_RECORD } from '../model/references';
import type { RecordRule } from './rule';

export const correctiveActionSourceMissing: RecordRule = {
  code: 'ISMS306',
  name: 'corrective-action-source-missing',
  description: 'A corrective action names a source (finding, incident, review) that does not exist.',
  clause: 'ISO/IEC 27001:2022 10.2 f (evidence of the nature of the nonconformity)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: ['corrective-action'],
  crossRecord: true,
  check(ca, ctx, report) {
    const source = text(ca, 'source');
    if (!source || NO_RECORD.has(source.toLowerCase()) || ctx.recordsById(source).length > 0) return;
    report({
      file: ca.file,
      range: valueRange(ca, 'source'),
      message: `Corrective action ${ca.id ?? ''} names source ‘${source}’, but no finding, incident or review has that id. Correct it, or write ‘source: other’.`,
      data: ca.id ? { fix: 'choose-corrective-action-source', caId: ca.id } : undefined,
    });
  },
};
