/** What the tree's branches share: icons, month and day wording, the command that opens a record, a person overdue on training. */
import * as vscode from 'vscode';
import { mdText } from '../common/markdown';
import type { RecordLocation, TreePerson } from '../common/protocol';
import { daysBetween } from '../core/dates';
import { toRange } from './workspaceEdits';

/**
 * Tooltip Markdown whose every interpolated value is escaped as text: ids, titles and owners come from
 * the workspace and must not add links, images or markup to a tooltip (issue 14.21).
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? mdText(String(values[i] ?? '')) : ''), '');
}

/** A codicon, in a theme colour when one is given. */
export const icon = (id: string, color?: string): vscode.ThemeIcon =>
  new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);

export { monthName } from '../core/dates';

export function relativeDays(today: string, date: string): string {
  const d = daysBetween(today, date);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

/** Clicking the item opens the record at its anchor, in a preview editor. */
export function openCommand(location: RecordLocation | undefined): vscode.Command | undefined {
  if (!location) return undefined;
  const start = toRange(location.range).start;
  return {
    command: 'vscode.open',
    title: 'Open record',
    arguments: [vscode.Uri.parse(location.uri), { selection: new vscode.Range(start, start), preview: true }],
  };
}

/** "P-010 · induction · due 2026-10-07 (49 days ago)": a person overdue on training, what is due and since when. */
function trainingDue(p: TreePerson, today: string): string {
  const what = p.basis === 'induction' ? 'induction' : p.basis === 'refresher' ? 'refresher' : 'never trained';
  return [p.id, what, p.due ? `due ${p.due} (${relativeDays(today, p.due)})` : undefined].filter(Boolean).join(' · ');
}

/** A person overdue on training (ISMS502) under `id`, opening their roster entry; the Awareness and Departments branches both list them. */
export function overduePersonItem(p: TreePerson, today: string, id: string, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = trainingDue(p, today);
  item.iconPath = icon('person', 'list.warningForeground');
  item.command = openCommand(p.location);
  item.contextValue = contextValue;
  return item;
}
