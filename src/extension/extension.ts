/**
 * The ISMS Workbench client. Activation only registers ids: the commands, the two tree views (with the
 * stand-in providers of treeStub.ts), the calendar's panel serializer and the rule documents' scheme,
 * each calling into the workbench bundle (dist/workbench.js: the trees, the commands, the calendar, the
 * status bar) on first use — or once the language server has started, since the status bar and the
 * trees show nothing before. The language client (dist/languageClient.js) is loaded and started on the
 * next turn. So VS Code waits only for this small bundle: of the engine it holds dates.ts's localToday
 * (the `isms.today` check), of the LSP packages only types (src/common/protocol.ts).
 *
 * A new command: its id in ids.ts and package.json, its implementation in commands/ (commandHandlers);
 * a new view: a TreeStub here, its provider in workbench.ts. Never import an implementation here.
 */
import * as vscode from 'vscode';
import type { AuditCycleNode, AuditCycleTreeProvider } from './auditCycleTree';
import type { ControlsNode, ControlsTreeProvider } from './controlsTree';
import { RULE_DOC_SCHEME } from '../common/ruleDocs';
import { AUDIT_CYCLE_VIEW, CALENDAR_VIEW_TYPE, COMMAND_IDS, CONTROLS_VIEW, type CommandId } from './ids';
import { startupTrace } from './startupTrace';
import type * as LanguageClientBundle from './languageClient';
import type { currentInput } from './multiStepInput';
import { ServerProxy } from './serverProxy';
import type { IsmsStatusBar } from './statusBar';
import { watchTodaySetting } from './today';
import { TreeStub } from './treeStub';
import { watchWalkthroughContext } from './walkthroughContext';
import type * as WorkbenchBundle from './workbench';

/** What activate() returns: used by the end-to-end tests (and open to other extensions). */
export interface IsmsExtensionApi {
  /** the real provider (reading it loads the workbench bundle, as a first use) */
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

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The commands, the calendar's serializer and the rule documents, each loading the workbench when used. */
function registerStubs(load: () => WorkbenchBundle.Workbench): vscode.Disposable[] {
  const run =
    (id: CommandId) =>
    async (...args: unknown[]): Promise<unknown> => {
      try {
        return await load().commands[id](...args);
      } catch (e) {
        void vscode.window.showErrorMessage(`ISMS: ${errorText(e)}`);
        return undefined;
      }
    };
  return [
    ...COMMAND_IDS.map((id) => vscode.commands.registerCommand(id, run(id))),
    vscode.window.registerWebviewPanelSerializer(CALENDAR_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => load().reviveCalendar(panel, state),
    }),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, {
      provideTextDocumentContent: (uri, token) => load().ruleDocuments.provideTextDocumentContent(uri, token),
    }),
  ];
}

export function activate(context: vscode.ExtensionContext): IsmsExtensionApi {
  const started = performance.now();
  startupTrace.mark('activate');
  const serverNotices: string[] = [];
  const notify: LanguageClientBundle.ServerNotify = (kind, message) => {
    serverNotices.push(message);
    void (kind === 'stopped' ? vscode.window.showErrorMessage(`ISMS: ${message}`) : vscode.window.showWarningMessage(`ISMS: ${message}`));
  };
  const proxy = new ServerProxy((onDidChangeTree) => {
    // a path, not a module name: esbuild leaves this require alone and the bundle stays separate
    const bundle: typeof LanguageClientBundle = require(context.asAbsolutePath('dist/languageClient.js'));
    startupTrace.mark('client bundle loaded');
    return bundle.startLanguageClient(context, onDidChangeTree, notify);
  });
  server = proxy;
  proxy.whenStarted().catch((e: unknown) => {
    void vscode.window.showErrorMessage(`ISMS: the language server did not start: ${errorText(e)}`);
  });
  // the welcome view waits while the ISMS is read (the tree and the status bar clear it)
  void vscode.commands.executeCommand('setContext', 'isms.loading', true);
  const tree = new TreeStub<AuditCycleNode>({ withParent: true });
  const controls = new TreeStub<ControlsNode>({ withParent: false });
  let workbench: WorkbenchBundle.Workbench | undefined;
  let disposed = false;
  const load = (): WorkbenchBundle.Workbench => {
    if (!workbench) {
      // a path, as for the language client: a bundle of its own
      const bundle: typeof WorkbenchBundle = require(context.asAbsolutePath('dist/workbench.js'));
      workbench = bundle.createWorkbench(context, proxy);
      tree.attach(workbench.treeProvider);
      controls.attach(workbench.controlsProvider);
    }
    return workbench;
  };
  const loadOnceStarted = (): void => {
    if (disposed) return;
    try {
      load();
    } catch (e) {
      void vscode.window.showErrorMessage(`ISMS: ${errorText(e)}`);
    }
  };
  void proxy.whenStarted().then(loadOnceStarted, loadOnceStarted);
  const view = vscode.window.createTreeView(AUDIT_CYCLE_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const controlsView = vscode.window.createTreeView(CONTROLS_VIEW, { treeDataProvider: controls, showCollapseAll: true });
  context.subscriptions.push(
    proxy,
    tree,
    view,
    controls,
    controlsView,
    ...registerStubs(load),
    watchTodaySetting(),
    watchWalkthroughContext(proxy),
    {
      dispose: () => {
        disposed = true;
        workbench?.dispose();
      },
    },
  );
  return {
    get treeProvider() {
      return load().treeProvider;
    },
    treeView: view,
    get controlsProvider() {
      return load().controlsProvider;
    },
    controlsView,
    get statusBar() {
      return load().statusBar;
    },
    server: proxy,
    get currentInput() {
      return load().currentInput;
    },
    serverNotices,
    activateMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

export async function deactivate(): Promise<void> {
  const stopping = server?.stop();
  server = undefined;
  await stopping;
}
