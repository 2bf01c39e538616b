import { text } from '../model/fields';
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
  description: 'An open corrective action has no owner, no due date or no root cause.',
  clause: 'ISO/IEC 27001:2022 10.2 b (determine the causes) and 6.2 (who, when)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['corrective-action'],
  check(ca, _ctx, report) {
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
