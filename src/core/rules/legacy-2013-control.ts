import { legacyEquivalent } from '../model/legacy2013';
import { controlRefs } from '../model/references';
import type { RecordRule } from './rule';

export const legacy2013Control: RecordRule = {
  code: 'ISMS008',
  name: 'legacy-2013-control',
  description: 'A control is named by its ISO/IEC 27001:2013 id; the 2022 edition renumbered Annex A.',
  clause: 'ISO/IEC 27001:2022 Annex A (2013 certificates expired on 31 October 2025)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: 'all',
  check(rec, _ctx, report) {
    for (const ref of controlRefs(rec)) {
      const replacements = legacyEquivalent(ref.id);
      if (!replacements) continue;
      report({
        file: rec.file,
        range: ref.range,
        message: `\`${ref.id}\` is an ISO/IEC 27001:2013 control id; in ISO/IEC 27001:2022 it is ${replacements.map((r) => `\`${r}\``).join(' / ')}. The 2013 edition's certificates ended on 31 October 2025.`,
        data: { fix: 'replace-legacy-control', legacy: ref.id, replacements: [...replacements] },
      });
    }
  },
};
