/**
 * The `isms.controls` view (issue 18.4): each control the Statement of Applicability marks applicable,
 * by standard and Annex A theme, with its one state (failing, not shown, attention, not tracked, operating) and why;
 * under it the evidence (a click opens the evidence file when it is in the repository, else the record),
 * the recurring activities, the internal audits and the open corrective actions. The data comes whole
 * from the server (isms/controls, src/core/controls/controlState.ts); this file only decides how it looks.
 */
import * as vscode from 'vscode';
import type {
  ControlsResult,
  ControlsRoot,
  TreeControl,
  TreeControlActivity,
  TreeControlEvidence,
  TreeControlState,
} from '../common/protocol';
import type { ServerProxy } from './serverProxy';
import { icon, md, openCommand } from './treeItems';

type Group = ControlsRoot['standards'][number]['groups'][number];
type Standard = ControlsRoot['standards'][number];
type Audit = NonNullable<TreeControl['lastAudit']>;

export type ControlsNode =
  | { type: 'message'; text: string }
  | { type: 'controlsRoot'; root: ControlsRoot }
  | { type: 'controlsStandard'; root: ControlsRoot; standard: Standard }
  | { type: 'controlsGroup'; root: ControlsRoot; standard: Standard; group: Group }
  | { type: 'control'; root: ControlsRoot; control: TreeControl }
  | { type: 'controlEvidence'; root: ControlsRoot; control: TreeControl; evidence: TreeControlEvidence }
  | { type: 'controlActivity'; root: ControlsRoot; control: TreeControl; activity: TreeControlActivity }
  | { type: 'controlAudit'; root: ControlsRoot; control: TreeControl; audit: Audit; planned: boolean }
  | { type: 'controlAction'; root: ControlsRoot; control: TreeControl; action: TreeControl['correctiveActions'][number] };

export const STATE_WORDS: Readonly<Record<TreeControlState, string>> = {
  failing: 'failing',
  'not-shown': 'not shown',
  attention: 'attention',
  'not-tracked': 'not tracked',
  operating: 'operating',
};

const STATE_ICONS: Readonly<Record<TreeControlState, () => vscode.ThemeIcon>> = {
  failing: () => icon('error', 'list.errorForeground'),
  'not-shown': () => icon('circle-slash', 'notificationsInfoIcon.foreground'),
  attention: () => icon('warning', 'list.warningForeground'),
  'not-tracked': () => icon('circle-large-outline', 'disabledForeground'),
  operating: () => icon('pass', 'testing.iconPassed'),
};

const EVIDENCE_ICONS: Readonly<Record<TreeControlEvidence['state'], () => vscode.ThemeIcon>> = {
  current: () => icon('file', 'testing.iconPassed'),
  'renewal-due': () => icon('file', 'list.warningForeground'),
  expired: () => icon('file', 'list.errorForeground'),
  future: () => icon('file', 'disabledForeground'),
  unknown: () => icon('question', 'list.warningForeground'),
};

const ACTIVITY_ICONS: Readonly<Record<TreeControlActivity['state'], () => vscode.ThemeIcon>> = {
  'on-track': () => icon('sync', 'testing.iconPassed'),
  due: () => icon('sync', 'list.warningForeground'),
  overdue: () => icon('sync', 'list.errorForeground'),
  'not-started': () => icon('sync', 'disabledForeground'),
  unknown: () => icon('question', 'list.warningForeground'),
};

