/**
 * The `isms.auditCycle` tree: per ISMS root the three-year certification cycle, each period holding its
 * internal audits month by month, then the open corrective actions by due state and the management
 * reviews; the Documents, Coverage, Awareness and Departments branches have files of their own. The data comes whole
 * from the server (isms/tree); this file only decides how it looks.
 */
import * as vscode from 'vscode';
import type {
  TreeAudit,
  TreeCorrectiveAction,
  TreeManagementReview,
  TreeMilestone,
  TreeProgrammeMonth,
  TreeResult,
  TreeRoot,
} from '../common/protocol';
import { CYCLE_AUDIT_TYPES } from '../core/model/config';
import { awarenessBranch, awarenessChildren, awarenessItem, isAwarenessNode, type AwarenessNode } from './awarenessTree';
import { coverageBranch, coverageChildren, coverageItem, isCoverageNode, type CoverageNode } from './coverageTree';
import { departmentBranch, departmentChildren, departmentItem, isDepartmentNode, type DepartmentNode } from './departmentTree';
import { documentsBranch, documentsChildren, documentsItem, isDocumentsNode, type DocumentsNode } from './documentsTree';
import type { ServerProxy } from './serverProxy';
import { icon, md, monthName, openCommand, relativeDays } from './treeItems';

type CaGroup = 'overdue' | 'dueSoon' | 'open' | 'unknown';

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
  | AwarenessNode
  | DocumentsNode;

const CYCLE_TYPES: ReadonlySet<string> = new Set(CYCLE_AUDIT_TYPES);
export { monthName, relativeDays } from './treeItems';

const ICONS = {
  done: () => icon('pass', 'testing.iconPassed'),
  planned: () => icon('circle-outline'),
  'in-progress': () => icon('sync', 'charts.blue'),
  overdue: () => icon('warning', 'list.warningForeground'),
  missing: () => icon('circle-slash', 'list.errorForeground'),
  'no-audit': () => icon('circle-slash', 'disabledForeground'),
  'future-empty': () => icon('circle-slash', 'disabledForeground'),
  cancelled: () => icon('circle-slash', 'disabledForeground'),
  unknown: () => icon('question', 'list.warningForeground'),
} as const;

