import { SOA_IMPLEMENTATIONS } from '../model/kinds';
import { valueRange } from '../model/fields';
import { soaOf } from './helpers/soa';
import type { WorkspaceRule } from './rule';

export const soaImplementationMissing: WorkspaceRule = {
  code: 'ISMS923',
  name: 'soa-implementation-missing',
  description: 'A control the Statement of Applicability marks applicable has no ‘implementation:’ status.',
  clause: 'ISO/IEC 27001:2022 6.1.3 d (whether the necessary controls are implemented or not)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['soa'],
  check(ctx, report) {
    for (const entry of soaOf(ctx).entries) {
      if (entry.applicable !== true || entry.implementation !== undefined) continue;
      report({
        file: entry.record.file,
        range: valueRange(entry.record, 'control'),
        message: `${entry.control || 'This control'} is applicable but the Statement of Applicability does not say whether it is implemented. Add ‘implementation:’ (${SOA_IMPLEMENTATIONS.join(' | ')}).`,
      });
    }
  },
};
