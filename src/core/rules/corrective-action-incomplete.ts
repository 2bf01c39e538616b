import { enumValue, text, valueRange } from '../model/fields';
import { isOpenCorrectiveAction } from '../cycle/state';
import type { RecordRule } from './rule';

const NEEDED: readonly [string, string][] = [
  ['owner', 'an owner'],
  ['due', 'a due date'],
  ['root-cause', 'a root cause (10.2 b)'],
];

export const correctiveActionIncomplete: RecordRule = {
  code: 'ISMS302',
  name: 'corrective-action-incomplete',
  description: 'An open corrective action has no owner, no due date or no root cause; a cancelled one says not why.',
  clause: 'ISO/IEC 27001:2022 10.2 b (determine the causes) and 6.2 (who, when)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, _ctx, report) {
    const status = enumValue(ca, 'status');
    if (status.state === 'known' && status.value === 'cancelled' && !text(ca, 'cancel-reason')) {
      report({
        file: ca.file,
        range: valueRange(ca, 'status'),
        message: `Corrective action ${ca.id ?? ''} is cancelled without \`cancel-reason:\`. Say why it was withdrawn (superseded by another action, finding withdrawn…) so the decision can be followed.`,
      });
      return;
    }
    if (!isOpenCorrectiveAction(ca)) return;
    const missing = NEEDED.filter(([key]) => !text(ca, key)).map(([key, what]) => `${what} (\`${key}:\`)`);
    if (missing.length === 0) return;
    report({
      file: ca.file,
      range: ca.anchor,
      message: `Corrective action ${ca.id ?? ''} is open without ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} so it can be followed up.`,
    });
  },
};
