/**
 * The ISMS Workbench client. Activation only wires things up: commands, the tree and the status bar
 * are registered and activate() returns; the language client (a second bundle, most of the client's
 * code) is loaded and started on the next turn, and the tree and the status bar fill in when the
 * server reports. Of the engine this bundle imports only leaves the commands need (dates.ts, the 9.3.2
 * review inputs, the calendar's movedDate); of the LSP packages only types (the request map of
 * src/common/protocol.ts, sent through ServerProxy.request).
 */
import * as vscode from 'vscode';
import { AuditCycleTreeProvider, type AuditCycleNode } from './auditCycleTree';
import { registerCommands } from './commands';
import { ControlsTreeProvider, type ControlsNode } from './controlsTree';
import { ServerProxy } from './serverProxy';
import { startupTrace } from './startupTrace';
import type * as LanguageClientBundle from './languageClient';
import { currentInput } from './multiStepInput';
import { IsmsStatusBar } from './statusBar';
import { watchTodaySetting } from './today';
import { watchWalkthroughContext } from './walkthroughContext';

/** What activate() returns: used by the end-to-end tests (and open to other extensions). */
export interface IsmsExtensionApi {
  treeProvider: AuditCycleTreeProvider;
  /** the tree view itself (tests reveal nodes in it) */
  treeView: vscode.TreeView<AuditCycleNode>;
  /** the Controls view (issue 18.4) and its provider */
  controlsProvider: ControlsTreeProvider;
  controlsView: vscode.TreeView<ControlsNode>;
  statusBar: IsmsStatusBar;
  server: ServerProxy;
  /** the wizard step on screen, if any (tests answer it) */
  currentInput: typeof currentInput;
  /** the notices shown about the language server crashing (restarted, or given up), oldest first */
  serverNotices: readonly string[];
  /** how long activate() itself took, in ms (the bundle's loading is before it) */
  activateMs: number;
}

let server: ServerProxy | undefined;

export function activate(context: vscode.ExtensionContext): IsmsExtensionApi {
  const started = performance.now();
  startupTrace.mark('activate');
  const serverNotices: string[] = [];
  const notify: LanguageClientBundle.ServerNotify = (kind, message) => {
    serverNotices.push(message);
    void (kind === 'stopped' ? vscode.window.showErrorMessage(`ISMS: ${message}`) : vscode.window.showWarningMessage(`ISMS: ${message}`));
  };
  server = new ServerProxy((onDidChangeTree) => {
    // a path, not a module name: esbuild leaves this require alone and the bundle stays separate
    const bundle: typeof LanguageClientBundle = require(context.asAbsolutePath('dist/languageClient.js'));
    startupTrace.mark('client bundle loaded');
    return bundle.startLanguageClient(context, onDidChangeTree, notify);
  });
  server.whenStarted().catch((e: unknown) => {
    void vscode.window.showErrorMessage(`ISMS: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
  });
  const treeProvider = new AuditCycleTreeProvider(server);
  const view = vscode.window.createTreeView('isms.auditCycle', { treeDataProvider: treeProvider, showCollapseAll: true });
  const controlsProvider = new ControlsTreeProvider(server);
  const controlsView = vscode.window.createTreeView('isms.controls', { treeDataProvider: controlsProvider, showCollapseAll: true });
  const statusBar = new IsmsStatusBar(server);
  void statusBar.update();
  context.subscriptions.push(
    server,
    treeProvider,
    view,
    controlsProvider,
    controlsView,
    statusBar,
    ...registerCommands({ server, tree: treeProvider, controls: controlsProvider, extensionUri: context.extensionUri }, context),
    watchTodaySetting(),
    watchWalkthroughContext(server),
    // trust granted while the window is open: menus follow `isWorkspaceTrusted`; refresh the view
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      treeProvider.refresh();
      controlsProvider.refresh();
    }),
  );
  return {
    treeProvider,
    treeView: view,
    controlsProvider,
    controlsView,
    statusBar,
    server,
    currentInput,
    serverNotices,
    activateMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

export async function deactivate(): Promise<void> {
  const stopping = server?.stop();
  server = undefined;
  await stopping;
}
