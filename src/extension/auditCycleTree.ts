/**
 * The `isms.auditCycle` tree: per ISMS root the three-year certification cycle, each period holding its
 * internal audits month by month, then the open corrective actions by due state and the management
 * reviews. The data comes whole from the server (isms/tree); this file only decides how it looks.
 */
import * as vscode from 'vscode';
import type {
  TreeAudit,
  TreeCorrectiveAction,
  TreeDepartment,
  TreeManagementReview,
  TreeMilestone,
  TreePerson,
  TreeProgrammeMonth,
  TreeResult,
  TreeRoot,
} from '../common/protocol';
import { CYCLE_AUDIT_TYPES } from '../core/model/config';
import { awarenessBranch, awarenessChildren, awarenessItem, isAwarenessNode, type AwarenessNode } from './awarenessTree';
import { coverageBranch, coverageChildren, coverageItem, isCoverageNode, type CoverageNode } from './coverageTree';
import type { IsmsServer } from './ismsServer';
import { icon, monthName, openCommand, overduePersonItem, relativeDays } from './treeItems';

type CaGroup = 'overdue' | 'dueSoon' | 'open';

export type AuditCycleNode =
  | { type: 'root'; root: TreeRoot }
  | { type: 'period'; root: TreeRoot; milestone: TreeMilestone; months: TreeProgrammeMonth[]; current: boolean }
  | { type: 'milestone'; root: TreeRoot; milestone: TreeMilestone }
  | { type: 'month'; root: TreeRoot; month: TreeProgrammeMonth }
  | { type: 'audit'; root: TreeRoot; audit: TreeAudit }
  | { type: 'correctiveActions'; root: TreeRoot }
  | { type: 'caGroup'; root: TreeRoot; group: CaGroup; items: TreeCorrectiveAction[] }
  | { type: 'correctiveAction'; root: TreeRoot; ca: TreeCorrectiveAction }
  | { type: 'managementReviews'; root: TreeRoot }
  | { type: 'managementReview'; root: TreeRoot; review: TreeManagementReview }
  | { type: 'reviewDue'; root: TreeRoot; milestone: TreeMilestone }
  | { type: 'message'; text: string }
  | DepartmentNode
  | CoverageNode
  | AwarenessNode;

