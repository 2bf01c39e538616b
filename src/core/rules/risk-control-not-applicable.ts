import { canonicalId } from '../model/catalogues';
import { ids, itemRange, label, text, valueRange } from '../model/fields';
import { soaOf } from './helpers/soa';
import type { WorkspaceRule } from './rule';

export const riskControlNotApplicable: WorkspaceRule = {
  code: 'ISMS924',
  name: 'risk-control-not-applicable',
  description: 'A risk is treated with a control that the Statement of Applicability marks not applicable.',
  clause: 'ISO/IEC 27001:2022 6.1.3 b–d (the controls of the risk treatment are the necessary controls of the SoA)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['risk', 'soa'],
  check(ctx, report) {
    const soa = soaOf(ctx);
    if (soa.byControl.size === 0) return;
    for (const risk of ctx.records('risk')) {
      // a closed risk needs no treatment any more: the controls it lists are history
      if (text(risk, 'status')?.trim().toLowerCase() === 'closed') continue;
      ids(risk, 'controls').forEach((id, i) => {
        const entry = soa.byControl.get(canonicalId(id));
        if (entry?.applicable !== false) return;
        report({
          file: risk.file,
          range: itemRange(risk, 'controls', i),
          message: `Risk ${label(risk)} is treated with ${entry.control}, which the Statement of Applicability marks not applicable. Mark the control applicable in the SoA, or treat the risk with another control (6.1.3 b–d).`,
          related: [
            {
              location: { file: entry.record.file, range: valueRange(entry.record, 'applicable') },
              message: `${entry.control}: applicable: false`,
            },
          ],
        });
      });
    }
  },
};
