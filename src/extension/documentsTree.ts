/**
 * The "Documents" branch of the audit-cycle tree (ISO 27001 7.5.2, 7.5.3, A.5.1): the groups a
 * compliance manager works from — due for review, awaiting approval, changed since approval (only where
 * the version history was read), acknowledgement gaps, mandatory items missing — each shown only when it
 * has something in it, then every document. A document opens on click and offers "Mark as reviewed"
 * inline. The data comes whole from the server (isms/tree, `TreeRoot.documents`).
 */
import * as vscode from 'vscode';
import type { TreeDocument, TreeMandatoryItem, TreeRoot } from '../common/protocol';
import { icon, md, openCommand, relativeDays } from './treeItems';

export type DocumentGroup = 'dueForReview' | 'awaitingApproval' | 'changedSinceApproval' | 'acknowledgementGaps' | 'all';

export type DocumentsNode =
  | { type: 'documents'; root: TreeRoot }
  | { type: 'documentGroup'; root: TreeRoot; group: DocumentGroup; items: TreeDocument[] }
  | { type: 'document'; root: TreeRoot; group: DocumentGroup; doc: TreeDocument }
  | { type: 'mandatoryMissing'; root: TreeRoot; items: TreeMandatoryItem[] }
  | { type: 'mandatoryItem'; root: TreeRoot; item: TreeMandatoryItem };

const DOCUMENTS_TYPES: ReadonlySet<string> = new Set<DocumentsNode['type']>([
  'documents',
  'documentGroup',
  'document',
  'mandatoryMissing',
  'mandatoryItem',
]);
export const isDocumentsNode = (node: { type: string }): node is DocumentsNode => DOCUMENTS_TYPES.has(node.type);

const GROUPS: Record<DocumentGroup, { label: string; icon: string; color?: string; tip: string }> = {
  dueForReview: {
    label: 'Due for review',
    icon: 'calendar',
    color: 'list.warningForeground',
    tip: 'Approved documents whose review is overdue or due within 30 days (A.5.1: reviewed at planned intervals; ISMS901).',
  },
  awaitingApproval: {
    label: 'Awaiting approval',
    icon: 'edit',
    tip: 'Drafts and documents in review: their current version is not approved yet (7.5.2 c).',
  },
  changedSinceApproval: {
    label: 'Changed since approval',
    icon: 'diff',
    color: 'list.warningForeground',
    tip: 'Approved documents whose text changed in a commit after their approval without a new version (7.5.3; ISMS906).',
  },
  acknowledgementGaps: {
    label: 'Acknowledgement gaps',
    icon: 'person',
    color: 'list.warningForeground',
    tip: 'Approved documents that people of their audience have not acknowledged yet (A.5.1: acknowledged by relevant personnel).',
  },
  all: { label: 'All documents', icon: 'files', tip: 'Every document of the register (7.5.2, 7.5.3), by id.' },
};

export function documentsBranch(root: TreeRoot): DocumentsNode[] {
  return root.documents ? [{ type: 'documents', root }] : [];
}

/** The groups with something in them, the missing mandatory items, then every document. */
export function documentsChildren(node: DocumentsNode): DocumentsNode[] {
  const { root } = node;
  switch (node.type) {
    case 'documents': {
      const d = root.documents;
      const groups: [DocumentGroup, TreeDocument[] | undefined][] = [
        ['dueForReview', d.dueForReview],
        ['awaitingApproval', d.awaitingApproval],
        // absent when the history is unknown (the editor reads none): no group then, not an empty one
        ['changedSinceApproval', d.changedSinceApproval],
        ['acknowledgementGaps', d.acknowledgementGaps],
      ];
      return [
        ...groups
          .filter((g): g is [DocumentGroup, TreeDocument[]] => !!g[1]?.length)
          .map(([group, items]): DocumentsNode => ({ type: 'documentGroup', root, group, items })),
        ...(d.mandatoryMissing.length ? [{ type: 'mandatoryMissing', root, items: d.mandatoryMissing } satisfies DocumentsNode] : []),
        { type: 'documentGroup', root, group: 'all', items: d.all },
      ];
    }
    case 'documentGroup':
      return node.items.map((doc) => ({ type: 'document', root, group: node.group, doc }));
    case 'mandatoryMissing':
      return node.items.map((item) => ({ type: 'mandatoryItem', root, item }));
    default:
      return [];
  }
}

