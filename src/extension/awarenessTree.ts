/**
 * The "Awareness" branch of the audit-cycle tree (ISO 27001 7.3, 7.4, A.6.3): the last activity and
 * whether the cadence of isms.yaml is met, then the twelve months ISMS501 looks at and this month, each
 * with its activities (the empty months it reports flagged), the phishing simulations with their trend,
 * and the people overdue on training when a roster is kept. The data comes whole from the server
 * (isms/tree, `TreeRoot.awareness`).
 */
import * as vscode from 'vscode';
import { cadenceVerdict } from '../core/awareness/cadence';
import type { TreeAwarenessActivity, TreeAwarenessMonth, TreePerson, TreePhishingSimulation, TreeRoot } from '../common/protocol';
import { icon, md, monthName, openCommand, overduePersonItem, relativeDays } from './treeItems';

export type AwarenessNode =
  | { type: 'awareness'; root: TreeRoot }
  | { type: 'awarenessMonth'; root: TreeRoot; month: TreeAwarenessMonth }
  | { type: 'awarenessActivity'; root: TreeRoot; activity: TreeAwarenessActivity }
  | { type: 'phishing'; root: TreeRoot }
  | { type: 'phishingSimulation'; root: TreeRoot; simulation: TreePhishingSimulation }
  | { type: 'trainingOverdue'; root: TreeRoot; people: TreePerson[] }
  | { type: 'trainingOverduePerson'; root: TreeRoot; person: TreePerson };

const AWARENESS_TYPES: ReadonlySet<string> = new Set<AwarenessNode['type']>([
  'awareness',
  'awarenessMonth',
  'awarenessActivity',
  'phishing',
  'phishingSimulation',
  'trainingOverdue',
  'trainingOverduePerson',
]);
export const isAwarenessNode = (node: { type: string }): node is AwarenessNode => AWARENESS_TYPES.has(node.type);

const warning = (): vscode.ThemeIcon => icon('warning', 'list.warningForeground');

/** The awareness types of docs/format.md, each with a codicon; anything else is a plain activity. */
const TYPE_ICONS: Readonly<Record<string, string>> = {
  poster: 'file-media',
  communication: 'comment',
  'phishing-simulation': 'mail',
  training: 'mortar-board',
  refresher: 'mortar-board',
};

/** 0.156 → "15.6 %" (the engine's formatRate; this bundle imports nothing of the engine). */
const rate = (r: number | undefined): string => (r === undefined ? '—' : `${(100 * r).toFixed(1)} %`);
const every = (months: number): string => (months === 1 ? 'every month' : `every ${months} months`);

export function awarenessBranch(root: TreeRoot): AwarenessNode[] {
  return [{ type: 'awareness', root }];
}

export function awarenessChildren(node: AwarenessNode): AwarenessNode[] {
  const { root } = node;
  switch (node.type) {
    case 'awareness': {
      const { months, trainingOverdue } = root.awareness;
      return [
        ...months.map((month): AwarenessNode => ({ type: 'awarenessMonth', root, month })),
        { type: 'phishing', root },
        // only with a roster of people: without one, training per person is not followed
        ...(trainingOverdue ? [{ type: 'trainingOverdue', root, people: trainingOverdue } satisfies AwarenessNode] : []),
      ];
    }
    case 'awarenessMonth':
      return node.month.activities.map((activity) => ({ type: 'awarenessActivity', root, activity }));
    case 'phishing':
      return root.awareness.phishing.map((simulation) => ({ type: 'phishingSimulation', root, simulation }));
    case 'trainingOverdue':
      return node.people.map((person) => ({ type: 'trainingOverduePerson', root, person }));
    default:
      return [];
  }
}

