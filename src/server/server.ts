/**
 * The ISMS language server: hosts the core engine and speaks LSP.
 *
 * Transports: the VS Code client starts it over Node IPC (`--node-ipc`, chosen by vscode-languageclient);
 * other editors run `node dist/server.js --stdio` (or `--socket=<port>` / `--pipe=<name>`), e.g. Neovim:
 *   vim.lsp.start({ name = 'isms', cmd = { 'node', '/path/to/dist/server.js', '--stdio' } })
 * Settings are pulled with workspace/configuration, section `isms` (today, rules, diagnostics.debounceMs).
 * The server never writes files: edits go to the client (quick fixes, isms/computeEdit).
 */
// first: its timestamp is where the bundle starts loading (ISMS_TRACE_STARTUP, see startupTrace.ts)
import { mark, reportStartup } from './startupTrace';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './codeActions';
import { nodeFolders } from '../node/fsHost';
import { DayWatcher } from './dayChange';
import { complete } from './completion';
import { definition, documentLinks } from './definition';
import { releaseMemory } from './releaseMemory';
import { DiagnosticsPublisher } from './diagnostics';
import { hover } from './hover';
import { registerRequests } from './requests';
import { FIRST_PUBLISH_EVENT } from './startupEvents';
import { DEFAULT_SETTINGS, fetchSettings, logInvalidToday, readSettings, todayOf, type ServerSettings } from './settings';
import { documentSymbols, workspaceSymbols } from './symbols';
import { documentClosed, documentOpened, uriToPath } from './uris';
import { WorkspaceManager } from './workspaceManager';

mark('bundle loaded');
const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: ServerSettings = DEFAULT_SETTINGS;
let pullConfiguration = false;
let registerWatcher = false;
let folderEvents = false;
let initialFolders: string[] = [];
/** settings the client sent with initialize (initializationOptions.settings): no configuration round-trip before the first check */
let initialSettings: ServerSettings | undefined;
const SETTINGS_TIMEOUT_MS = 3000;
/** resolved once the first settings are known: the index is built meanwhile, but nothing is checked before */
let settingsKnown: () => void = () => undefined;
const firstSettings = new Promise<void>((resolve) => (settingsKnown = resolve));
/** the same, as a flag: what a large root publishes while it is read waits for the settings too */
let settingsLoaded = false;
void firstSettings.then(() => (settingsLoaded = true));

const openText = (file: string): string | undefined => {
  for (const doc of documents.all()) if (uriToPath(doc.uri) === file) return doc.getText();
  return undefined;
};
const openVersion = (file: string): number | undefined => {
  for (const doc of documents.all()) if (uriToPath(doc.uri) === file) return doc.version;
  return undefined;
};

const log = (message: string): void => connection.console.log(message);
const manager = new WorkspaceManager(
  {
    changed: () => {
      if (manager.ready) mark('index ready');
      void firstSettings.then(() => publisher.schedule());
    },
    indexing: (progress) => publisher.whileIndexing(progress, settingsLoaded),
    forgotten: (files) => publisher.forget(files),
    log,
  },
  openText,
);
const publisher = new DiagnosticsPublisher(
  connection,
  manager,
  () => settings,
  () => {
    reportStartup(log);
    // the entry point makes the code cache now, with what the first check compiled (codeCache.ts)
    (process as NodeJS.EventEmitter).emit(FIRST_PUBLISH_EVENT);
  },
  releaseMemory,
);
/** local midnight re-checks (the tree and status bar follow with the notification the check sends) */
const dayWatcher = new DayWatcher(
  () => todayOf(settings),
  (day) => {
    log(`isms: the date is now ${day}: re-checking`);
    publisher.schedule();
  },
);

