import { caState } from '../cycle/state';
import { date, valueRange } from '../model/fields';
import { correctiveActionDepartment, departmentLabel } from '../people/departments';
import type { Department } from '../model/config';
import type { IsmsRecord } from '../model/types';
import { KeyedMemo, ListMemo } from '../model/memo';
import type { RuleContext, WorkspaceRule } from './rule';

/**
 * Kept across checks (the rule re-runs on every edit of an action, and reading every action's state and
 * department again was most of a one-record edit at 10,000 records): which actions are overdue on a day,
 * for the actions an edit left in place; each overdue action's department while the configuration,
 * findings and audits are the same objects.
 */
const OVERDUE = new ListMemo<IsmsRecord, boolean>();
const DEPARTMENT = new KeyedMemo<IsmsRecord, Department | undefined>();

/** The overdue actions and their departments (correctiveActionDepartment reads the findings and audits). */
function overdueActions(ctx: RuleContext): { ca: IsmsRecord; department: Department | undefined }[] {
  const out: { ca: IsmsRecord; department: Department | undefined }[] = [];
  let inputs: unknown[] | undefined;
  const actions = ctx.records('corrective-action');
  const overdue = OVERDUE.map(actions, [ctx.today], (ca) => caState(ca, ctx.today) === 'overdue');
  for (let i = 0; i < actions.length; i++) {
    if (!overdue[i]) continue;
    const ca = actions[i];
    inputs ??= [ctx.config, ...(['finding', 'internal-audit', 'external-audit', 'exercise'] as const).map((k) => ctx.records(k))];
    out.push({ ca, department: DEPARTMENT.get(ca, inputs, () => correctiveActionDepartment(ctx, ca)) });
  }
  return out;
}

export const departmentOverdueActions: WorkspaceRule = {
  code: 'ISMS602',
  name: 'department-overdue-actions',
  description:
    "A department owns corrective actions past their due date (by the action's ‘department:’, else the department of the finding it answers, else its owner being the department owner).",
  clause: 'ISO/IEC 27001:2022 5.3 (roles and responsibilities) and 10.2 (nonconformity and corrective action)',
  defaultSeverity: 'warning',
  scope: 'workspace',
  // the finding an action answers (and its audit) can decide its department
  dependsOn: ['corrective-action', 'finding', 'internal-audit', 'external-audit', 'exercise'],
  check(ctx, report) {
    const overdue = overdueActions(ctx);
    if (overdue.length === 0) return;
    for (const dep of ctx.config.departments) {
      const mine = overdue
        .filter((x) => x.department === dep)
        .map((x) => x.ca)
        .sort((a, b) => (date(a, 'due') ?? '').localeCompare(date(b, 'due') ?? '') || (a.id ?? '').localeCompare(b.id ?? ''));
      if (mine.length === 0) continue;
      const names = mine.map((ca) => `${ca.id ?? '(no id)'} (due ${date(ca, 'due') ?? '?'})`);
      report({
        file: ctx.config.file,
        range: dep.range,
        message: `Department ${departmentLabel(dep)} owns ${mine.length === 1 ? 'an overdue corrective action' : `${mine.length} overdue corrective actions`}: ${names.join(', ')}. Agree with the owner how and when ${mine.length === 1 ? 'it is' : 'they are'} implemented.`,
        related: mine.map((ca) => ({
          location: { file: ca.file, range: valueRange(ca, 'due') },
          message: `${ca.id ?? 'corrective action'} due ${date(ca, 'due') ?? '?'}`,
        })),
      });
    }
  },
};
