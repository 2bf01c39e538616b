import { valueRange } from '../model/fields';
import { soaOf } from './helpers/soa';
import type { WorkspaceRule } from './rule';

export const soaJustificationMissing: WorkspaceRule = {
  code: 'ISMS922',
  name: 'soa-justification-missing',
  description: 'An entry of the Statement of Applicability gives no justification for including or excluding its control.',
  clause: 'ISO/IEC 27001:2022 6.1.3 d (justification for inclusion and for exclusion)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['soa'],
  check(ctx, report) {
    for (const entry of soaOf(ctx).entries) {
      if (entry.justified) continue;
      const why =
        entry.applicable === false
          ? 'why it is excluded'
          : entry.applicable === true
            ? 'why it is included'
            : 'why it is included or excluded';
      report({
        file: entry.record.file,
        range: valueRange(entry.record, 'control'),
        message: `The Statement of Applicability entry of ${entry.control || 'a control'} has no ‘justification:’. Say ${why} (6.1.3 d): a risk it treats, a requirement, or what makes it not apply.`,
      });
    }
  },
};
