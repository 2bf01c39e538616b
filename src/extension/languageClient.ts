/**
 * Starts the ISMS language server (dist/server.js) over Node IPC. The server does all the work:
 * indexing, checking, computing edits; the client only shows results and applies edits.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../common/protocol';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
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