const STATE_WORDS: Record<TreeProgrammeMonth['state'], string> = {
  done: 'done',
  planned: 'planned',
  overdue: 'overdue',
  'in-progress': 'in progress',
  missing: 'no audit',
  'no-audit': 'no audit',
  'future-empty': 'nothing planned yet',
  cancelled: 'cancelled',
  unknown: 'status unreadable',
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

  constructor(private readonly server: ServerProxy) {
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
    this.data ??= this.server.request('isms/tree').then(
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
    if (isDocumentsNode(node)) return documentsChildren(node);
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
          ['unknown', node.root.correctiveActions.unknown ?? []],
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

  /**
   * The parent of a Documents node, so that the view can reveal one (TreeView.reveal): the branch sits
   * under its root, which is shown only when the workspace has several. Other nodes are not revealed.
   */
  async getParent(node: AuditCycleNode): Promise<AuditCycleNode | undefined> {
    if (!isDocumentsNode(node)) return undefined;
    switch (node.type) {
      case 'documents':
        return (await this.result()).roots.length > 1 ? { type: 'root', root: node.root } : undefined;
      case 'documentGroup':
      case 'mandatoryMissing':
        return { type: 'documents', root: node.root };
      case 'document':
        return documentsChildren({ type: 'documents', root: node.root }).find((g) => g.type === 'documentGroup' && g.group === node.group);
      case 'mandatoryItem':
        return documentsChildren({ type: 'documents', root: node.root }).find((g) => g.type === 'mandatoryMissing');
    }
  }

  private rootChildren(root: TreeRoot): AuditCycleNode[] {
    const expiry = root.milestones
      .filter((m) => m.type === 'certificate-expiry')
      .map((milestone): AuditCycleNode => ({ type: 'milestone', root, milestone }));
    return [
      ...periodsOf(root),
      ...expiry,
      { type: 'correctiveActions', root },
      { type: 'managementReviews', root },
      ...documentsBranch(root),
      ...coverageBranch(root),
      ...awarenessBranch(root),
      ...departmentBranch(root),
    ];
  }

  getTreeItem(node: AuditCycleNode): vscode.TreeItem {
    if (isDepartmentNode(node)) return departmentItem(node, correctiveActionItem);
    if (isCoverageNode(node)) return coverageItem(node);
    if (isAwarenessNode(node)) return awarenessItem(node);
    if (isDocumentsNode(node)) return documentsItem(node);
    switch (node.type) {
      case 'message': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = icon('info');
        return item;
      }
      case 'root':
        return rootItem(node.root);
      case 'period':
        return this.periodItem(node.root, node.milestone, node.months, node.current);
      case 'milestone':
        return milestoneItem(node.root, node.milestone);
      case 'month':
        return this.monthItem(node.root, node.month);
      case 'audit':
        return auditItem(node.root, node.audit);
      case 'correctiveActions':
        return correctiveActionsItem(node.root);
      case 'caGroup':
        return caGroupItem(node.root, node.group, node.items);
      case 'correctiveAction':
        return correctiveActionItem(node.root, node.ca);
      case 'managementReviews':
        return managementReviewsItem(node.root);
      case 'managementReview':
        return managementReviewItem(node.root, node.review);
      case 'reviewDue':
        return reviewDueItem(node.root, node.milestone);
    }
  }

  private periodItem(root: TreeRoot, m: TreeMilestone, months: TreeProgrammeMonth[], current: boolean): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(m.label, months.length ? (current ? C.Expanded : C.Collapsed) : C.None);
    item.id = `${root.rootUri}#period:${m.type}:${m.date}`;
    item.description = `${m.date} · ${m.status}${m.status === 'planned' ? ` · ${relativeDays(root.today, m.date)}` : ''}`;
    item.iconPath =
      m.status === 'done'
        ? ICONS.done()
        : m.status === 'overdue'
          ? ICONS.overdue()
          : m.status === 'cancelled'
            ? ICONS.cancelled()
            : icon('calendar');
    const count = (s: TreeProgrammeMonth['state']) => months.filter((x) => x.state === s).length;
    const tip = new vscode.MarkdownString(md`**${m.label}** — ${m.date}, ${m.status}` + (current ? ' (current period)\n\n' : '\n\n'));
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
    // the months ISMS103 reports, and only those, say so (programmeGaps, issue 15.4)
    const words = month.gap ? `${STATE_WORDS[month.state]} · ISMS103` : STATE_WORDS[month.state];
    item.description = ids ? `${words} · ${ids}` : words;
    item.iconPath = month.gap && month.state === 'future-empty' ? icon('info', 'list.warningForeground') : ICONS[month.state]();
    const tip = new vscode.MarkdownString(`**${monthName(month.month)}** — ${STATE_WORDS[month.state]}`);
    const note = monthNote(month);
    if (note) tip.appendMarkdown(`\n\n${note}`);
    for (const a of month.audits) tip.appendMarkdown(md`\n\n- ${a.id} ${a.title} (${a.date ?? 'no date'}, ${a.state})`);
    item.tooltip = tip;
    if (month.audits.length === 1) item.command = openCommand(month.audits[0].location);
    // 'missing' and 'empty' months offer "Plan internal audit" (view/item/context)
    item.contextValue =
      month.state === 'missing' ? 'auditMonth.missing' : month.state === 'future-empty' ? 'auditMonth.empty' : `auditMonth.${month.state}`;
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

// ── the items of the cycle, the corrective actions and the management reviews ──

/** Why an empty month is or is not a problem, in the words of the rule that decides it (ISMS103). */
function monthNote(month: TreeProgrammeMonth): string | undefined {
  if (month.gap) {
    return month.state === 'future-empty'
      ? 'No internal audit is planned yet (ISMS103, a note while it can still be planned).'
      : 'A gap in the internal-audit programme (ISMS103): plan a catch-up audit.';
  }
  if (month.state !== 'no-audit') return undefined;
  return month.externalAudit
    ? md`The month of the ${month.externalAudit.toLowerCase()}: the programme may leave it free.`
    : 'No internal audit, and no gap to report: before the programme started, more than a year ago, or within the programme’s cadence.';
}

const C = vscode.TreeItemCollapsibleState;

function rootItem(root: TreeRoot): vscode.TreeItem {
  const item = new vscode.TreeItem(root.name, C.Expanded);
  item.id = root.rootUri;
  item.iconPath = icon('shield');
  item.resourceUri = vscode.Uri.parse(root.rootUri);
  item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(root.rootUri));
  item.contextValue = 'ismsRoot';
  return item;
}

function milestoneItem(root: TreeRoot, m: TreeMilestone): vscode.TreeItem {
  const item = new vscode.TreeItem(m.label, C.None);
  item.id = `${root.rootUri}#milestone:${m.type}:${m.date}`;
  item.description = `${m.date} · ${relativeDays(root.today, m.date)}`;
  item.iconPath = m.status === 'overdue' ? ICONS.overdue() : icon('verified');
  item.tooltip = new vscode.MarkdownString(md`**${m.label}**\n\n${m.date} (${relativeDays(root.today, m.date)})`);
  item.command = openCommand(m.location);
  item.contextValue = 'milestone';
  return item;
}

function auditItem(root: TreeRoot, a: TreeAudit): vscode.TreeItem {
  const item = new vscode.TreeItem(a.id, C.None);
  item.id = `${root.rootUri}#audit:${a.id}:${a.location.uri}`;
  item.description = [a.title, a.date, a.state].filter(Boolean).join(' · ');
  item.iconPath = ICONS[a.state]();
  item.tooltip = new vscode.MarkdownString(md`**${a.id}** ${a.title}\n\n${a.date ?? 'no date'} · ${a.state}`);
  item.command = openCommand(a.location);
  item.contextValue = `audit.${a.state}`;
  return item;
}

function correctiveActionsItem(root: TreeRoot): vscode.TreeItem {
  const cas = root.correctiveActions;
  const open = cas.overdue.length + cas.dueSoon.length + cas.open.length;
  const unknown = cas.unknown?.length ?? 0;
  const item = new vscode.TreeItem('Corrective actions', open || unknown ? C.Expanded : C.None);
  item.id = `${root.rootUri}#correctiveActions`;
  item.description =
    (open ? `${open} open${cas.overdue.length ? ` · ${cas.overdue.length} overdue` : ''}` : 'none open') +
    (unknown ? ` · ${unknown} status unreadable` : '');
  item.iconPath = cas.overdue.length ? icon('error', 'list.errorForeground') : icon('checklist');
  item.tooltip = new vscode.MarkdownString(
    `Open corrective actions (ISO 27001 10.2): ${cas.overdue.length} overdue, ${cas.dueSoon.length} due soon, ${cas.open.length} open.`,
  );
  item.contextValue = 'correctiveActions';
  return item;
}

const CA_GROUP_LABELS: Record<CaGroup, string> = { overdue: 'Overdue', dueSoon: 'Due soon', open: 'Open', unknown: 'Status unreadable' };

/** The icon of an action's due state, or of a group of actions in that state. */
const dueStateIcon = (state: CaGroup | TreeCorrectiveAction['state']): vscode.ThemeIcon =>
  state === 'overdue'
    ? icon('error', 'list.errorForeground')
    : state === 'dueSoon' || state === 'due-soon'
      ? icon('warning', 'list.warningForeground')
      : state === 'unknown'
        ? icon('question', 'list.warningForeground')
        : icon('circle-outline');

function caGroupItem(root: TreeRoot, group: CaGroup, items: TreeCorrectiveAction[]): vscode.TreeItem {
  const item = new vscode.TreeItem(CA_GROUP_LABELS[group], group === 'open' && items.length > 8 ? C.Collapsed : C.Expanded);
  item.id = `${root.rootUri}#caGroup:${group}`;
  item.description = String(items.length);
  item.iconPath = dueStateIcon(group);
  item.contextValue = `caGroup.${group}`;
  return item;
}

function correctiveActionItem(root: TreeRoot, ca: TreeCorrectiveAction): vscode.TreeItem {
  const item = new vscode.TreeItem(ca.id, C.None);
  item.id = `${root.rootUri}#ca:${ca.id}:${ca.location.uri}`;
  const due = ca.due ? `due ${ca.due} (${relativeDays(root.today, ca.due)})` : 'no due date';
  item.description = `${ca.title} · ${due}`;
  item.iconPath = dueStateIcon(ca.state);
  item.tooltip = new vscode.MarkdownString(
    md`**${ca.id}** ${ca.title}\n\n| | |\n|---|---|\n| Status | ${ca.status} |\n| Owner | ${ca.owner ?? '—'} |\n| Due | ${ca.due ?? '—'} |`,
  );
  item.command = openCommand(ca.location);
  item.contextValue = `correctiveAction.${ca.state}`;
  return item;
}

function managementReviewsItem(root: TreeRoot): vscode.TreeItem {
  const item = new vscode.TreeItem('Management reviews', C.Collapsed);
  item.id = `${root.rootUri}#managementReviews`;
  // the last review the engine counts as held: a blank one marked done is not (issue 15.1, 15.4)
  const last = [...root.managementReviews]
    .filter((r) => r.date && r.state === 'held')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  const due = root.milestones.some((m) => m.type === 'management-review' && !m.location && m.status === 'overdue');
  item.description = (last?.date ? `last held ${last.date}` : 'none held yet') + (due ? ' · a review is overdue' : '');
  item.iconPath = due ? ICONS.overdue() : icon('organization');
  item.tooltip = new vscode.MarkdownString(
    'Management reviews (ISO 27001 9.3): every 9.3.2 input, held by top management at planned intervals.',
  );
  item.contextValue = 'managementReviews';
  return item;
}

const REVIEW_WORDS: Record<TreeManagementReview['state'], string> = {
  held: 'held',
  'not-held': 'not held: nothing recorded',
  planned: 'planned',
  overdue: 'overdue',
};

function managementReviewItem(root: TreeRoot, r: TreeManagementReview): vscode.TreeItem {
  const item = new vscode.TreeItem(r.id, C.None);
  item.id = `${root.rootUri}#review:${r.id}:${r.location.uri}`;
  // the engine's reading, not the written status: a blank review marked done was not held (issue 15.4)
  item.description = [r.title, r.date, REVIEW_WORDS[r.state]].filter(Boolean).join(' · ');
  item.iconPath = r.state === 'held' ? ICONS.done() : r.state === 'planned' ? ICONS.planned() : ICONS.overdue();
  const written = r.state === 'not-held' ? md` (written: status ${r.status}; no attendees, inputs, outputs or minutes recorded)` : '';
  item.tooltip = new vscode.MarkdownString(md`**${r.id}** ${r.title}\n\n${r.date ?? 'no date'} · ${REVIEW_WORDS[r.state]}` + written);
  item.command = openCommand(r.location);
  item.contextValue = `managementReview.${r.state}`;
  return item;
}

function reviewDueItem(root: TreeRoot, m: TreeMilestone): vscode.TreeItem {
  const item = new vscode.TreeItem(m.label, C.None);
  item.id = `${root.rootUri}#reviewDue:${m.date}`;
  item.description = `${m.date} · ${relativeDays(root.today, m.date)}`;
  item.iconPath = m.status === 'overdue' ? ICONS.overdue() : icon('calendar');
  item.tooltip = new vscode.MarkdownString(
    md`**${m.label}** — ${m.date}, ${m.status}\n\nTop management reviews the ISMS at planned intervals (ISO 27001 9.3, ISMS201/ISMS202): hold the review and record it.`,
  );
  item.contextValue = 'managementReviewDue';
  return item;
}
