/**
 * The workbench bundle (dist/workbench.js): what the activation bundle registers by id only — the
 * trees' providers, every command's implementation, the calendar panels, the rule documents, and the
 * status bar. extension.ts requires it once the language server has started (nothing it shows can be
 * filled in sooner) or on first use, whichever comes first: a command run, a visible tree asking for
 * its children, a restored calendar panel, a rule document opened.
 */
import * as vscode from 'vscode';
import { AuditCycleTreeProvider } from './auditCycleTree';
import { commandHandlers } from './commands';
import { ruleDocumentationProvider } from './commands/ruleDocumentation';
import { createCalendar } from './commands/showCalendar';
import { ControlsTreeProvider } from './controlsTree';
import type { CommandHandler, CommandId } from './ids';
import { currentInput } from './multiStepInput';
import type { ServerProxy } from './serverProxy';
import { IsmsStatusBar } from './statusBar';

export interface Workbench extends vscode.Disposable {
  treeProvider: AuditCycleTreeProvider;
  controlsProvider: ControlsTreeProvider;
  statusBar: IsmsStatusBar;
  /** the wizard step on screen, if any (this bundle's: the commands run their wizards here) */
  currentInput: typeof currentInput;
  commands: Record<CommandId, CommandHandler>;
  ruleDocuments: vscode.TextDocumentContentProvider;
  /** a calendar panel VS Code restores after a reload */
  reviveCalendar(panel: vscode.WebviewPanel, state: unknown): void;
}

export function createWorkbench(context: vscode.ExtensionContext, server: ServerProxy): Workbench {
  const treeProvider = new AuditCycleTreeProvider(server);
  const controlsProvider = new ControlsTreeProvider(server);
  const statusBar = new IsmsStatusBar(server);
  void statusBar.update();
  const ctx = { server, tree: treeProvider, controls: controlsProvider, extensionUri: context.extensionUri };
  const calendar = createCalendar(ctx, context);
  const subscriptions: vscode.Disposable[] = [
    treeProvider,
    controlsProvider,
    statusBar,
    calendar,
    // trust granted while the window is open: menus follow `isWorkspaceTrusted`; refresh the views
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      treeProvider.refresh();
      controlsProvider.refresh();
    }),
  ];
  return {
    treeProvider,
    controlsProvider,
    statusBar,
    currentInput,
    commands: commandHandlers(ctx, calendar),
    ruleDocuments: ruleDocumentationProvider(context.extensionUri),
    reviveCalendar: (panel, state) => calendar.revive(panel, state),
    dispose: () => {
      for (const d of subscriptions.splice(0)) d.dispose();
    },
  };
}
