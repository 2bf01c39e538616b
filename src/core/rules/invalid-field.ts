import { phishingCountProblems } from '../awareness/phishing';
import { evidenceProblems } from '../controls/evidence';
import { scheduleProblems } from '../controls/schedule';
import { KIND_FIELDS, type FieldSpec } from '../model/kinds';
import { valueRange } from '../model/fields';
import { nearest } from '../model/closest';
import { reviewStandardProblems } from '../model/reviewStandards';
import type { RecordRule } from './rule';
import { withArticle } from '../words';
import { plainQuotes } from './helpers/plainText';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const isScalar = (v: unknown): boolean => ['string', 'number', 'boolean'].includes(typeof v);

/** What a value of this type must be, when `v` is not that; dates are left to ISMS002. */
function expected(spec: FieldSpec, v: unknown): string | undefined {
  switch (spec.type) {
    case 'string':
    case 'control':
    case 'reference':
      return isScalar(v) ? undefined : 'a single value';
    case 'number':
      return typeof v === 'number' ? undefined : 'a number';
    case 'boolean':
      return typeof v === 'boolean' ? undefined : '‘true’ or ‘false’';
    case 'string-list':
    case 'control-list':
    case 'reference-list':
      return isScalar(v) || Array.isArray(v) ? undefined : 'a list';
    case 'list':
      return Array.isArray(v) ? undefined : 'a list';
    case 'map':
      return v !== null && typeof v === 'object' && !Array.isArray(v) ? undefined : 'a mapping of keys to values';
    case 'date':
      return undefined;
  }
}

export const invalidField: RecordRule = {
  code: 'ISMS006',
  name: 'invalid-field',
  description: 'A required field is missing, or a field has the wrong type or a value outside its allowed list.',
  clause: 'ISO/IEC 27001:2022 7.5.2 (documented information: format)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  check(rec, ctx, report) {
    for (const [key, spec] of Object.entries(KIND_FIELDS[rec.kind])) {
      const v = rec.data[key];
      if (v === undefined || v === null || v === '') {
        if (spec.required)
          report({
            file: rec.file,
            range: rec.anchor,
            message: `${capitalised(withArticle(rec.kind.replace(/-/g, ' ')))} needs ‘${key}’: ${plainQuotes(spec.description)}`,
          });
        continue;
      }
      // `id: true` (or `yes` read as YAML 1.1 would) names no record: the record had no id and no finding
      const want = key === 'id' && typeof v === 'boolean' ? `text, not ‘${v}’ (write it in quotes if that is the id)` : expected(spec, v);
      if (want) {
        report({ file: rec.file, range: valueRange(rec, key), message: `‘${key}’ must be ${want}: ${plainQuotes(spec.description)}` });
      } else if (spec.values && !spec.values.includes(String(v))) {
        const closest = nearest(String(v), spec.values);
        report({
          file: rec.file,
          range: valueRange(rec, key),
          data: closest.length > 0 ? { fix: 'closest-value', written: String(v), values: closest } : undefined,
          message: `‘${key}: ${String(v)}’ is not allowed. Use one of: ${spec.values.join(', ')}. Until then the checks that read ‘${key}’ take it as unknown.`,
        });
      }
    }
    // counts that contradict each other: more clicks than messages sent
    if (rec.kind === 'awareness')
      for (const p of phishingCountProblems(rec)) report({ file: rec.file, range: valueRange(rec, p.key), message: p.message });
    // a schedule or a validity the engine cannot read: the activity's due dates, the evidence's end are unknown (issue 18)
    const controlProblems = rec.kind === 'control-activity' ? scheduleProblems(rec) : rec.kind === 'evidence' ? evidenceProblems(rec) : [];
    for (const p of controlProblems) report({ file: rec.file, range: valueRange(rec, p.key), message: p.message });
    // a review's standards that the catalogues or isms.yaml do not know
    if (rec.kind === 'management-review')
      for (const p of reviewStandardProblems(rec, ctx.config.standards)) report({ file: rec.file, range: p.range, message: p.message });
  },
};