/** "due 2026-12-10 (in 15 days)", "overdue since 2026-06-02 (176 days ago)", "next review 2027-04-22". */
export function reviewWords(doc: TreeDocument, today: string): string | undefined {
  const next = doc.review.next;
  switch (doc.review.state) {
    case 'overdue':
      return next && `review overdue since ${next} (${relativeDays(today, next)})`;
    case 'due-soon':
      return next && `review due ${next} (${relativeDays(today, next)})`;
    case 'undated':
      return 'no approval or review date';
    case 'ok':
      return next && `next review ${next}`;
    default:
      return undefined;
  }
}

/** "12 / 30 acknowledged (40 %)" */
export function acknowledgementWords(doc: TreeDocument): string | undefined {
  const a = doc.acknowledgement;
  if (!a) return undefined;
  const rate = a.expected ? ` (${Math.round((100 * a.acknowledged) / a.expected)} %)` : '';
  return `${a.acknowledged} / ${a.expected} acknowledged${rate}`;
}

/** What a document's row says after its id, for the group it is listed in. */
export function documentDescription(doc: TreeDocument, group: DocumentGroup, today: string): string {
  const version = doc.version ? `v${doc.version.replace(/^v/i, '')}` : undefined;
  const parts: (string | undefined)[] = [doc.title];
  switch (group) {
    case 'dueForReview':
      parts.push(reviewWords(doc, today));
      break;
    case 'awaitingApproval':
      parts.push(version, doc.status);
      break;
    case 'changedSinceApproval': {
      const c = doc.changedSinceApproval;
      parts.push(c && `changed ${c.changedOn}, approved ${c.approvedOn}`);
      break;
    }
    case 'acknowledgementGaps':
      parts.push(acknowledgementWords(doc));
      break;
    case 'all':
      parts.push(version, doc.status ?? 'no status', reviewWords(doc, today), acknowledgementWords(doc));
      break;
  }
  return parts.filter(Boolean).join(' · ');
}

const STATE_ICONS: Record<TreeDocument['review']['state'], () => vscode.ThemeIcon> = {
  ok: () => icon('pass', 'testing.iconPassed'),
  'due-soon': () => icon('warning', 'list.warningForeground'),
  overdue: () => icon('error', 'list.errorForeground'),
  undated: () => icon('question', 'list.warningForeground'),
  'not-approved': () => icon('edit'),
  retired: () => icon('archive', 'disabledForeground'),
};

