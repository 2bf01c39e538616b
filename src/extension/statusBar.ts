/**
 * `$(shield) 54d · 1 overdue` — the ISMS at a glance, refreshed whenever the server re-checks: the days
 * to the next external audit ("today" on the day), what the engine reports overdue, files kept as last
 * read while they do not parse. Short, as VS Code's status bar guidelines ask; the details are in the
 * tooltip. A click focuses the audit-cycle tree.
 *
 * Background (issue 15.10): neutral unless something is overdue, then the warning background — the
 * guidelines keep these colours for what needs attention. The error background is not used: the errors
 * themselves are counted in VS Code's own Problems item beside it, and an overdue audit, action or review
 * is a thing to plan, not a failure of the editor.
 */
import * as vscode from 'vscode';
import type { StatusResult } from '../common/protocol';
import type { ServerProxy } from './serverProxy';
import { dayCount, inDayCount } from '../core/dates';
import { countOf } from '../core/words';
import { md } from './treeItems';

/** The status bar text: short, one icon. */
export function statusText(s: StatusResult): string {
  const next = s.nextExternalAudit;
  const parts = [next ? (next.daysUntil === 0 ? 'today' : `${next.daysUntil}d`) : 'ISMS'];
  if (s.overdue.total) parts.push(`${s.overdue.total} overdue`);
  if (s.staleFiles.length) parts.push(`${countOf(s.staleFiles.length, 'file')} unread`);
  return `$(shield) ${parts.join(' · ')}`;
}

/** A milestone label inside a sentence: "Second surveillance audit" → "the second surveillance audit". */
const inSentence = (label: string): string => `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/** What is overdue, by kind: "1 corrective action, 1 management review". */
function overdueKinds(s: StatusResult): string {
  const o = s.overdue;
  return [
    o.correctiveActions ? countOf(o.correctiveActions, 'corrective action') : '',
    o.internalAudits ? countOf(o.internalAudits, 'internal audit') : '',
    o.managementReviews ? countOf(o.managementReviews, 'management review') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The screen reader's words for the item: plain sentences, no Markdown and no $(icon) (issue 15.10). */
export function statusLabel(s: StatusResult): string {
  const next = s.nextExternalAudit;
  const sentences = [
    next
      ? next.daysUntil === 0
        ? `ISMS: ${inSentence(next.label)} is today.`
        : `ISMS: ${dayCount(next.daysUntil)} to ${inSentence(next.label)}.`
      : 'ISMS: no external audit planned.',
    s.overdue.total ? `${countOf(s.overdue.total, 'item')} overdue: ${overdueKinds(s)}.` : 'Nothing overdue.',
  ];
  if (s.staleFiles.length) sentences.push(`${countOf(s.staleFiles.length, 'file')} could not be read; the last good version is used.`);
  return sentences.join(' ');
}

/** "Problems: 1 error, 2 warnings": counts with their noun, never "1 errors" (issue 15.6). */
export const problemsText = (s: StatusResult): string => `Problems: ${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}`;

/** The tooltip's links; "Log corrective action" writes, so Restricted Mode does not offer it (issue 15.9). */
const tooltipLinks = (trusted: boolean): [command: string, label: string][] => [
  ['isms.auditCycle.focus', '$(list-tree) Audit cycle'],
  ...(trusted ? [['isms.logCorrectiveAction', '$(add) Log corrective action'] as [string, string]] : []),
  ['workbench.actions.view.problems', '$(warning) Problems'],
];

/** The tooltip's Markdown: the details the short text leaves out; workspace text escaped (md``). */
export function statusTooltipMarkdown(s: StatusResult, trusted = true): string {
  const next = s.nextExternalAudit;
  const lines = [
    next ? md`- Next external audit: **${next.label}** on ${next.date} (${inDayCount(next.daysUntil)})` : '- No external audit planned',
    s.overdue.total ? `- Overdue: ${overdueKinds(s)}` : '- Nothing overdue',
    `- Corrective actions: ${s.openCorrectiveActions} open, ${s.overdueCorrectiveActions} overdue`,
    `- ${problemsText(s)}`,
    ...(s.staleFiles.length ? [`- Not readable now, last good version used: ${s.staleFiles.map((f) => md`${f}`).join(', ')}`] : []),
    `- Today: ${s.today}`,
  ];
  return (
    `**ISMS Workbench**${s.roots > 1 ? ` — ${s.roots} ISMS folders` : ''}\n\n${lines.join('\n')}\n\n` +
    tooltipLinks(trusted)
      .map(([command, label]) => `[${label}](command:${command})`)
      .join(' · ')
  );
}

export function statusTooltip(s: StatusResult): vscode.MarkdownString {
  const trusted = vscode.workspace.isTrusted;
  const tip = new vscode.MarkdownString(statusTooltipMarkdown(s, trusted), true);
  tip.isTrusted = { enabledCommands: tooltipLinks(trusted).map(([command]) => command) };
  return tip;
}

/** Warning background while something is overdue, else none (see the file's comment). */
export const statusBackground = (s: StatusResult): string | undefined => (s.overdue.total ? 'statusBarItem.warningBackground' : undefined);

export class IsmsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('isms.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;
  private last: StatusResult | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: ServerProxy) {
    this.item.name = 'ISMS';
    this.item.command = 'isms.auditCycle.focus';
    this.item.text = '$(loading~spin) ISMS';
    this.item.tooltip = 'ISMS Workbench: reading the ISMS…';
    this.item.accessibilityInformation = { label: 'ISMS: reading the ISMS' };
    this.subscription = server.onDidChangeTree(() => this.updateSoon());
  }

  /** The status last shown (for tests and the tree's welcome logic). */
  get status(): StatusResult | undefined {
    return this.last;
  }

  private updateSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 100);
  }

  async update(): Promise<void> {
    let s: StatusResult;
    try {
      s = await this.server.request('isms/status');
    } catch {
      this.item.hide();
      return;
    }
    this.last = s;
    // the command palette's `when` clauses and the welcome view follow these keys
    void vscode.commands.executeCommand('setContext', 'isms.active', s.roots > 0);
    void vscode.commands.executeCommand('setContext', 'isms.loading', !s.ready);
    // the server notifies when the first index is built; poll too, in case that came before we asked
    if (!s.ready) this.timer = setTimeout(() => void this.update(), 1000);
    if (s.roots === 0) {
      this.item.hide();
      return;
    }
    if (!s.ready) {
      this.item.text = '$(loading~spin) ISMS';
      this.item.accessibilityInformation = { label: 'ISMS: reading the ISMS' };
      this.item.show();
      return;
    }
    this.item.text = statusText(s);
    this.item.tooltip = statusTooltip(s);
    this.item.accessibilityInformation = { label: statusLabel(s), role: 'button' };
    const background = statusBackground(s);
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}
