/**
 * The "Departments" branch of the audit-cycle tree (ISO 27001 5.3): one child per department of
 * isms.yaml with what its owner has to look after — open corrective actions, controls not audited in
 * 12 months, people overdue on training. The data comes whole from the server (isms/tree, `TreeRoot.departments`).
 */
import * as vscode from 'vscode';
import type { TreeCorrectiveAction, TreeDepartment, TreePerson, TreeRoot } from '../common/protocol';
import { icon, md, openCommand, overduePersonItem } from './treeItems';

/** The "Departments" branch (ISO 27001 5.3): one node per department of isms.yaml and what it owns. */
export type DepartmentNode =
  | { type: 'departments'; root: TreeRoot }
  | { type: 'department'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentCa'; root: TreeRoot; department: TreeDepartment; ca: TreeCorrectiveAction }
  | { type: 'departmentControls'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentTraining'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentPerson'; root: TreeRoot; department: TreeDepartment; person: TreePerson };

const DEPARTMENT_TYPES: ReadonlySet<string> = new Set<DepartmentNode['type']>([
  'departments',
  'department',
  'departmentCa',
  'departmentControls',
  'departmentTraining',
  'departmentPerson',
]);
export const isDepartmentNode = (node: { type: string }): node is DepartmentNode => DEPARTMENT_TYPES.has(node.type);

/** The branch under a root, when isms.yaml has departments. */
export function departmentBranch(root: TreeRoot): DepartmentNode[] {
  return root.departments.length ? [{ type: 'departments', root }] : [];
}

const overdueCas = (d: TreeDepartment): number => d.correctiveActions.filter((ca) => ca.state === 'overdue').length;
/** whether a department needs its owner's attention: overdue actions, unaudited controls or people overdue on training */
const needsAttention = (d: TreeDepartment): boolean =>
  overdueCas(d) > 0 || (d.unauditedControls?.length ?? 0) > 0 || d.trainingOverdue.length > 0;

export function departmentChildren(node: DepartmentNode): DepartmentNode[] {
  const { root } = node;
  switch (node.type) {
    case 'departments':
      return root.departments.map((department) => ({ type: 'department', root, department }));
    case 'department': {
      const department = node.department;
      return [
        ...department.correctiveActions.map((ca): DepartmentNode => ({ type: 'departmentCa', root, department, ca })),
        { type: 'departmentControls', root, department },
        { type: 'departmentTraining', root, department },
      ];
    }
    case 'departmentTraining':
      return node.department.trainingOverdue.map((person) => ({ type: 'departmentPerson', root, department: node.department, person }));
    default:
      return [];
  }
}

/**
 * The item of a department node. An action is drawn as under "Corrective actions" (`actionItem`), under
 * an id of its own: the same action is in both places.
 */
export function departmentItem(
  node: DepartmentNode,
  actionItem: (root: TreeRoot, ca: TreeCorrectiveAction) => vscode.TreeItem,
): vscode.TreeItem {
  if (node.type !== 'departmentCa') return departmentTreeItem(node);
  const item = actionItem(node.root, node.ca);
  item.id = `${node.root.rootUri}#department:${node.department.id}:ca:${node.ca.id}:${node.ca.location.uri}`;
  return item;
}

function departmentTreeItem(node: Exclude<DepartmentNode, { type: 'departmentCa' }>): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const base = `${node.root.rootUri}#department`;
  switch (node.type) {
    case 'departments': {
      const attention = node.root.departments.filter(needsAttention).length;
      const item = new vscode.TreeItem('Departments', C.Collapsed);
      item.id = `${base}s`;
      item.description = attention
        ? `${attention} of ${node.root.departments.length} need attention`
        : `${node.root.departments.length}, all in order`;
      item.iconPath = attention ? icon('warning', 'list.warningForeground') : icon('organization');
      item.tooltip = new vscode.MarkdownString(
        'Departments of `isms.yaml` (ISO 27001 5.3): each owner with overdue corrective actions, controls not audited in 12 months, ' +
          'or people overdue on training.',
      );
      item.contextValue = 'departments';
      return item;
    }
    case 'department':
      return departmentSummaryItem(node.department, base);
    case 'departmentControls': {
      const d = node.department;
      const missing = d.unauditedControls;
      const item = new vscode.TreeItem('Unaudited controls', C.None);
      item.id = `${base}:${d.id}:controls`;
      item.description =
        missing === undefined
          ? 'not judged yet (ISMS under a year old)'
          : missing.length
            ? `${missing.length} of ${d.ownedControls}: ${missing.join(', ')}`
            : `none of ${d.ownedControls}`;
      item.iconPath = missing?.length ? icon('warning', 'list.warningForeground') : icon('shield');
      item.tooltip = new vscode.MarkdownString(
        missing?.length
          ? md`Controls owned by ${d.id} with no internal audit in the last 12 months (ISMS601): ${missing.join(', ')}.`
          : md`Every control ${d.id} owns was audited in the last 12 months.`,
      );
      item.command = openCommand(d.location);
      item.contextValue = 'departmentControls';
      return item;
    }
    case 'departmentTraining': {
      const people = node.department.trainingOverdue;
      const item = new vscode.TreeItem('Training overdue', people.length ? C.Collapsed : C.None);
      item.id = `${base}:${node.department.id}:training`;
      item.description = people.length ? `${people.length} ${people.length === 1 ? 'person' : 'people'}` : 'nobody';
      item.iconPath = people.length ? icon('warning', 'list.warningForeground') : icon('mortar-board');
      item.tooltip = new vscode.MarkdownString(
        'People of the department (by `department:` on the `people` roster) overdue on refresher or induction training (ISMS502).',
      );
      item.contextValue = 'departmentTraining';
      return item;
    }
    case 'departmentPerson': {
      const p = node.person;
      return overduePersonItem(p, node.root.today, `${base}:${node.department.id}:person:${p.id}:${p.location.uri}`, 'departmentPerson');
    }
  }
}

/** A department with its owner and what needs attention, its facts in a table on hover. */
function departmentSummaryItem(d: TreeDepartment, base: string): vscode.TreeItem {
  const item = new vscode.TreeItem(d.id, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${base}:${d.id}`;
  const overdue = overdueCas(d);
  const facts = [
    d.owner,
    overdue ? `${overdue} overdue` : d.correctiveActions.length ? `${d.correctiveActions.length} open` : undefined,
    d.unauditedControls?.length ? `${d.unauditedControls.length} unaudited` : undefined,
    d.trainingOverdue.length ? `${d.trainingOverdue.length} training overdue` : undefined,
  ];
  item.description = facts.filter(Boolean).join(' · ');
  item.iconPath = overdue
    ? icon('error', 'list.errorForeground')
    : needsAttention(d)
      ? icon('warning', 'list.warningForeground')
      : icon('pass', 'testing.iconPassed');
  const rows = [
    ['Open corrective actions', `${d.correctiveActions.length} (${overdue} overdue)`],
    ['Controls owned', String(d.ownedControls)],
    ['Not audited in 12 months', d.unauditedControls ? String(d.unauditedControls.length) : 'not judged yet'],
    ['People overdue on training', String(d.trainingOverdue.length)],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  item.tooltip = new vscode.MarkdownString(md`**${d.id}**` + (d.owner ? md` — owner ${d.owner}` : '') + `\n\n${table}`);
  item.command = openCommand(d.location);
  item.contextValue = needsAttention(d) ? 'department.attention' : 'department';
  return item;
}