/** Every handler goes through here: an exception is logged, never allowed to take the server down. */
function guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`isms: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}

/** The document's path, text and workspace, once pending changes are applied; undefined outside ISMS roots. */
async function context(
  uri: string,
): Promise<{ file: string; text: string; ws: NonNullable<ReturnType<WorkspaceManager['workspaceOf']>> } | undefined> {
  const file = uriToPath(uri);
  if (!file) return undefined;
  // see the user's latest keystrokes (not a checkout's file events); while the first index is built, answer from what there is
  if (manager.ready) await manager.buffersApplied();
  const ws = manager.workspaceOf(file);
  if (!ws) return undefined;
  const text = documents.get(uri)?.getText() ?? (await manager.readText(file));
  return text === undefined ? undefined : { file, text, ws };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  mark('initialize received');
  const caps = params.capabilities;
  initialSettings = settingsOption(params.initializationOptions);
  pullConfiguration = caps.workspace?.configuration === true;
  folderEvents = caps.workspace?.workspaceFolders === true;
  registerWatcher = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && !clientWatches(params.initializationOptions);
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  // indexing starts after `initialized`, so that the editor is never kept waiting
  initialFolders = folders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      completionProvider: { triggerCharacters: [':', ' ', '[', ',', '"', '-'], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'], resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'isms-language-server' },
  };
});

/** The `isms` settings the client sent with initialize (the VS Code client does), read as workspace/configuration's. */
function settingsOption(options: unknown): ServerSettings | undefined {
  const sent = options && typeof options === 'object' ? (options as { settings?: unknown }).settings : undefined;
  return sent && typeof sent === 'object' ? readSettings(sent) : undefined;
}

/** The VS Code client watches files itself (synchronize.fileEvents); then a second watcher would double every event. */
function clientWatches(options: unknown): boolean {
  return !!options && typeof options === 'object' && (options as { clientWatchesFiles?: unknown }).clientWatchesFiles === true;
}

connection.onInitialized(
  guard('initialized', undefined, async () => {
    mark('initialized received');
    // the scan needs no settings: it runs while they are fetched (only the check waits for them)
    manager.addFolders(initialFolders);
    if (registerWatcher) {
      connection.client
        // .gitignore: its rules decide which files the scan reads
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown,yaml,yml}' }, { globPattern: '**/.gitignore' }],
        })
        .catch((e: unknown) => connection.console.error(`isms: could not register the file watcher: ${String(e)}`));
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('workspace folders', undefined, (e) => {
          manager.removeFolders(e.removed.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined));
          manager.addFolders(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined));
        }),
      );
    }
    // a client that never answers workspace/configuration must not stop checking
    const initial =
      initialSettings ??
      (await Promise.race([
        fetchSettings(connection, pullConfiguration),
        new Promise<ServerSettings>((resolve) => setTimeout(() => resolve(settings), SETTINGS_TIMEOUT_MS)),
      ]));
    mark(initialSettings ? 'settings from initializationOptions' : 'settings received');
    logInvalidToday((m) => connection.console.warn(m), settings, initial);
    settings = initial;
    settingsKnown();
    dayWatcher.start();
  }),
);

connection.onDidChangeConfiguration(
  guard('configuration', undefined, async (change) => {
    const next = await fetchSettings(connection, pullConfiguration, change.settings);
    logInvalidToday((m) => connection.console.warn(m), settings, next);
    settings = next;
    publisher.schedule();
  }),
);

connection.onDidChangeWatchedFiles(
  guard('watched files', undefined, (params) => {
    manager.filesChanged(
      params.changes.flatMap((c) => {
        const file = uriToPath(c.uri);
        return file ? [{ path: file, type: c.type }] : [];
      }),
    );
  }),
);

documents.onDidOpen(
  guard('open', undefined, (e) => {
    documentOpened(e.document.uri);
    setBuffer(e.document);
  }),
);
documents.onDidChangeContent(guard('change', undefined, (e) => setBuffer(e.document)));
documents.onDidClose(
  guard('close', undefined, (e) => {
    documentClosed(e.document.uri);
    const file = uriToPath(e.document.uri);
    if (file) manager.closeBuffer(file);
  }),
);

function setBuffer(doc: TextDocument): void {
  const file = uriToPath(doc.uri);
  if (file) manager.setBuffer(file, doc.getText());
}

connection.onCompletion(
  guard('completion', [], async (params) => {
    const c = await context(params.textDocument.uri);
    return c ? complete(params, { ...c, today: todayOf(settings) }) : [];
  }),
);

connection.onHover(
  guard('hover', null, async (params) => {
    const c = await context(params.textDocument.uri);
    return c ? hover(c.file, c.text, params.position, c.ws, (id) => manager.recordsById(id)) : null;
  }),
);

connection.onDefinition(
  guard('definition', [], async (params) => {
    const c = await context(params.textDocument.uri);
    return c
      ? definition(c.file, c.text, params.position, (id) =>
          c.ws.recordsById(id).length > 0 ? c.ws.recordsById(id) : manager.recordsById(id),
        )
      : [];
  }),
);

connection.onDocumentLinks(
  guard('document links', [], async (params) => {
    const c = await context(params.textDocument.uri);
    return c ? documentLinks(c.file, c.ws, (id) => (c.ws.recordsById(id).length > 0 ? c.ws.recordsById(id) : manager.recordsById(id))) : [];
  }),
);

connection.onWorkspaceSymbol(
  guard('workspace symbols', [], async (params) => {
    await manager.settled();
    return workspaceSymbols(
      params.query,
      manager.workspaces().flatMap((ws) => ws.records()),
    );
  }),
);

connection.onDocumentSymbol(
  guard('document symbols', [], async (params) => {
    const c = await context(params.textDocument.uri);
    // records kept as last read while the file does not parse point into the old text: not outlined
    return c ? documentSymbols(c.ws.records().filter((r) => r.file === c.file && !c.ws.isStale(r))) : [];
  }),
);

connection.onCodeAction(
  guard('code actions', [], async (params) => {
    const c = await context(params.textDocument.uri);
    const known = c ? { today: todayOf(settings), records: c.ws.records().filter((r) => r.file === c.file), source: c.ws } : undefined;
    return codeActions(params, c?.text ?? documents.get(params.textDocument.uri)?.getText(), known);
  }),
);

// the custom requests (isms/tree, isms/status, isms/computeEdit …): one module each, listed in requests/index.ts
registerRequests(
  connection,
  async (waitFor) => {
    if (waitFor !== 'nothing') await manager.settled();
    if (waitFor === 'check') await publisher.flush();
    const readText = (file: string): Promise<string | undefined> => manager.readText(file);
    return {
      workspaces: manager,
      today: todayOf(settings),
      versionOf: openVersion,
      counts: publisher.totals,
      folders: nodeFolders,
      readText,
    };
  },
  guard,
);

documents.listen(connection);
connection.listen();
