/** Shared by the e2e tests: the extension's API, waiting for the server, diagnostics, screenshots. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { IsmsExtensionApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'isms-workbench.isms-workbench';

export async function activateExtension(): Promise<IsmsExtensionApi> {
  const ext = vscode.extensions.getExtension<IsmsExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.server.whenStarted();
  return api;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** The rule code of a diagnostic: a string, or `{ value, target }` when the code links its docs. */
/**
 * The quick fixes VS Code would offer at a range. VS Code cancels a code-action request when the document
 * or its diagnostics change meanwhile (as while the server's first check publishes); it asks again then,
 * and so does this.
 */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range, resolveEdits?: number): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const args: unknown[] = [uri, range, vscode.CodeActionKind.QuickFix.value];
      if (resolveEdits !== undefined) args.push(resolveEdits);
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ...args)) ?? [];
    } catch (e) {
      if (attempt >= 5 || !/Canceled/.test(String(e))) throw e;
      await sleep(500);
    }
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ismsDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, ds]): [vscode.Uri, vscode.Diagnostic[]] => [uri, ds.filter((d) => /^ISMS\d{3}$/.test(codeOf(d)))])
    .filter(([, ds]) => ds.length > 0);
}

/**
 * Waits until the server has indexed the workspace and its diagnostics have settled: it publishes file
 * by file, so the first diagnostic to arrive is not the whole picture.
 */
export async function waitForIsmsDiagnostics(ms = 60_000): Promise<[vscode.Uri, vscode.Diagnostic[]][]> {
  const api = await activateExtension();
  await waitFor('the server to finish indexing', async () => (await api.server.request('isms/status')).ready, ms);
  const signature = () =>
    ismsDiagnostics()
      .map(([u, ds]) => `${u.toString()}:${ds.length}`)
      .join('|');
  let last = signature();
  let stableSince = Date.now();
  await waitFor(
    'ISMS diagnostics to settle',
    () => {
      const now = signature();
      if (now !== last) {
        last = now;
        stableSince = Date.now();
      }
      return now !== '' && Date.now() - stableSince >= 1500;
    },
    ms,
  );
  return ismsDiagnostics();
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

export async function readDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Reverts every dirty editor so the next test starts from the files on disk. */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * A PNG of the workbench as it is now, taken by the kit's runner (it watches the console for the
 * marker line). A no-op outside the kit or when ISMS_E2E_SCREENSHOTS (the target folder) is not set.
 */
export async function screenshot(name: string, settleMs = 800): Promise<void> {
  const dir = process.env.ISMS_E2E_SCREENSHOTS;
  if (!process.env.VSCODE_E2E_RUN || !dir) return;
  const target = path.resolve(dir, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  await vscode.commands.executeCommand('notifications.clearAll');
  await sleep(settleMs);
  console.log(`[vscode-e2e] screenshot ${target}`);
  for (let i = 0; i < 100 && !fs.existsSync(target); i++) await sleep(100);
}