/** The "Departments" branch (ISO 27001 5.3): one node per department of isms.yaml and what it owns. */
type DepartmentNode =
  | { type: 'departments'; root: TreeRoot }
  | { type: 'department'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentCa'; root: TreeRoot; department: TreeDepartment; ca: TreeCorrectiveAction }
  | { type: 'departmentControls'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentTraining'; root: TreeRoot; department: TreeDepartment }
  | { type: 'departmentPerson'; root: TreeRoot; department: TreeDepartment; person: TreePerson };

const CYCLE_TYPES: ReadonlySet<string> = new Set(CYCLE_AUDIT_TYPES);
export { monthName, relativeDays } from './treeItems';

const ICONS = {
  done: () => icon('pass', 'testing.iconPassed'),
  planned: () => icon('circle-outline'),
  'in-progress': () => icon('sync', 'charts.blue'),
  overdue: () => icon('warning', 'list.warningForeground'),
  missing: () => icon('circle-slash', 'list.errorForeground'),
  'future-empty': () => icon('circle-slash', 'disabledForeground'),
  cancelled: () => icon('circle-slash', 'disabledForeground'),
} as const;

const STATE_WORDS: Record<TreeProgrammeMonth['state'], string> = {
  done: 'done',
  planned: 'planned',
  overdue: 'overdue',
  'in-progress': 'in progress',
  missing: 'no audit',
  'future-empty': 'nothing planned yet',
  cancelled: 'cancelled',
};

/** Splits the programme months over the periods that start at each external audit of the cycle. */
export function periodsOf(root: TreeRoot): AuditCycleNode[] {
  const cycle = root.milestones.filter((m) => CYCLE_TYPES.has(m.type)).sort((a, b) => a.date.localeCompare(b.date));
  const periodIndex = (month: string) => {
    let index = 0;
    cycle.forEach((m, i) => {
      if (m.date.slice(0, 7) <= month) index = i;
    });
    return index;
  };
  const months: TreeProgrammeMonth[][] = cycle.map(() => []);
  if (cycle.length) for (const m of root.programme) months[periodIndex(m.month)].push(m);
  const current = cycle.length ? periodIndex(root.today.slice(0, 7)) : -1;
  return cycle.map((milestone, i) => ({ type: 'period', root, milestone, months: months[i], current: i === current }));
}

export class AuditCycleTreeProvider implements vscode.TreeDataProvider<AuditCycleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AuditCycleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: Promise<TreeResult> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: IsmsServer) {
    this.subscriptions.push(server.onDidChangeTree(() => this.refreshSoon()));
    void vscode.commands.executeCommand('setContext', 'isms.loading', true);
  }

  /** Drops the cached tree and asks the server again. */
  refresh(): void {
    this.data = undefined;
    this.changed.fire(undefined);
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 100);
  }

  /** The tree data, fetched once per change; also sets the `isms.active` / `isms.loading` context keys. */
  result(): Promise<TreeResult> {
    this.data ??= this.server.tree().then(
      (r) => {
        void vscode.commands.executeCommand('setContext', 'isms.active', r.roots.length > 0);
        void vscode.commands.executeCommand('setContext', 'isms.loading', !r.ready);
        return r;
      },
      (e: unknown) => {
        this.data = undefined;
        throw e;
      },
    );
    return this.data;
  }

  async getChildren(node?: AuditCycleNode): Promise<AuditCycleNode[]> {
    if (!node) {
      let result: TreeResult;
      try {
        result = await this.result();
      } catch (e) {
        return [{ type: 'message', text: `The ISMS language server is not available: ${e instanceof Error ? e.message : String(e)}` }];
      }
      if (!result.ready && result.roots.length === 0) return [{ type: 'message', text: 'Reading the ISMS…' }];
      if (result.roots.length === 1) return this.rootChildren(result.roots[0]);
      return result.roots.map((root) => ({ type: 'root', root }));
    }
    // each branch of its own answers for its nodes
    if (isDepartmentNode(node)) return departmentChildren(node);
    if (isCoverageNode(node)) return coverageChildren(node);
    if (isAwarenessNode(node)) return awarenessChildren(node);
    switch (node.type) {
      case 'root':
        return this.rootChildren(node.root);
      case 'period':
        return node.months.map((month) => ({ type: 'month', root: node.root, month }));
      case 'month':
        return node.month.audits.map((audit) => ({ type: 'audit', root: node.root, audit }));
      case 'correctiveActions': {
        const groups: [CaGroup, TreeCorrectiveAction[]][] = [
          ['overdue', node.root.correctiveActions.overdue],
          ['dueSoon', node.root.correctiveActions.dueSoon],
          ['open', node.root.correctiveActions.open],
        ];
        return groups.filter(([, items]) => items.length).map(([group, items]) => ({ type: 'caGroup', root: node.root, group, items }));
      }
      case 'caGroup':
        return node.items.map((ca) => ({ type: 'correctiveAction', root: node.root, ca }));
      case 'managementReviews': {
        const due = node.root.milestones
          .filter((m) => m.type === 'management-review' && !m.location && m.status !== 'done')
          .map((milestone): AuditCycleNode => ({ type: 'reviewDue', root: node.root, milestone }));
        const reviews = [...node.root.managementReviews]
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
          .map((review): AuditCycleNode => ({ type: 'managementReview', root: node.root, review }));
        return [...due, ...reviews];
      }
      default:
        return [];
    }
  }

  private rootChildren(root: TreeRoot): AuditCycleNode[] {
    const expiry = root.milestones
      .filter((m) => m.type === 'certificate-expiry')
      .map((milestone): AuditCycleNode => ({ type: 'milestone', root, milestone }));
    const departments: AuditCycleNode[] = root.departments.length ? [{ type: 'departments', root }] : [];
    return [...periodsOf(root), ...expiry, { type: 'correctiveActions', root }, { type: 'managementReviews', root }, ...coverageBranch(root), ...awarenessBranch(root), ...departments];
  }

  getTreeItem(node: AuditCycleNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    if (isDepartmentNode(node)) return this.departmentItem(node);
    if (isCoverageNode(node)) return coverageItem(node);
    if (isAwarenessNode(node)) return awarenessItem(node);
    switch (node.type) {
      case 'message': {
        const item = new vscode.TreeItem(node.text, C.None);
        item.iconPath = icon('info');
        return item;
      }
      case 'root': {
        const item = new vscode.TreeItem(node.root.name, C.Expanded);
        item.id = node.root.rootUri;
        item.iconPath = icon('shield');
        item.resourceUri = vscode.Uri.parse(node.root.rootUri);
        item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(node.root.rootUri));
        item.contextValue = 'ismsRoot';
        return item;
      }
      case 'period':
        return this.periodItem(node.root, node.milestone, node.months, node.current);
      case 'milestone': {
        const m = node.milestone;
        const item = new vscode.TreeItem(m.label, C.None);
        item.id = `${node.root.rootUri}#milestone:${m.type}:${m.date}`;
        item.description = `${m.date} · ${relativeDays(node.root.today, m.date)}`;
        item.iconPath = m.status === 'overdue' ? ICONS.overdue() : icon('verified');
        item.tooltip = new vscode.MarkdownString(`**${m.label}**\n\n${m.date} (${relativeDays(node.root.today, m.date)})`);
        item.command = openCommand(m.location);
        item.contextValue = 'milestone';
        return item;
      }
      case 'month':
        return this.monthItem(node.root, node.month);
      case 'audit': {
        const a = node.audit;
        const item = new vscode.TreeItem(a.id, C.None);
        item.id = `${node.root.rootUri}#audit:${a.id}:${a.location.uri}`;
        item.description = [a.title, a.date, a.state].filter(Boolean).join(' · ');
        item.iconPath = ICONS[a.state]();
        item.tooltip = new vscode.MarkdownString(`**${a.id}** ${a.title}\n\n${a.date ?? 'no date'} · ${a.state}`);
        item.command = openCommand(a.location);
        item.contextValue = `audit.${a.state}`;
        return item;
      }
      case 'correctiveActions': {
        const cas = node.root.correctiveActions;
        const open = cas.overdue.length + cas.dueSoon.length + cas.open.length;
        const item = new vscode.TreeItem('Corrective actions', open ? C.Expanded : C.None);
        item.id = `${node.root.rootUri}#correctiveActions`;
        item.description = open ? `${open} open${cas.overdue.length ? ` · ${cas.overdue.length} overdue` : ''}` : 'none open';
        item.iconPath = cas.overdue.length ? icon('error', 'list.errorForeground') : icon('checklist');
        item.tooltip = new vscode.MarkdownString(`Open corrective actions (ISO 27001 10.2): ${cas.overdue.length} overdue, ${cas.dueSoon.length} due soon, ${cas.open.length} open.`);
        item.contextValue = 'correctiveActions';
        return item;
      }
      case 'caGroup': {
        const labels: Record<CaGroup, string> = { overdue: 'Overdue', dueSoon: 'Due soon', open: 'Open' };
        const item = new vscode.TreeItem(labels[node.group], node.group === 'open' && node.items.length > 8 ? C.Collapsed : C.Expanded);
        item.id = `${node.root.rootUri}#caGroup:${node.group}`;
        item.description = String(node.items.length);
        item.iconPath =
          node.group === 'overdue' ? icon('error', 'list.errorForeground') : node.group === 'dueSoon' ? icon('warning', 'list.warningForeground') : icon('circle-outline');
        item.contextValue = `caGroup.${node.group}`;
        return item;
      }
      case 'correctiveAction': {
        const ca = node.ca;
        const item = new vscode.TreeItem(ca.id, C.None);
        item.id = `${node.root.rootUri}#ca:${ca.id}:${ca.location.uri}`;
        const due = ca.due ? `due ${ca.due} (${relativeDays(node.root.today, ca.due)})` : 'no due date';
        item.description = `${ca.title} · ${due}`;
        item.iconPath =
          ca.state === 'overdue' ? icon('error', 'list.errorForeground') : ca.state === 'due-soon' ? icon('warning', 'list.warningForeground') : icon('circle-outline');
        const tip = new vscode.MarkdownString(
          `**${ca.id}** ${ca.title}\n\n| | |\n|---|---|\n| Status | ${ca.status} |\n| Owner | ${ca.owner ?? '—'} |\n| Due | ${ca.due ?? '—'} |`,
        );
        item.tooltip = tip;
        item.command = openCommand(ca.location);
        item.contextValue = `correctiveAction.${ca.state}`;
        return item;
      }
      case 'managementReviews': {
        const item = new vscode.TreeItem('Management reviews', C.Collapsed);
        item.id = `${node.root.rootUri}#managementReviews`;
        const last = [...node.root.managementReviews].filter((r) => r.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
        item.description = last?.date ? `last ${last.date}` : 'none yet';
        item.iconPath = icon('organization');
        item.tooltip = new vscode.MarkdownString('Management reviews (ISO 27001 9.3): every 9.3.2 input, held by top management at planned intervals.');
        item.contextValue = 'managementReviews';
        return item;
      }
      case 'managementReview': {
        const r = node.review;
        const item = new vscode.TreeItem(r.id, C.None);
        item.id = `${node.root.rootUri}#review:${r.id}:${r.location.uri}`;
        item.description = [r.title, r.date, r.status].filter(Boolean).join(' · ');
        item.iconPath = r.status === 'done' ? ICONS.done() : ICONS.planned();
        item.tooltip = new vscode.MarkdownString(`**${r.id}** ${r.title}\n\n${r.date ?? 'no date'} · ${r.status}`);
        item.command = openCommand(r.location);
        item.contextValue = 'managementReview';
        return item;
      }
      case 'reviewDue': {
        const m = node.milestone;
        const item = new vscode.TreeItem(m.label, C.None);
        item.id = `${node.root.rootUri}#reviewDue:${m.date}`;
        item.description = `${m.date} · ${relativeDays(node.root.today, m.date)}`;
        item.iconPath = m.status === 'overdue' ? ICONS.overdue() : icon('calendar');
        item.contextValue = 'managementReviewDue';
        return item;
      }
    }
  }

  private departmentItem(node: DepartmentNode): vscode.TreeItem {
    if (node.type !== 'departmentCa') return departmentTreeItem(node);
    // the action's own item, under an id of its own: the same action is also under "Corrective actions"
    const item = this.getTreeItem({ type: 'correctiveAction', root: node.root, ca: node.ca });
    item.id = `${node.root.rootUri}#department:${node.department.id}:ca:${node.ca.id}:${node.ca.location.uri}`;
    return item;
  }

  private periodItem(root: TreeRoot, m: TreeMilestone, months: TreeProgrammeMonth[], current: boolean): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(m.label, months.length ? (current ? C.Expanded : C.Collapsed) : C.None);
    item.id = `${root.rootUri}#period:${m.type}:${m.date}`;
    item.description = `${m.date} · ${m.status}${m.status === 'planned' ? ` · ${relativeDays(root.today, m.date)}` : ''}`;
    item.iconPath = m.status === 'done' ? ICONS.done() : m.status === 'overdue' ? ICONS.overdue() : m.status === 'cancelled' ? ICONS.cancelled() : icon('calendar');
    const count = (s: TreeProgrammeMonth['state']) => months.filter((x) => x.state === s).length;
    const tip = new vscode.MarkdownString(`**${m.label}** — ${m.date}, ${m.status}${current ? ' (current period)' : ''}\n\n`);
    tip.appendMarkdown(
      `Internal audit months in this period: ${count('done')} done, ${count('planned') + count('in-progress')} planned, ${count('overdue')} overdue, ${count('missing')} without an audit.`,
    );
    item.tooltip = tip;
    item.command = openCommand(m.location);
    item.contextValue = `period.${m.status}`;
    return item;
  }

  private monthItem(root: TreeRoot, month: TreeProgrammeMonth): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(monthName(month.month), month.audits.length ? C.Collapsed : C.None);
    item.id = `${root.rootUri}#month:${month.month}`;
    const ids = month.audits.map((a) => a.id).join(', ');
    item.description = ids ? `${STATE_WORDS[month.state]} · ${ids}` : STATE_WORDS[month.state];
    item.iconPath = ICONS[month.state]();
    const tip = new vscode.MarkdownString(`**${monthName(month.month)}** — ${STATE_WORDS[month.state]}`);
    for (const a of month.audits) tip.appendMarkdown(`\n\n- ${a.id} ${a.title} (${a.date ?? 'no date'}, ${a.state})`);
    item.tooltip = tip;
    if (month.audits.length === 1) item.command = openCommand(month.audits[0].location);
    // 'missing' and 'empty' months offer "Plan internal audit" (view/item/context)
    item.contextValue = month.state === 'missing' ? 'auditMonth.missing' : month.state === 'future-empty' ? 'auditMonth.empty' : `auditMonth.${month.state}`;
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