const groupCounts = (controls: readonly TreeControl[]): string =>
  (Object.keys(STATE_WORDS) as TreeControlState[])
    .map((s) => [s, controls.filter((c) => c.state === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATE_WORDS[s]}`)
    .join(' · ');

function controlChildren(root: ControlsRoot, control: TreeControl): ControlsNode[] {
  return [
    ...control.evidence.map((evidence): ControlsNode => ({ type: 'controlEvidence', root, control, evidence })),
    ...control.activities.map((activity): ControlsNode => ({ type: 'controlActivity', root, control, activity })),
    ...(control.lastAudit ? [{ type: 'controlAudit', root, control, audit: control.lastAudit, planned: false } as const] : []),
    ...(control.plannedAudit ? [{ type: 'controlAudit', root, control, audit: control.plannedAudit, planned: true } as const] : []),
    ...control.correctiveActions.map((action): ControlsNode => ({ type: 'controlAction', root, control, action })),
  ];
}

/** The children of a node the server's data already holds. */
export function controlsChildren(node: ControlsNode): ControlsNode[] {
  switch (node.type) {
    case 'controlsRoot':
      return rootChildren(node.root);
    case 'controlsStandard':
      return node.standard.groups.map((group) => ({ type: 'controlsGroup', root: node.root, standard: node.standard, group }));
    case 'controlsGroup':
      return node.group.controls.map((control) => ({ type: 'control', root: node.root, control }));
    case 'control':
      return controlChildren(node.root, node.control);
    default:
      return [];
  }
}

/** One standard: its themes directly; several: a node per standard. */
function rootChildren(root: ControlsRoot): ControlsNode[] {
  if (root.standards.length === 1) {
    const standard = root.standards[0];
    return standard.groups.map((group) => ({ type: 'controlsGroup', root, standard, group }));
  }
  return root.standards.map((standard) => ({ type: 'controlsStandard', root, standard }));
}

function controlItem(root: ControlsRoot, c: TreeControl): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const item = new vscode.TreeItem(c.id, controlChildren(root, c).length ? C.Collapsed : C.None);
  item.id = `${root.rootUri}#control:${c.id}`;
  const why = c.reasons.find((r) => r.weighs === c.state)?.text;
  item.description = `${STATE_WORDS[c.state]} · ${c.title}`;
  item.iconPath = STATE_ICONS[c.state]();
  const tip = new vscode.MarkdownString(md`**${c.id}** ${c.title}\n\n**${STATE_WORDS[c.state]}**` + (why ? md`: ${why}` : '') + '\n\n');
  for (const r of c.reasons) tip.appendMarkdown(md`- ${r.weighs ? `${STATE_WORDS[r.weighs]}: ` : ''}${r.text}\n`);
  item.tooltip = tip;
  item.command = openCommand(c.soa);
  item.contextValue = `control.${c.state}`;
  return item;
}

function evidenceItem(root: ControlsRoot, control: TreeControl, e: TreeControlEvidence): vscode.TreeItem {
  const item = new vscode.TreeItem(e.id || e.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${root.rootUri}#control:${control.id}:evidence:${e.id}:${e.location.uri}:${e.location.range.start.line}`;
  const until = e.validUntil ? ` until ${e.validUntil}` : '';
  item.description = `${e.state.replace('-', ' ')}${until} · ${e.title}`;
  item.iconPath = EVIDENCE_ICONS[e.state]();
  item.tooltip = new vscode.MarkdownString(
    md`**${e.id}** ${e.title}\n\n${e.state.replace('-', ' ')}${e.effective ? `, effective ${e.effective}` : ''}${until}` +
      (e.where ? md`\n\nWhere: ${e.where}` : ''),
  );
  // the evidence itself when it is a file of the repository; else its record (a URL is not opened from a click)
  item.command = e.file
    ? { command: 'vscode.open', title: 'Open evidence', arguments: [vscode.Uri.parse(e.file), { preview: true }] }
    : openCommand(e.location);
  item.contextValue = e.file ? 'controlEvidence.file' : 'controlEvidence';
  return item;
}

function activityItem(root: ControlsRoot, control: TreeControl, a: TreeControlActivity): vscode.TreeItem {
  const item = new vscode.TreeItem(a.id || a.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${root.rootUri}#control:${control.id}:activity:${a.id}`;
  const state = a.state === 'overdue' ? `overdue since ${a.lastDue}` : a.state.replace('-', ' ');
  item.description = `${state}${a.next ? ` · next due ${a.next}` : ''} · ${a.title}`;
  item.iconPath = ACTIVITY_ICONS[a.state]();
  item.tooltip = new vscode.MarkdownString(md`**${a.id}** ${a.title}\n\n${state}${a.next ? `, next due ${a.next}` : ''}`);
  item.command = openCommand(a.location);
  item.contextValue = 'controlActivity';
  return item;
}

function auditItem(root: ControlsRoot, control: TreeControl, a: Audit, planned: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(a.id || '(no id)', vscode.TreeItemCollapsibleState.None);
  item.id = `${root.rootUri}#control:${control.id}:audit:${planned ? 'planned' : 'last'}:${a.id}`;
  item.description = planned ? `internal audit planned ${a.date}` : `last internal audit ${a.date}`;
  item.iconPath = planned ? icon('calendar') : icon('checklist');
  item.command = openCommand(a.location);
  item.contextValue = planned ? 'controlAudit.planned' : 'controlAudit';
  return item;
}

function actionItem(root: ControlsRoot, control: TreeControl, a: TreeControl['correctiveActions'][number]): vscode.TreeItem {
  const item = new vscode.TreeItem(a.id || '(no id)', vscode.TreeItemCollapsibleState.None);
  item.id = `${root.rootUri}#control:${control.id}:ca:${a.id}`;
  item.description = `${a.state.replace('-', ' ')}${a.due ? ` · due ${a.due}` : ''} · ${a.title}`;
  item.iconPath = icon('tools', a.state === 'overdue' ? 'list.errorForeground' : 'list.warningForeground');
  item.tooltip = new vscode.MarkdownString(md`**${a.id}** ${a.title}\n\nopen corrective action, ${a.state}`);
  item.command = openCommand(a.location);
  item.contextValue = 'controlAction';
  return item;
}

/** The tree item of any node. */
export function controlsItem(node: ControlsNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.type) {
    case 'message': {
      const item = new vscode.TreeItem(node.text, C.None);
      item.iconPath = icon('info');
      return item;
    }
    case 'controlsRoot': {
      const item = new vscode.TreeItem(node.root.name, C.Expanded);
      item.id = `${node.root.rootUri}#controls`;
      item.iconPath = icon('shield');
      item.description = groupCounts(node.root.standards.flatMap((s) => s.groups.flatMap((g) => g.controls)));
      return item;
    }
    case 'controlsStandard': {
      const item = new vscode.TreeItem(node.standard.name, C.Expanded);
      item.id = `${node.root.rootUri}#controls:${node.standard.key}`;
      item.iconPath = icon('law');
      item.description = groupCounts(node.standard.groups.flatMap((g) => g.controls));
      return item;
    }
    case 'controlsGroup': {
      const failing = node.group.controls.some((c) => c.state === 'failing');
      const item = new vscode.TreeItem(node.group.name, failing ? C.Expanded : C.Collapsed);
      item.id = `${node.root.rootUri}#controls:${node.standard.key}:${node.group.group}`;
      item.iconPath = icon('symbol-folder');
      item.description = groupCounts(node.group.controls);
      item.contextValue = 'controlsGroup';
      return item;
    }
    case 'control':
      return controlItem(node.root, node.control);
    case 'controlEvidence':
      return evidenceItem(node.root, node.control, node.evidence);
    case 'controlActivity':
      return activityItem(node.root, node.control, node.activity);
    case 'controlAudit':
      return auditItem(node.root, node.control, node.audit, node.planned);
    case 'controlAction':
      return actionItem(node.root, node.control, node.action);
  }
}

export class ControlsTreeProvider implements vscode.TreeDataProvider<ControlsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ControlsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: Promise<ControlsResult> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: ServerProxy) {
    this.subscriptions.push(server.onDidChangeTree(() => this.refreshSoon()));
  }

  refresh(): void {
    this.data = undefined;
    this.changed.fire(undefined);
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 100);
  }

  /** The view's data, fetched once per change; sets `isms.controlsNoSoa` for the welcome text. */
  result(): Promise<ControlsResult> {
    this.data ??= this.server.request('isms/controls').then(
      (r) => {
        const noSoa = r.ready && r.roots.length > 0 && !r.roots.some((root) => root.soa);
        void vscode.commands.executeCommand('setContext', 'isms.controlsNoSoa', noSoa);
        return r;
      },
      (e: unknown) => {
        this.data = undefined;
        throw e;
      },
    );
    return this.data;
  }

  async getChildren(node?: ControlsNode): Promise<ControlsNode[]> {
    if (node) return controlsChildren(node);
    let result: ControlsResult;
    try {
      result = await this.result();
    } catch (e) {
      return [{ type: 'message', text: `The ISMS language server is not available: ${e instanceof Error ? e.message : String(e)}` }];
    }
    if (!result.ready && result.roots.length === 0) return [{ type: 'message', text: 'Reading the ISMS…' }];
    // no SoA: nothing is applicable yet, and the welcome text says so
    const roots = result.roots.filter((r) => r.soa);
    if (roots.length === 1) return rootChildren(roots[0]);
    return roots.map((root) => ({ type: 'controlsRoot', root }));
  }

  getTreeItem(node: ControlsNode): vscode.TreeItem {
    return controlsItem(node);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