export function documentsItem(node: DocumentsNode): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  const { root } = node;
  const base = `${root.rootUri}#documents`;
  switch (node.type) {
    case 'documents':
      return branchItem(root, base);
    case 'documentGroup': {
      const g = GROUPS[node.group];
      const n = node.items.length;
      const open = node.group === 'dueForReview' || node.group === 'changedSinceApproval';
      const item = new vscode.TreeItem(g.label, n ? (open ? C.Expanded : C.Collapsed) : C.None);
      item.id = `${base}:${node.group}`;
      item.description = n ? String(n) : 'none yet';
      item.iconPath = icon(g.icon, node.group === 'all' ? undefined : g.color);
      item.tooltip = new vscode.MarkdownString(g.tip);
      item.contextValue = `documentGroup.${node.group}`;
      return item;
    }
    case 'document':
      return documentItem(root, node.group, node.doc, base);
    case 'mandatoryMissing': {
      const item = new vscode.TreeItem('Mandatory items missing', C.Expanded);
      item.id = `${base}:mandatory`;
      item.description = String(node.items.length);
      item.iconPath = icon('checklist', 'list.errorForeground');
      item.tooltip = new vscode.MarkdownString(
        'Documented information the standards require that no document (`satisfies:`) or record of the right kind provides.',
      );
      item.contextValue = 'mandatoryMissing';
      return item;
    }
    case 'mandatoryItem': {
      const m = node.item;
      const item = new vscode.TreeItem(m.clause, C.None);
      item.id = `${base}:mandatory:${m.standard}:${m.clause}:${m.title}`;
      item.description = `${m.title} · ${m.standard}`;
      item.iconPath = icon('circle-slash', 'list.errorForeground');
      item.tooltip = new vscode.MarkdownString(
        md`**${m.clause}** ${m.title} (${m.standard})\n\nNothing in the folder satisfies it: a document with \`satisfies: ["${m.clause}"]\`, or records of the right kind.`,
      );
      item.contextValue = 'mandatoryItem';
      return item;
    }
  }
}

function branchItem(root: TreeRoot, base: string): vscode.TreeItem {
  const d = root.documents;
  const overdue = d.dueForReview.filter((x) => x.review.state === 'overdue').length;
  const soon = d.dueForReview.length - overdue;
  const item = new vscode.TreeItem('Documents', vscode.TreeItemCollapsibleState.Collapsed);
  item.id = base;
  const n = d.all.length;
  item.description = n
    ? [
        `${n} document${n === 1 ? '' : 's'}`,
        overdue ? `${overdue} overdue` : undefined,
        soon ? `${soon} due soon` : undefined,
        d.awaitingApproval.length ? `${d.awaitingApproval.length} awaiting approval` : undefined,
        d.mandatoryMissing.length ? `${d.mandatoryMissing.length} mandatory missing` : undefined,
      ]
        .filter(Boolean)
        .join(' · ')
    : 'no documents yet';
  const attention = overdue > 0 || d.mandatoryMissing.length > 0;
  item.iconPath = icon('book', attention ? 'list.warningForeground' : undefined);
  item.tooltip = new vscode.MarkdownString(
    'Documented information (ISO 27001 7.5): policies, procedures, plans and standards with front matter (`isms: document`), ' +
      'their approval, review and acknowledgement. Markdown files without front matter are not tracked.',
  );
  item.contextValue = 'documents';
  return item;
}

function documentItem(root: TreeRoot, group: DocumentGroup, doc: TreeDocument, base: string): vscode.TreeItem {
  const item = new vscode.TreeItem(doc.id || doc.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${base}:${group}:${doc.id}:${doc.location.uri}`;
  item.description = documentDescription(doc, group, root.today);
  item.iconPath = group === 'changedSinceApproval' ? icon('diff', 'list.warningForeground') : STATE_ICONS[doc.review.state]();
  const c = doc.changedSinceApproval;
  const rows: [string, string | undefined][] = [
    ['Type', doc.type],
    ['Version', doc.version],
    ['Status', doc.status],
    ['Owner', doc.owner],
    ['Approver', doc.approver],
    ['Approved', doc.approved],
    ['Last review', doc.review.last],
    ['Next review', doc.review.next && `${doc.review.next} (${relativeDays(root.today, doc.review.next)})`],
    ['Acknowledged', acknowledgementWords(doc)],
    ['Changed since approval', c && `${c.changedOn} (${c.changedIn.slice(0, 8)}), approved ${c.approvedOn}`],
  ];
  const table = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => md`| ${k} | ${v} |`)
    .join('\n');
  item.tooltip = new vscode.MarkdownString(md`**${doc.id}** ${doc.title}\n\n| | |\n|---|---|\n` + table);
  item.command = openCommand(doc.location);
  // `document.<review state>`: "Mark as reviewed" is offered inline on every state but retired
  item.contextValue = `document.${doc.review.state}`;
  return item;
}