// ── Departments (ISO 27001 5.3) ─────────────────────────────────────────────

const DEPARTMENT_TYPES: ReadonlySet<AuditCycleNode['type']> = new Set(['departments', 'department', 'departmentCa', 'departmentControls', 'departmentTraining', 'departmentPerson']);

function isDepartmentNode(node: AuditCycleNode): node is DepartmentNode {
  return DEPARTMENT_TYPES.has(node.type);
}

const overdueCas = (d: TreeDepartment): number => d.correctiveActions.filter((ca) => ca.state === 'overdue').length;
/** whether a department needs its owner's attention: overdue actions, unaudited controls or people overdue on training */
const needsAttention = (d: TreeDepartment): boolean => overdueCas(d) > 0 || (d.unauditedControls?.length ?? 0) > 0 || d.trainingOverdue.length > 0;

function departmentChildren(node: DepartmentNode): AuditCycleNode[] {
  const { root } = node;
  switch (node.type) {
    case 'departments':
      return root.departments.map((department) => ({ type: 'department', root, department }));
    case 'department': {
      const department = node.department;
      return [
        ...department.correctiveActions.map((ca): AuditCycleNode => ({ type: 'departmentCa', root, department, ca })),
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

function departmentTreeItem(node: Exclude<DepartmentNode, { type: 'departmentCa' }>): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const base = `${node.root.rootUri}#department`;
  switch (node.type) {
    case 'departments': {
      const attention = node.root.departments.filter(needsAttention).length;
      const item = new vscode.TreeItem('Departments', C.Collapsed);
      item.id = `${base}s`;
      item.description = attention ? `${attention} of ${node.root.departments.length} need attention` : `${node.root.departments.length}, all in order`;
      item.iconPath = attention ? icon('warning', 'list.warningForeground') : icon('organization');
      item.tooltip = new vscode.MarkdownString('Departments of `isms.yaml` (ISO 27001 5.3): each owner with overdue corrective actions, controls not audited in 12 months, or people overdue on training.');
      item.contextValue = 'departments';
      return item;
    }
    case 'department': {
      const d = node.department;
      const item = new vscode.TreeItem(d.id, C.Collapsed);
      item.id = `${base}:${d.id}`;
      const overdue = overdueCas(d);
      const facts = [
        d.owner,
        overdue ? `${overdue} overdue` : d.correctiveActions.length ? `${d.correctiveActions.length} open` : undefined,
        d.unauditedControls?.length ? `${d.unauditedControls.length} unaudited` : undefined,
        d.trainingOverdue.length ? `${d.trainingOverdue.length} training overdue` : undefined,
      ];
      item.description = facts.filter(Boolean).join(' · ');
      item.iconPath = overdue ? icon('error', 'list.errorForeground') : needsAttention(d) ? icon('warning', 'list.warningForeground') : icon('pass', 'testing.iconPassed');
      item.tooltip = new vscode.MarkdownString(
        `**${d.id}**${d.owner ? ` — owner ${d.owner}` : ''}\n\n| | |\n|---|---|\n| Open corrective actions | ${d.correctiveActions.length} (${overdue} overdue) |\n| Controls owned | ${d.ownedControls} |\n| Not audited in 12 months | ${d.unauditedControls ? d.unauditedControls.length : 'not judged yet'} |\n| People overdue on training | ${d.trainingOverdue.length} |`,
      );
      item.command = openCommand(d.location);
      item.contextValue = needsAttention(d) ? 'department.attention' : 'department';
      return item;
    }
    case 'departmentControls': {
      const d = node.department;
      const missing = d.unauditedControls;
      const item = new vscode.TreeItem('Unaudited controls', C.None);
      item.id = `${base}:${d.id}:controls`;
      item.description = missing === undefined ? 'not judged yet (ISMS under a year old)' : missing.length ? `${missing.length} of ${d.ownedControls}: ${missing.join(', ')}` : `none of ${d.ownedControls}`;
      item.iconPath = missing?.length ? icon('warning', 'list.warningForeground') : icon('shield');
      item.tooltip = new vscode.MarkdownString(
        missing?.length ? `Controls owned by ${d.id} with no internal audit in the last 12 months (ISMS601): ${missing.join(', ')}.` : `Every control ${d.id} owns was audited in the last 12 months.`,
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
      item.tooltip = new vscode.MarkdownString('People of the department (by `department:` on the `people` roster) overdue on refresher or induction training (ISMS502).');
      item.contextValue = 'departmentTraining';
      return item;
    }
    case 'departmentPerson': {
      const p = node.person;
      return overduePersonItem(p, node.root.today, `${base}:${node.department.id}:person:${p.id}:${p.location.uri}`, 'departmentPerson');
    }
  }
}
