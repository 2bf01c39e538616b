/**
 * The second client bundle (dist/languageClient.js): vscode-languageclient, which is most of the
 * client's size, sending the custom requests of the protocol's request map. It starts the ISMS
 * language server (dist/server.js) over Node IPC. The server does all the work: indexing, checking, computing edits; the client only
 * shows results and applies edits. Loaded by ServerProxy right after activation (see extension.ts).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION, type IsmsRequestMethod, type RequestArgs, type RequestResult } from '../common/protocol';
import { serverForkOptions } from '../common/serverLaunch';
import { RestartPolicy } from './restartPolicy';
import { startupTrace } from './startupTrace';
import { isWritingAction, writingCommands, type CommandManifest } from './writingActions';
import type { ConnectionLoader, ServerConnection } from './serverProxy';

/** How a notice about the server's life reaches the user: 'restarted' is a warning, 'stopped' an error. */
export type ServerNotify = (kind: 'restarted' | 'stopped', message: string) => void;

/** Restarts a crashed server within RestartPolicy's limits, and says so once instead of once per crash. */
function crashHandler(notify: ServerNotify): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // the client's default: tolerate a few broken messages, then shut the connection down
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.crashed();
      if (decision.action === 'stop') {
        notify('stopped', decision.notice);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if ('notice' in decision) notify('restarted', decision.notice);
      // handled: the client logs the restart to the output channel but shows no notification of its own
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** The `isms` settings as workspace/configuration would answer them (window scope), as plain JSON. */
function initialSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return { today: c.get('today'), rules: c.get('rules'), diagnostics: { debounceMs: c.get('diagnostics.debounceMs') } };
}

function createLanguageClient(context: vscode.ExtensionContext, notify: ServerNotify): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const writing = writingCommands(context.extension.packageJSON as CommandManifest);
  // SERVER_LAUNCH's V8 flags and environment (issue 20.4), as the bench spawns the server
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: serverForkOptions(false) },
    debug: { module, transport: TransportKind.ipc, options: serverForkOptions(true) },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
    ],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      // a `git checkout` that touches hundreds of files reaches the server as file events
      // (.gitignore too: its rules decide which files the server reads)
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/.gitignore'),
      ],
    },
    // this watcher feeds the server; without the flag it would register a second one and read every change twice;
    // the settings ride along so that the first check need not wait for a workspace/configuration round-trip
    initializationOptions: () => ({ clientWatchesFiles: true, settings: initialSettings() }),
    outputChannelName: 'ISMS',
    errorHandler: crashHandler(notify),
    middleware: {
      // Restricted Mode: a quick fix that writes would only be refused with a toast, so it is not offered
      // (asked on each request: trust granted later turns the fixes on without a restart)
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        if (vscode.workspace.isTrusted || !actions) return actions;
        return actions.filter((a) => !isWritingAction(a, writing));
      },
      // ISMS_TRACE_STARTUP only (issue 20.1): the first diagnostics received close the client's start-up trace
      ...(startupTrace.on
        ? {
            handleDiagnostics: (
              uri: vscode.Uri,
              diagnostics: vscode.Diagnostic[],
              next: (u: vscode.Uri, d: vscode.Diagnostic[]) => void,
            ) => {
              startupTrace.report('first diagnostics');
              next(uri, diagnostics);
            },
          }
        : {}),
    },
  };
  // The id 'isms' makes the client honour the `isms.trace.server` setting.
  return new LanguageClient('isms', 'ISMS language server', serverOptions, clientOptions);
}

export function startLanguageClient(
  context: vscode.ExtensionContext,
  onDidChangeTree: Parameters<ConnectionLoader>[0],
  notify: ServerNotify,
): ServerConnection {
  const client = createLanguageClient(context, notify);
  // registered before start: the client keeps the handler and installs it once connected
  client.onNotification('isms/didChangeTree', onDidChangeTree);
  startupTrace.mark('client start');
  const started = client.start();
  void started.then(
    () => startupTrace.mark('initialize answered'),
    () => undefined,
  );
  return {
    started,
    request: <M extends IsmsRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>> =>
      args.length ? client.sendRequest<RequestResult<M>>(method, args[0]) : client.sendRequest<RequestResult<M>>(method),
    stop: async () => {
      if (client.isRunning()) await client.stop();
    },
  };
}
