import { caState } from '../cycle/state';
import { date, valueRange } from '../model/fields';
import { correctiveActionDepartment, departmentLabel } from '../people/departments';
import type { Department } from '../model/config';
import type { IsmsRecord } from '../model/types';
import { KeyedMemo, ListMemo } from '../model/memo';
import type { Report, RuleContext, WorkspaceRule } from './rule';

/**
 * Kept across checks (the rule re-runs on every edit of an action, and reading every action's state and
 * department again was most of a one-record edit at 10,000 records): which actions are overdue on a day,
 * for the actions an edit left in place; each overdue action's department while the configuration,
 * findings and audits are the same objects. Both as lists beside the workspace's list of actions, whose
 * edits the lists follow without comparing them (memo.ts `spliced`).
 */
const OVERDUE = new ListMemo<IsmsRecord, boolean>();
const OWNER = new ListMemo<IsmsRecord, Department | undefined | typeof NOT_OVERDUE>();
const NOT_OVERDUE = Symbol('not overdue');
const DEPARTMENT = new KeyedMemo<IsmsRecord, Department | undefined>();
/** each action's due date, read once per record object (sorting a department's actions reads it often) */
const DUE = new WeakMap<IsmsRecord, string>();
/** per department, its report while its overdue actions (in workspace order) and the configuration are the same objects */
const REPORT = new WeakMap<Department, { config: unknown; actions: readonly IsmsRecord[]; report: Report }>();

/** A department's report, kept while its actions (in workspace order) and the configuration are the same objects. */
function reportOf(ctx: RuleContext, dep: Department, actions: readonly IsmsRecord[]): Report {
  const kept = REPORT.get(dep);
  if (kept && kept.config === ctx.config && sameList(kept.actions, actions)) return kept.report;
  const report = departmentReport(ctx, dep, actions);
  REPORT.set(dep, { config: ctx.config, actions, report });
  return report;
}

function sameList(a: readonly IsmsRecord[], b: readonly IsmsRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const dueOf = (ca: IsmsRecord): string => {
  let due = DUE.get(ca);
  if (due === undefined) {
    due = date(ca, 'due') ?? '';
    DUE.set(ca, due);
  }
  return due;
};

/** The overdue actions of each department, in workspace order (correctiveActionDepartment reads the findings and audits). */
function overdueByDepartment(ctx: RuleContext): Map<Department, IsmsRecord[]> {
  const actions = ctx.records('corrective-action');
  const overdue = OVERDUE.map(actions, [ctx.today], (ca) => caState(ca, ctx.today) === 'overdue');
  const inputs = [ctx.config, ...(['finding', 'internal-audit', 'external-audit', 'exercise'] as const).map((k) => ctx.records(k))];
  // an item's overdue flag is the same while the item and the day are (OVERDUE's own inputs)
  const owners = OWNER.map(actions, [ctx.today, ...inputs], (ca, i) =>
    overdue[i] ? DEPARTMENT.get(ca, inputs, () => correctiveActionDepartment(ctx, ca)) : NOT_OVERDUE,
  );
  const out = new Map<Department, IsmsRecord[]>();
  for (let i = 0; i < actions.length; i++) {
    const department = owners[i];
    if (department === NOT_OVERDUE || department === undefined) continue;
    const list = out.get(department);
    if (list) list.push(actions[i]);
    else out.set(department, [actions[i]]);
  }
  return out;
}

/** The report for one department's overdue actions (given in workspace order). */
function departmentReport(ctx: RuleContext, dep: Department, actions: readonly IsmsRecord[]): Report {
  const mine = [...actions].sort((a, b) => dueOf(a).localeCompare(dueOf(b)) || (a.id ?? '').localeCompare(b.id ?? ''));
  const due = (ca: IsmsRecord): string => dueOf(ca) || '?';
  const names = mine.map((ca) => `${ca.id ?? '(no id)'} (due ${due(ca)})`);
  return {
    file: ctx.config.file,
    range: dep.range,
    message: `Department ${departmentLabel(dep)} owns ${mine.length === 1 ? 'an overdue corrective action' : `${mine.length} overdue corrective actions`}: ${names.join(', ')}. Agree with the owner how and when ${mine.length === 1 ? 'it is' : 'they are'} implemented.`,
    related: mine.map((ca) => ({
      location: { file: ca.file, range: valueRange(ca, 'due') },
      message: `${ca.id ?? 'corrective action'} due ${due(ca)}`,
    })),
  };
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
    const grouped = overdueByDepartment(ctx);
    if (grouped.size === 0) return;
    for (const dep of ctx.config.departments) {
      const mine = grouped.get(dep);
      if (!mine) continue;
      // an edit of one action changes one department's list: the others report the same object again
      report(reportOf(ctx, dep, mine));
    }
  },
};
