import { lookupEntry } from '../model/catalogues';
import { iso27701LegacyId } from '../model/iso27701Editions';
import { legacyEquivalent } from '../model/legacy2013';
import { listedCatalogues, listsStandard } from '../model/standards';
import { nearest } from '../model/closest';
import { controlRefs } from '../model/references';
import type { RecordRule } from './rule';

/** The ids of the catalogues `isms.yaml` lists, in their order; cached per list (the rule runs per record). */
const idsOf = new Map<string, readonly string[]>();
function catalogueIds(standards: readonly string[]): readonly string[] {
  const key = standards.join('\n');
  let ids = idsOf.get(key);
  if (!ids) {
    ids = listedCatalogues(standards).flatMap((c) => c.entries.map((e) => e.id));
    if (idsOf.size > 20) idsOf.clear();
    idsOf.set(key, ids);
  }
  return ids;
}

export const unknownControl: RecordRule = {
  code: 'ISMS004',
  name: 'unknown-control',
  description: 'A clause or control id is not in the catalogue of any standard the ISMS lists.',
  clause: 'ISO/IEC 27001:2022 6.1.3 b–d (controls determined against Annex A)',
  defaultSeverity: 'error',
  scope: 'record',
  kinds: 'all',
  check(rec, ctx, report) {
    for (const ref of controlRefs(rec)) {
      // ISMS008 says what to write instead (and never, to a folder on 27701:2025, "add iso27701:2019")
      if (legacyEquivalent(ref.id) || iso27701LegacyId(ref.id, ctx.config.standards)) continue;
      const found = lookupEntry(ref.id);
      if (!found) {
        const closest = nearest(ref.id, catalogueIds(ctx.config.standards));
        report({
          file: rec.file,
          range: ref.range,
          data: closest.length > 0 ? { fix: 'closest-value', written: ref.id, values: closest, control: true } : undefined,
          message: `‘${ref.id}’ is not a clause or control of ${ctx.config.standards.join(', ')}. Check the id (ISO 27001 controls are A.5.1–A.8.34, clauses 4–10; other standards take a prefix such as gdpr:art-33).`,
        });
      } else if (found.standard.prefix !== '' && !listsStandard(ctx.config.standards, found.standard.key)) {
        report({
          file: rec.file,
          range: ref.range,
          message: `‘${ref.id}’ belongs to ${found.standard.name}, which ‘isms.yaml’ does not list under ‘standards:’. Add ‘${found.standard.key}’ there or remove the reference.`,
        });
      }
    }
  },
};
