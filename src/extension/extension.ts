/**
 * The ISMS Workbench client. Activation only wires things up: the language server starts in the
 * background (it indexes the workspace), the tree and the status bar fill in when it reports.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AuditCycleTreeProvider } from './auditCycleTree';
import { registerCommands } from './commands';
import { IsmsServer } from './ismsServer';
import { createLanguageClient } from './languageClient';
import { currentInput } from './multiStepInput';
import { IsmsStatusBar } from './statusBar';

/** What activate() returns: used by the end-to-end tests (and open to other extensions). */
export interface IsmsExtensionApi {
  treeProvider: AuditCycleTreeProvider;
  statusBar: IsmsStatusBar;
  server: IsmsServer;
  /** the wizard step on screen, if any (tests answer it) */
  currentInput: typeof currentInput;
  /** the notices shown about the language server crashing (restarted, or given up), oldest first */
  serverNotices: readonly string[];
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): IsmsExtensionApi {
  const serverNotices: string[] = [];
  client = createLanguageClient(context, (kind, message) => {
    serverNotices.push(message);
    void (kind === 'stopped' ? vscode.window.showErrorMessage(`ISMS: ${message}`) : vscode.window.showWarningMessage(`ISMS: ${message}`));
  });
  const server = new IsmsServer(client);
  server.whenStarted().catch((e: unknown) => {
    void vscode.window.showErrorMessage(`ISMS: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
  });
  const treeProvider = new AuditCycleTreeProvider(server);
  const view = vscode.window.createTreeView('isms.auditCycle', { treeDataProvider: treeProvider, showCollapseAll: true });
  const statusBar = new IsmsStatusBar(server);
  void statusBar.update();
  context.subscriptions.push(
    server,
    treeProvider,
    view,
    statusBar,
    ...registerCommands({ server, tree: treeProvider, extensionUri: context.extensionUri }, context),
    // trust granted while the window is open: menus follow `isWorkspaceTrusted`; refresh the view
    vscode.workspace.onDidGrantWorkspaceTrust(() => treeProvider.refresh()),
  );
  return { treeProvider, statusBar, server, currentInput, serverNotices };
}

export async function deactivate(): Promise<void> {
  const running = client?.isRunning();
  const stopping = running ? client?.stop() : undefined;
  client = undefined;
  await stopping;
}
