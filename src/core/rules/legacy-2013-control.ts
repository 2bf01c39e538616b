import { iso27701LegacyId } from '../model/iso27701Editions';
import { legacyEquivalent } from '../model/legacy2013';
import { controlRefs, type ControlRef } from '../model/references';
import type { IsmsRecord } from '../model/types';
import type { RecordRule, Reporter } from './rule';

const ids = (list: readonly string[]): string => list.map((r) => `‘${r}’`).join(' / ');

/** A 2019 id of ISO/IEC 27701 in a folder on the 2025 edition only: its 2025 id(s), or none carried. */
function report27701(rec: IsmsRecord, ref: ControlRef, replacements: readonly string[], report: Reporter): void {
  const base = `‘${ref.id}’ is an ISO/IEC 27701:2019 id; ‘isms.yaml’ lists ISO/IEC 27701:2025, which renumbered the standard`;
  if (replacements.length === 0) {
    report({
      file: rec.file,
      range: ref.range,
      message: `${base} and whose Annex F correspondence for it is not in the engine's table. Cite the 2025 clause or control (‘iso27701-2025:…’).`,
    });
    return;
  }
  report({
    file: rec.file,
    range: ref.range,
    message: `${base}: in ISO/IEC 27701:2025 it is ${ids(replacements)}.`,
    data: {
      fix: 'replace-legacy-control',
      legacy: ref.id,
      replacements: [...replacements],
      from: 'ISO/IEC 27701:2019',
      to: 'ISO/IEC 27701:2025',
    },
  });
}

export const legacy2013Control: RecordRule = {
  code: 'ISMS008',
  name: 'legacy-2013-control',
  description:
    'A control is named by the id of an edition that was replaced: ISO/IEC 27001:2013 (the 2022 edition renumbered Annex A), or ISO/IEC 27701:2019 in a folder on ISO/IEC 27701:2025.',
  clause:
    'ISO/IEC 27001:2022 Annex A (2013 certificates expired on 31 October 2025); ISO/IEC 27701:2025 Annex F (correspondence with 2019)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: 'all',
  check(rec, ctx, report) {
    for (const ref of controlRefs(rec)) {
      const privacy = iso27701LegacyId(ref.id, ctx.config.standards);
      if (privacy) {
        report27701(rec, ref, privacy.replacements, report);
        continue;
      }
      const replacements = legacyEquivalent(ref.id);
      if (!replacements) continue;
      report({
        file: rec.file,
        range: ref.range,
        message: `‘${ref.id}’ is an ISO/IEC 27001:2013 control id; in ISO/IEC 27001:2022 it is ${ids(replacements)}. The 2013 edition's certificates ended on 31 October 2025.`,
        data: { fix: 'replace-legacy-control', legacy: ref.id, replacements: [...replacements] },
      });
    }
  },
};
