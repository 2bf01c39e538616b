import { plusMonths } from '../dates';
import { lookupEntry } from '../model/catalogues';
import { auditDate } from '../cycle/state';
import { cycleStart } from '../cycle/cycle';
import { auditedControls, isAudited } from '../cycle/coverage';
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
    const yearAgo = plusMonths(ctx.today, -12);
    // an ISMS younger than a year cannot have audited everything in "the last 12 months" yet
    const firstAudit = ctx.records('internal-audit').map(auditDate).filter((d): d is string => !!d).sort()[0];
    const started = [cycleStart(ctx.config), firstAudit].filter((d): d is string => !!d).sort()[0];
    if (!started || started > yearAgo) return;
    const audited = auditedControls(ctx.records('internal-audit'), yearAgo, ctx.today, ctx.today);
    for (const dep of ctx.config.departments) {
      const missing = dep.owns.map((id) => lookupEntry(id)?.entry.id ?? id).filter((id) => !isAudited(id, audited));
      if (missing.length === 0) continue;
      report({
        file: ctx.config.file,
        range: dep.range,
        message: `Department ${dep.id}${dep.owner ? ` (${dep.owner})` : ''} owns ${missing.join(', ')}, not covered by any internal audit since ${yearAgo}. Plan an audit of ${missing.length === 1 ? 'it' : 'them'}.`,
      });
    }
  },
};
