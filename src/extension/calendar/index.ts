/**
 * The audit-calendar panel host: one webview panel per ISMS root, restored after a reload by the
 * WebviewPanelSerializer that activation registers (extension.ts), which hands the panel to `revive`.
 * The webview is untrusted: every message is parsed against the union in src/common/calendarMessages.ts,
 * checked against the model it was shown (only files and audits the model named), and anything else is
 * dropped and logged — never executed.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import {
  parseWebviewMessage,
  parseWebviewState,
  type CalendarWebviewState,
  type HostMessage,
  type WebviewMessage,
} from '../../common/calendarMessages';
import { movedDate } from '../../core/calendar/filter';
import type { CalendarModel } from '../../core/calendar/types';
import { CALENDAR_VIEW_TYPE } from '../ids';
import { calendarHtml } from './html';

export interface CalendarDeps {
  getModel(rootUri: string): Promise<CalendarModel>;
  /** open `file` (a URI string, as the model names it) at the zero-based `line` */
  openLocation(file: string, line: number): void;
  /** run the same "Plan internal audit" command as the tree, for YYYY-MM */
  planAudit(month: string): void;
  /** change the audit's `planned` date through an undoable WorkspaceEdit */
  moveAudit(id: string, newDate: string): Promise<void>;
  onDidChange: vscode.Event<void>;
}

export interface CalendarHost extends vscode.Disposable {
  /** open (or reveal) the calendar of one ISMS root */
  show(rootUri: string): void;
  /**
   * a panel VS Code restores after a reload: the WebviewPanelSerializer registered at activation
   * (extension.ts) hands it over
   */
  revive(panel: vscode.WebviewPanel, state: unknown): void;
}

/** Everything a model lets the webview open: files and their lines. */
function openableLocations(model: CalendarModel): Set<string> {
  const keys = new Set<string>();
  const add = (file?: string, line?: number): void => {
    if (file !== undefined && line !== undefined) keys.add(`${line}\u0000${file}`);
  };
  for (const m of model.months) {
    for (const a of m.audits) add(a.file, a.line);
    for (const x of [...m.externalAudits, ...m.managementReviews, ...(m.documentReviews ?? []), ...(m.controlItems ?? [])])
      add(x.file, x.line);
  }
  for (const i of model.timeline.items) add(i.file, i.line);
  for (const p of model.phishing) add(p.file, p.line);
  if (model.timeline.target) add(model.timeline.target.file, model.timeline.target.line);
  return keys;
}

class CalendarPanel implements vscode.Disposable {
  private model?: CalendarModel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly root: string,
    private readonly extensionUri: vscode.Uri,
    private readonly deps: CalendarDeps,
    private readonly log: vscode.LogOutputChannel,
    restored: CalendarWebviewState | undefined,
    onDispose: () => void,
  ) {
    configureWebview(panel.webview, extensionUri);
    const icon = vscode.Uri.joinPath(extensionUri, 'media', 'isms.svg');
    panel.iconPath = { light: icon, dark: icon };
    panel.webview.html = this.html(restored ?? { root, view: 'calendar' });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => {
        onDispose();
        this.dispose();
      }),
    );
  }

  private html(boot: CalendarWebviewState): string {
    const webview = this.panel.webview;
    const base = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    return calendarHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(base, 'calendar.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(base, 'calendar.css')).toString(),
      // a fresh nonce on every load: a nonce that leaked once is worth nothing next time
      nonce: randomBytes(16).toString('base64'),
      boot,
    });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  async refresh(): Promise<void> {
    try {
      this.model = await this.deps.getModel(this.root);
      this.panel.title = `Audit calendar${this.model.organisation ? ` — ${this.model.organisation}` : ''}`;
      this.post({ type: 'model', model: this.model, trusted: vscode.workspace.isTrusted });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.log.error(`calendar ${this.root}: ${message}`);
      this.post({ type: 'error', message: `The audit calendar could not be computed: ${message}` });
    }
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.log.warn(`calendar: ignored a message from the webview (${parsed.reason})`);
      return;
    }
    try {
      await this.handle(parsed.message);
    } catch (e) {
      this.log.error(`calendar: ${parsed.message.type} failed: ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage(`ISMS: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.refresh();
        return;
      case 'open':
        // only what the model showed: a compromised webview must not open arbitrary files
        if (!this.model || !openableLocations(this.model).has(`${message.line}\u0000${message.file}`)) {
          this.log.warn(`calendar: ignored open of a location the calendar did not show (${message.file.slice(0, 200)}:${message.line})`);
          return;
        }
        this.deps.openLocation(message.file, message.line);
        return;
      case 'planAudit':
        this.deps.planAudit(message.month);
        return;
      case 'moveAudit': {
        const chip = this.model?.months.flatMap((m) => m.audits).find((a) => a.id === message.id && a.movable);
        if (!chip) {
          this.log.warn(`calendar: ignored move of ${message.id.slice(0, 80)}: not a planned audit of this calendar`);
          return;
        }
        const newDate = movedDate(chip.date, message.month);
        if (newDate === chip.date) return;
        this.log.info(`calendar: moving ${chip.id} from ${chip.date} to ${newDate}`);
        await this.deps.moveAudit(chip.id, newDate);
        await this.refresh();
        return;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function configureWebview(webview: vscode.Webview, extensionUri: vscode.Uri): void {
  webview.options = {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}

export function registerCalendar(context: vscode.ExtensionContext, deps: CalendarDeps): CalendarHost {
  const panels = new Map<string, CalendarPanel>();
  let log: vscode.LogOutputChannel | undefined;
  const channel = (): vscode.LogOutputChannel => (log ??= vscode.window.createOutputChannel('ISMS Calendar', { log: true }));

  const attach = (panel: vscode.WebviewPanel, root: string, restored?: CalendarWebviewState): CalendarPanel => {
    panels.get(root)?.panel.dispose();
    const p = new CalendarPanel(panel, root, context.extensionUri, deps, channel(), restored, () => {
      if (panels.get(root) === p) panels.delete(root);
    });
    panels.set(root, p);
    return p;
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  const subscriptions: vscode.Disposable[] = [
    // trusting the folder turns the writing actions on: redraw with them
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      for (const p of panels.values()) void p.refresh();
    }),
    // files change in bursts (a save, a git checkout): one refresh per burst
    deps.onDidChange(() => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = undefined;
        for (const p of panels.values()) void p.refresh();
      }, 150);
    }),
  ];

  const host: CalendarHost = {
    revive(panel, state) {
      const restored = parseWebviewState(state);
      if (!restored) {
        // nothing to restore from (an older or damaged state): a blank panel helps nobody
        panel.dispose();
        return;
      }
      attach(panel, restored.root, restored);
    },
    show(rootUri: string) {
      const existing = panels.get(rootUri);
      if (existing) {
        existing.panel.reveal();
        return;
      }
      const panel = vscode.window.createWebviewPanel(CALENDAR_VIEW_TYPE, 'Audit calendar', vscode.ViewColumn.Active, {
        enableScripts: true,
        enableCommandUris: false,
        retainContextWhenHidden: false,
        localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')],
      });
      attach(panel, rootUri);
    },
    dispose() {
      if (pending) clearTimeout(pending);
      for (const p of [...panels.values()]) p.panel.dispose();
      panels.clear();
      for (const d of subscriptions.splice(0)) d.dispose();
      log?.dispose();
    },
  };
  context.subscriptions.push(host);
  return host;
}
