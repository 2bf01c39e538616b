/**
 * `$(shield) 75d to surveillance-2 · 3 open CA · 1 overdue` — the ISMS at a glance, refreshed whenever
 * the server re-checks. Error background for overdue corrective actions, warning background when the
 * next external audit is close; a click focuses the audit-cycle tree.
 */
import * as vscode from 'vscode';
import type { StatusResult } from '../common/protocol';
import type { ServerProxy } from './serverProxy';
import { inDayCount } from '../core/dates';
import { countOf } from '../core/words';
import { md } from './treeItems';

/** The next external audit is "close" within this many days (the usual internal-audit warning window). */
const CLOSE_DAYS = 60;

export function statusText(s: StatusResult): string {
  const parts: string[] = [];
  const next = s.nextExternalAudit;
  if (next) parts.push(next.daysUntil === 0 ? `${next.label} today` : `${next.daysUntil}d to ${next.label}`);
  parts.push(`${s.openCorrectiveActions} open CA`);
  if (s.overdueCorrectiveActions) parts.push(`${s.overdueCorrectiveActions} overdue`);
  return `$(shield) ${parts.join(' · ')}`;
}

/** "Problems: 1 error, 2 warnings": counts with their noun, never "1 errors" (issue 15.6). */
export const problemsText = (s: StatusResult): string => `Problems: ${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}`;

export function statusTooltip(s: StatusResult): vscode.MarkdownString {
  const tip = new vscode.MarkdownString(undefined, true);
  tip.isTrusted = { enabledCommands: ['isms.auditCycle.focus', 'isms.logCorrectiveAction', 'workbench.actions.view.problems'] };
  tip.appendMarkdown('**ISMS Workbench**');
  tip.appendMarkdown(s.roots > 1 ? ` — ${s.roots} ISMS folders\n\n` : '\n\n');
  const next = s.nextExternalAudit;
  tip.appendMarkdown(
    next
      ? md`- Next external audit: **${next.label}** on ${next.date} (${inDayCount(next.daysUntil)})` + '\n'
      : '- No external audit planned\n',
  );
  tip.appendMarkdown(`- Corrective actions: ${s.openCorrectiveActions} open, ${s.overdueCorrectiveActions} overdue\n`);
  tip.appendMarkdown(`- ${problemsText(s)}\n`);
  tip.appendMarkdown(`- Today: ${s.today}\n\n`);
  tip.appendMarkdown(
    '[$(list-tree) Audit cycle](command:isms.auditCycle.focus) · [$(add) Log corrective action](command:isms.logCorrectiveAction) · [$(warning) Problems](command:workbench.actions.view.problems)',
  );
  return tip;
}

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
      this.item.show();
      return;
    }
    this.item.text = statusText(s);
    this.item.tooltip = statusTooltip(s);
    const close = s.nextExternalAudit && s.nextExternalAudit.daysUntil <= CLOSE_DAYS;
    this.item.backgroundColor = s.overdueCorrectiveActions
      ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : close
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}
