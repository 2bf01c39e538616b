import { recordRefs } from '../model/references';
import type { RecordRule } from './rule';

export const missingReference: RecordRule = {
  code: 'ISMS007',
  name: 'missing-reference',
  description: 'A field refers to a record id that no record has.',
  clause: 'ISO/IEC 27001:2022 7.5.3 (control of documented information)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  crossRecord: true,
  check(rec, ctx, report) {
    for (const ref of recordRefs(rec)) {
      // a corrective action's missing source has its own rule, ISMS306
      if (rec.kind === 'corrective-action' && ref.field === 'source') continue;
      if (ctx.recordsById(ref.id).length > 0) continue;
      report({
        file: rec.file,
        range: ref.range,
        message: `‘${ref.field}’ refers to ‘${ref.id}’, but no record has that id. Correct the id or create the record.`,
      });
    }
  },
};