export function awarenessItem(node: AwarenessNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const { root } = node;
  const base = `${root.rootUri}#awareness`;
  switch (node.type) {
    case 'awareness':
      return programmeItem(root, base);
    case 'awarenessMonth':
      return monthItem(node.month, base);
    case 'awarenessActivity': {
      const x = node.activity;
      const item = new vscode.TreeItem(x.id || x.title, C.None);
      item.id = `${base}:activity:${x.id}:${x.location.uri}:${x.location.range.start.line}`;
      item.description = [x.title, x.type, x.date].filter(Boolean).join(' · ');
      item.iconPath = icon(TYPE_ICONS[x.type ?? ''] ?? 'megaphone');
      item.command = openCommand(x.location);
      item.contextValue = 'awarenessActivity';
      return item;
    }
    case 'phishing': {
      const sims = root.awareness.phishing;
      const item = new vscode.TreeItem('Phishing', sims.length ? C.Collapsed : C.None);
      item.id = `${base}:phishing`;
      item.description =
        root.awareness.phishingTrend ??
        (sims.length ? `${sims.length} simulation${sims.length === 1 ? '' : 's'} · no trend yet` : 'no simulation in the last 12 months');
      item.iconPath = icon('mail');
      item.tooltip = new vscode.MarkdownString(
        'Phishing simulations (ISO 27001 9.1, A.6.3): the click rate should fall and the report rate rise.',
      );
      item.contextValue = 'phishing';
      return item;
    }
    case 'phishingSimulation': {
      const s = node.simulation;
      const item = new vscode.TreeItem(s.id || s.title, C.None);
      item.id = `${base}:phishing:${s.id}:${s.location.uri}:${s.location.range.start.line}`;
      item.description = `${s.date} · click ${rate(s.clickRate)} · report ${rate(s.reportRate)}`;
      item.iconPath = icon('mail');
      item.tooltip = new vscode.MarkdownString(
        md`**${s.id}** ${s.title}\n\n| | |\n|---|---|\n| Sent | ${s.sent ?? '—'} |\n| Clicked | ${s.clicked ?? '—'} (${rate(s.clickRate)}) |\n| Reported | ${s.reported ?? '—'} (${rate(s.reportRate)}) |`,
      );
      item.command = openCommand(s.location);
      item.contextValue = 'phishingSimulation';
      return item;
    }
    case 'trainingOverdue': {
      const n = node.people.length;
      const item = new vscode.TreeItem('Training overdue', n ? C.Collapsed : C.None);
      item.id = `${base}:training`;
      item.description = n ? `${n} ${n === 1 ? 'person' : 'people'}` : 'none';
      item.iconPath = n ? warning() : icon('pass', 'testing.iconPassed');
      item.tooltip = new vscode.MarkdownString(
        'People on the roster overdue on their induction or refresher training (ISO 27001 7.2, A.6.3; ISMS502).',
      );
      item.contextValue = 'trainingOverdue';
      return item;
    }
    case 'trainingOverduePerson': {
      const p = node.person;
      return overduePersonItem(p, root.today, `${base}:person:${p.id}:${p.location.uri}`, 'trainingOverduePerson');
    }
  }
}

/** "last 2026-11-03 · cadence met (every month)"; "no activity yet (every month)" before the first one. */
export function awarenessDescription(a: TreeRoot['awareness']): string {
  const verdict = cadenceVerdict(a);
  if (verdict === 'no activity yet') return `no activity yet (${every(a.cadenceMonths)})`;
  const last = a.lastActivity ? `last ${a.lastActivity.date}` : 'no activity yet';
  return `${last} · cadence ${verdict} (${every(a.cadenceMonths)})`;
}

/** The branch itself: the last activity and whether the cadence is met. */
function programmeItem(root: TreeRoot, base: string): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const a = root.awareness;
  const item = new vscode.TreeItem('Awareness', C.Collapsed);
  item.id = base;
  item.description = awarenessDescription(a);
  item.iconPath = a.cadenceMet ? icon('megaphone') : icon('megaphone', 'list.warningForeground');
  const tip = new vscode.MarkdownString(
    `The awareness programme (ISO 27001 7.3, 7.4, A.6.3): some activity ${every(a.cadenceMonths)} (\`awareness.cadence-months\` in isms.yaml).`,
  );
  if (a.lastActivity)
    tip.appendMarkdown(
      md`\n\nLast activity: **${a.lastActivity.id}** ${a.lastActivity.date} (${relativeDays(root.today, a.lastActivity.date)}).`,
    );
  if (!a.cadenceMet) tip.appendMarkdown('\n\nThe months flagged are the gap ISMS501 reports.');
  item.tooltip = tip;
  item.contextValue = a.cadenceMet ? 'awareness' : 'awareness.lapsed';
  return item;
}

/** A month of the programme: its activities, or a gap that ISMS501 reports. */
function monthItem(m: TreeAwarenessMonth, base: string): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const n = m.activities.length;
  const item = new vscode.TreeItem(monthName(m.month), n ? C.Collapsed : C.None);
  item.id = `${base}:month:${m.month}`;
  const soFar = m.current ? ' so far' : '';
  item.description = n
    ? `${n} ${n === 1 ? 'activity' : 'activities'}${soFar} · ${m.activities.map((x) => x.id).join(', ')}`
    : m.gap
      ? 'no awareness activity · ISMS501'
      : `no activity${soFar}`;
  item.iconPath = n ? icon('pass', 'testing.iconPassed') : m.gap ? warning() : icon('circle-outline');
  const tip = new vscode.MarkdownString(`**${monthName(m.month)}**${m.current ? ' (this month)' : ''}`);
  for (const x of m.activities) tip.appendMarkdown(md`\n\n- ${x.id} ${x.title} (${x.type ?? 'activity'}, ${x.date})`);
  if (m.gap) tip.appendMarkdown(`\n\nNo awareness activity: part of a gap longer than the cadence (ISMS501).`);
  item.tooltip = tip;
  if (n === 1) item.command = openCommand(m.activities[0].location);
  item.contextValue = n ? 'awarenessMonth' : m.gap ? 'awarenessMonth.gap' : 'awarenessMonth.empty';
  return item;
}
