/**
 * The context keys the "Get started" walkthrough's steps complete on (package.json
 * `contributes.walkthroughs`), so that a step ticks when the user has done it in any way — not only by
 * the step's own button:
 * - `isms.hasConfig`: an `isms.yaml` exists in the workspace (opened, initialised, or written by hand);
 * - `isms.hasCorrectiveAction`: the ISMS holds a corrective action (logged by the command, a quick fix,
 *   or typed into the register).
 * A step once done stays done, so each key is only ever set to true here.
 */
import * as vscode from 'vscode';
import type { ServerProxy } from './serverProxy';

export const HAS_CONFIG = 'isms.hasConfig';
export const HAS_CORRECTIVE_ACTION = 'isms.hasCorrectiveAction';

/** What the keys are computed from: the workspace's files and the server's records. */
export interface WalkthroughSources {
  hasConfigFile(): Thenable<boolean>;
  correctiveActionCount(): Thenable<number>;
  setContext(key: string, value: boolean): void;
}

/** Sets the keys that are true now; resolves to the keys still false. */
export async function updateWalkthroughContext(sources: WalkthroughSources, pending: Set<string>): Promise<Set<string>> {
  if (pending.has(HAS_CONFIG) && (await sources.hasConfigFile().then(Boolean, () => false))) {
    sources.setContext(HAS_CONFIG, true);
    pending.delete(HAS_CONFIG);
  }
  if (
    pending.has(HAS_CORRECTIVE_ACTION) &&
    (await sources.correctiveActionCount().then(
      (n) => n > 0,
      () => false,
    ))
  ) {
    sources.setContext(HAS_CORRECTIVE_ACTION, true);
    pending.delete(HAS_CORRECTIVE_ACTION);
  }
  return pending;
}

export function watchWalkthroughContext(server: ServerProxy): vscode.Disposable {
  const sources: WalkthroughSources = {
    hasConfigFile: () => vscode.workspace.findFiles('**/isms.yaml', '**/node_modules/**', 1).then((found) => found.length > 0),
    correctiveActionCount: () => server.request('isms/records', { kind: 'corrective-action' }).then((r) => r.length),
    setContext: (key, value) => void vscode.commands.executeCommand('setContext', key, value),
  };
  const pending = new Set([HAS_CONFIG, HAS_CORRECTIVE_ACTION]);
  const update = () => {
    if (pending.size > 0) void updateWalkthroughContext(sources, pending);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/isms.yaml', false, true, true);
  const subscriptions = [
    watcher,
    watcher.onDidCreate(update),
    server.onDidChangeTree(update),
    vscode.workspace.onDidChangeWorkspaceFolders(update),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}
