/**
 * The second client bundle (dist/languageClient.js): vscode-languageclient, which is most of the
 * client's size, and the typed custom requests. It starts the ISMS language server (dist/server.js)
 * over Node IPC. The server does all the work: indexing, checking, computing edits; the client only
 * shows results and applies edits. Loaded by IsmsServer right after activation (see extension.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CalendarRequest,
  ComputeEditRequest,
  DidChangeTreeNotification,
  ExportRequest,
  FindingsWithoutCaRequest,
  RecordsRequest,
  RulesRequest,
  SETTINGS_SECTION,
  StatusRequest,
  TreeDataRequest,
} from '../common/protocol';
import type { ConnectionLoader, IsmsConnection } from './ismsServer';

function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
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
  };
  // The id 'isms' makes the client honour the `isms.trace.server` setting.
  return new LanguageClient('isms', 'ISMS language server', serverOptions, clientOptions);
}

export function startLanguageClient(context: vscode.ExtensionContext, onDidChangeTree: Parameters<ConnectionLoader>[0]): IsmsConnection {
  const client = createLanguageClient(context);
  // registered before start: the client keeps the handler and installs it once connected
  client.onNotification(DidChangeTreeNotification.type, onDidChangeTree);
  return {
    started: client.start(),
    tree: () => client.sendRequest(TreeDataRequest.type),
    status: () => client.sendRequest(StatusRequest.type),
    findingsWithoutCa: (params) => client.sendRequest(FindingsWithoutCaRequest.type, params),
    records: (params) => client.sendRequest(RecordsRequest.type, params),
    calendar: (rootUri) => client.sendRequest(CalendarRequest.type, { rootUri }),
    export: (params) => client.sendRequest(ExportRequest.type, params),
    computeEdit: (op) => client.sendRequest(ComputeEditRequest.type, op),
    rules: () => client.sendRequest(RulesRequest.type),
    stop: async () => {
      if (client.isRunning()) await client.stop();
    },
  };
}
