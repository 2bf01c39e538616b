import { departmentLabel, unauditedControls } from '../people/departments';
import type { WorkspaceRule } from './rule';

export const departmentControlsUnaudited: WorkspaceRule = {
  code: 'ISMS601',
  name: 'department-controls-unaudited',
  description: 'A department owns controls that no internal audit has covered in the last 12 months.',
  clause: 'ISO/IEC 27001:2022 5.3 (roles and responsibilities) and 9.2.2 (audit programme)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['internal-audit'],
  check(ctx, report) {
    const unaudited = unauditedControls(ctx, ctx.today);
    if (!unaudited) return;
    for (const dep of ctx.config.departments) {
      const missing = unaudited.byDepartment.get(dep.id) ?? [];
      if (missing.length === 0) continue;
      report({
        file: ctx.config.file,
        range: dep.range,
        message: `Department ${departmentLabel(dep)} owns ${missing.join(', ')}, not covered by any internal audit since ${unaudited.since}. Plan an audit of ${missing.length === 1 ? 'it' : 'them'}.`,
      });
    }
  },
};
