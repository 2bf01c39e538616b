import { canonicalId } from '../model/catalogues';
import { enumValue, ids, itemRange, label, valueRange } from '../model/fields';
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
      // a status the engine cannot read (ISMS006 reports it) may be closed: conclude nothing from it
      const status = enumValue(risk, 'status');
      if (status.state === 'unreadable' || (status.state === 'known' && status.value === 'closed')) continue;
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
