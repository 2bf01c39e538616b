import { scheduleText } from '../controls/schedule';
import { dayCount } from '../dates';
import { label } from '../model/fields';
import { operationsOf } from './helpers/controls';
import type { WorkspaceRule } from './rule';

export const controlActivityOverdue: WorkspaceRule = {
  code: 'ISMS965',
  name: 'control-activity-overdue',
  description: 'A recurring control activity whose last due occurrence is past and no evidence proves it.',
  clause: 'ISO/IEC 27001:2022 8.1 (confidence that the processes have been carried out as planned) and 9.1',
  defaultSeverity: 'warning',
  scope: 'workspace',
  dependsOn: ['control-activity', 'evidence'],
  check(ctx, report) {
    for (const a of operationsOf(ctx).activities) {
      // `due` (today is the due day) is not reported: the day is not over. `unknown`: ISMS006 / ISMS002 say why
      if (a.state !== 'overdue' || !a.lastDue || !a.schedule) continue;
      const id = a.record.id ?? '';
      const earlier = a.missed === 0 ? '' : ` ${a.missed} earlier occurrence${a.missed === 1 ? ' is' : 's are'} not proven either.`;
      report({
        file: a.record.file,
        range: a.record.anchor,
        message: `Control activity ${label(a.record)} was due on ${a.lastDue.date} (${dayCount(a.daysOverdue ?? 0)} ago; ${scheduleText(a.schedule)}) and no evidence proves it.${earlier} Do it and record the evidence with ‘activity: ${id}’ and the day it was done; the next due date stays ${a.next ?? 'as planned'}.`,
      });
    }
  },
};
