/**
 * A small in-memory `vscode` for running a command's module outside VS Code: URIs, a file system of
 * paths, WorkspaceEdit.createFile applied to it, and the window's prompts answered by the test. Import it
 * first (before the module under test), like vscodeStub.ts, and call `releaseVscode()` once the imports are
 * done, so that the test files loaded after get the loader they expect.
 */
import Module from 'node:module';

export interface FakeUri {
  scheme: string;
  path: string;
  toString(): string;
}

const uri = (path: string): FakeUri => ({ scheme: 'file', path, toString: () => `file://${path}` });

export interface FakeState {
  /** path → text of every file, and the folders created */
  files: Map<string, string>;
  folders: Set<string>;
  /** what the last quick pick offered, and how the test answers it (default: the items picked by default) */
  quickPicks: { label: string; picked?: boolean }[][];
  answerQuickPick?: (items: { label: string; picked?: boolean }[]) => unknown;
  messages: string[];
  /** the buttons each message offered, in the order of `messages` */
  messageItems: string[][];
  /** how the test answers a message (default: dismissed) */
  answerMessage?: (text: string, items: string[]) => string | undefined;
  /** how the test answers the save dialog (a path; default: cancelled) */
  answerSaveDialog?: () => string | undefined;
  /** the folder of the one workspace folder, if any */
  workspaceFolder?: string;
  /** `isms.*` settings by key (without the `isms.` prefix) */
  settings: Record<string, unknown>;
  /** the commands executed, with their arguments */
  commands: unknown[][];
  /** the documents shown */
  shown: string[];
  configListeners: ((e: { affectsConfiguration(section: string): boolean }) => void)[];
}

export const fake: FakeState = {
  files: new Map(),
  folders: new Set(),
  quickPicks: [],
  messages: [],
  messageItems: [],
  settings: {},
  commands: [],
  shown: [],
  configListeners: [],
};

/** Changes `isms.KEY` and tells the listeners, as VS Code does when the user edits settings.json. */
export function changeSetting(key: string, value: unknown): void {
  fake.settings[key] = value;
  for (const l of fake.configListeners) l({ affectsConfiguration: (section) => section === 'isms' || section === `isms.${key}` });
}

class WorkspaceEdit {
  readonly creates: { uri: FakeUri; overwrite: boolean; contents: Uint8Array }[] = [];
  createFile(u: FakeUri, o: { overwrite?: boolean; contents?: Uint8Array }): void {
    this.creates.push({ uri: u, overwrite: o.overwrite === true, contents: o.contents ?? new Uint8Array() });
  }
}

const message = async (text: string, ...items: unknown[]): Promise<string | undefined> => {
  const buttons = items.filter((i): i is string => typeof i === 'string');
  fake.messages.push(text);
  fake.messageItems.push(buttons);
  return fake.answerMessage?.(text, buttons);
};

const vscode = {
  Uri: {
    file: uri,
    parse: (s: string) => uri(s.replace(/^file:\/\//, '')),
    joinPath: (base: FakeUri, ...parts: string[]) => uri([base.path, ...parts].join('/')),
  },
  WorkspaceEdit,
  workspace: {
    isTrusted: true,
    workspaceFolders: undefined,
    getConfiguration: (section?: string) => ({ get: (key: string) => (section === 'isms' ? fake.settings[key] : undefined) }),
    onDidChangeConfiguration(listener: FakeState['configListeners'][number]) {
      fake.configListeners.push(listener);
      return { dispose: () => fake.configListeners.splice(fake.configListeners.indexOf(listener), 1) };
    },
    getWorkspaceFolder: (u: FakeUri) =>
      fake.workspaceFolder !== undefined && u.path.startsWith(`${fake.workspaceFolder}/`) ? { uri: uri(fake.workspaceFolder) } : undefined,
    asRelativePath: (u: FakeUri) => u.path,
    fs: {
      async stat(u: FakeUri) {
        if (fake.files.has(u.path) || fake.folders.has(u.path)) return { type: 1 };
        throw new Error(`ENOENT ${u.path}`);
      },
      async createDirectory(u: FakeUri) {
        fake.folders.add(u.path);
      },
    },
    /** like VS Code: the whole edit or nothing; a create over an existing file without overwrite fails it */
    async applyEdit(edit: WorkspaceEdit): Promise<boolean> {
      if (edit.creates.some((c) => !c.overwrite && fake.files.has(c.uri.path))) return false;
      for (const c of edit.creates) fake.files.set(c.uri.path, new TextDecoder().decode(c.contents));
      return true;
    },
  },
  window: {
    showWarningMessage: message,
    showErrorMessage: message,
    showInformationMessage: message,
    showTextDocument: async (u: FakeUri) => {
      fake.shown.push(u.path);
      return undefined;
    },
    showSaveDialog: async () => {
      const path = fake.answerSaveDialog?.();
      return path === undefined ? undefined : uri(path);
    },
    async showQuickPick(items: { label: string; picked?: boolean }[]) {
      fake.quickPicks.push(items);
      return fake.answerQuickPick ? fake.answerQuickPick(items) : items.filter((i) => i.picked);
    },
  },
  commands: {
    executeCommand: async (...args: unknown[]) => {
      fake.commands.push(args);
      return undefined;
    },
  },
};

const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = loader._load;
loader._load = function (request, parent, isMain) {
  return request === 'vscode' ? vscode : load.call(this, request, parent, isMain);
};

/** Stops answering `require('vscode')` (the module under test keeps the fake it was given). */
export function releaseVscode(): void {
  loader._load = load;
}

export function resetFake(): void {
  fake.files.clear();
  fake.folders.clear();
  fake.quickPicks = [];
  fake.answerQuickPick = undefined;
  fake.messages = [];
  fake.messageItems = [];
  fake.answerMessage = undefined;
  fake.answerSaveDialog = undefined;
  fake.workspaceFolder = undefined;
  fake.settings = {};
  fake.commands = [];
  fake.shown = [];
  fake.configListeners = [];
}
