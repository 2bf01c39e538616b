import { compactIds } from '../documents/soa';
import { valueRange } from '../model/fields';
import { soaOf } from './helpers/soa';
import type { WorkspaceRule } from './rule';

export const soaIncomplete: WorkspaceRule = {
  code: 'ISMS921',
  name: 'soa-incomplete',
  description:
    'The Statement of Applicability does not name every control of a listed standard (the 93 Annex A controls of ISO/IEC 27001:2022; the ISO/IEC 27701 controls when listed), or names one twice.',
  clause: 'ISO/IEC 27001:2022 6.1.3 c–d (Annex A compared, SoA with every control); ISO/IEC 27701:2019 5.4.1.3',
  defaultSeverity: 'error',
  scope: 'workspace',
  dependsOn: ['soa'],
  check(ctx, report) {
    const soa = soaOf(ctx);
    // no SoA at all is the mandatory list's finding (ISMS931), not an incomplete one
    if (!soa.present || !soa.location) return;
    for (const standard of soa.standards) {
      if (standard.missing.length === 0) continue;
      const what = standard.standard.startsWith('iso27001') ? 'Annex A controls' : 'controls';
      report({
        ...soa.location,
        message: `The Statement of Applicability names ${standard.present} of the ${standard.expected} ${what} of ${standard.name}; ${standard.missing.length} missing: ${compactIds(standard.missing)}. Add an entry for each, applicable or not, with its justification (6.1.3 d).`,
      });
    }
    for (const entry of soa.entries) {
      if (!entry.duplicateOf) continue;
      report({
        file: entry.record.file,
        range: valueRange(entry.record, 'control'),
        severity: 'warning',
        message: `${entry.control} is listed in the Statement of Applicability more than once; keep one entry, so that its applicability and status are unambiguous.`,
        related: [
          { location: { file: entry.duplicateOf.file, range: entry.duplicateOf.anchor }, message: `${entry.control} is listed first here` },
        ],
      });
    }
  },
};
