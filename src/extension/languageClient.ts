/**
 * Starts the ISMS language server (dist/server.js) over Node IPC. The server does all the work:
 * indexing, checking, computing edits; the client only shows results and applies edits.
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
import { SETTINGS_SECTION } from '../common/protocol';
import { RestartPolicy } from './restartPolicy';

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

export function createLanguageClient(context: vscode.ExtensionContext, notify: ServerNotify): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
    ],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      // a `git checkout` that touches hundreds of files reaches the server as file events
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml}'),
    },
    // this watcher feeds the server; without the flag it would register a second one and read every change twice
    initializationOptions: { clientWatchesFiles: true },
    outputChannelName: 'ISMS',
    errorHandler: crashHandler(notify),
  };
  // The id 'isms' makes the client honour the `isms.trace.server` setting.
  return new LanguageClient('isms', 'ISMS language server', serverOptions, clientOptions);
}
