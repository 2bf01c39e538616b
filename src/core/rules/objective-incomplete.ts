import { label, text } from '../model/fields';
import type { RecordRule } from './rule';

export const objectiveIncomplete: RecordRule = {
  code: 'ISMS911',
  name: 'objective-incomplete',
  description: 'An information security objective has no owner, no numeric target or no plan.',
  clause: 'ISO/IEC 27001:2022 6.2 b (measurable), 6.2 h (what will be done) and 6.2 j (who will be responsible)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['objective'],
  check(rec, _ctx, report) {
    const missing = [
      text(rec, 'owner') ? undefined : '‘owner:’ (who is responsible, 6.2 j)',
      typeof rec.data.target === 'number' ? undefined : '‘target:’ (a number to measure against, 6.2 b)',
      text(rec, 'plan') ? undefined : '‘plan:’ (what will be done, 6.2 h)',
    ].filter((m) => m !== undefined);
    if (missing.length === 0) return;
    report({
      file: rec.file,
      range: rec.anchor,
      message: `Objective ${label(rec)} has no ${missing.join(', no ')}. Add ${missing.length === 1 ? 'it' : 'them'}.`,
    });
  },
};
