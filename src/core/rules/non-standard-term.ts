import { keyRange, valueRange } from '../model/fields';
import type { RecordRule } from './rule';

/**
 * The other side of the forgiving vocabulary (model/vocabulary.ts): a synonym or a field alias is read as
 * the standard term, and this hint says so once, where it is written, with a quick fix to the standard
 * term. Information only: nothing is wrong with the record; teams that prefer their words turn it off.
 */
export const nonStandardTerm: RecordRule = {
  code: 'ISMS010',
  name: 'non-standard-term',
  description: 'A value or a field name is written in another word than the standard term; it is read as the standard term.',
  clause: 'ISO/IEC 27001:2022 7.5.2 b (documented information: format)',
  defaultSeverity: 'information',
  scope: 'record',
  kinds: 'all',
  check(rec, _ctx, report) {
    for (const s of rec.spellings ?? []) {
      const standard = String(s.canonical);
      const message = s.field
        ? `‘${s.written}’ is read as ‘${standard}’, the standard name of this ${rec.kind} field.`
        : `‘${s.written}’ is read as ‘${standard}’, the standard term for ${rec.kind} ${s.key}.`;
      report({
        file: rec.file,
        range: s.field ? keyRange(rec, s.key) : valueRange(rec, s.key),
        message,
        data: { fix: 'use-standard-term', written: s.written, standard },
      });
    }
  },
};
