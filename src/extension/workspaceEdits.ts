/**
 * Turns the server's computed edits into ONE vscode.WorkspaceEdit, so that a command's whole change
 * (a register insert and the finding's back-link, say) is applied, and undone, as one step.
 */
import * as vscode from 'vscode';
import type { ComputeEditResult, Range, RecordLocation, TextEdit } from '../common/protocol';
import { textBasis } from '../common/textBasis';

export const toRange = (r: Range): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class EditError extends Error {}

/** Combines the results of one or more computeEdit requests; throws EditError on the first refusal. */
export function toWorkspaceEdit(results: readonly ComputeEditResult[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const versions = new Map<string, number>();
  const add = (uri: string, edits: readonly TextEdit[], version?: number) => {
    if (version !== undefined) versions.set(uri, version);
    for (const e of edits) edit.replace(vscode.Uri.parse(uri), toRange(e.range), e.newText);
  };
  for (const r of results) {
    if (r.error) throw new EditError(r.error);
    if (r.newFileUri !== undefined) {
      // never overwrite: with both flags false the whole edit fails if the file appeared meanwhile
      edit.createFile(vscode.Uri.parse(r.newFileUri), {
        overwrite: false,
        ignoreIfExists: false,
        contents: new TextEncoder().encode(r.newFileText ?? ''),
      });
    }
    if (r.uri && r.edits) add(r.uri, r.edits);
    for (const other of r.otherEdits ?? []) add(other.uri, other.edits, other.version);
  }
  // The server computed against the buffer it holds; if the user typed since, the ranges are stale.
  for (const [uri, version] of versions) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(uri).toString());
    if (doc && doc.version !== version)
      throw new EditError(`${vscode.workspace.asRelativePath(doc.uri)} changed while the edit was computed; try again.`);
  }
  return edit;
}

/**
 * Throws EditError when a file changed since the server read it: a closed file edited on disk (a pull,
 * another editor), whose change the server has not seen yet. Opening the document reads the disk now;
 * VS Code then applies the edit to that very text (and guards its save against later disk changes).
 */
export async function assertCurrent(results: readonly ComputeEditResult[]): Promise<void> {
  const bases: [string, string][] = [];
  for (const r of results) {
    if (r.uri && r.basis) bases.push([r.uri, r.basis]);
    for (const other of r.otherEdits ?? []) if (other.basis) bases.push([other.uri, other.basis]);
  }
  for (const [uri, basis] of bases) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (textBasis(doc.getText()) !== basis)
      throw new EditError(`${vscode.workspace.asRelativePath(doc.uri)} changed since it was read; nothing was written. Try again.`);
  }
}

/** Applies the edit; returns false (after telling the user) when VS Code refused it. */
export async function applyAll(edit: vscode.WorkspaceEdit, what: string): Promise<boolean> {
  const ok = await vscode.workspace.applyEdit(edit);
  if (!ok) void vscode.window.showErrorMessage(`ISMS: could not ${what}: a file it writes already exists or was changed.`);
  return ok;
}

/** Opens a record's file with the cursor on its line. */
export async function revealRecord(location: RecordLocation, preserveFocus = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  const start = toRange(location.range).start;
  return vscode.window.showTextDocument(doc, {
    selection: new vscode.Range(start, start),
    preserveFocus,
    preview: false,
  });
}

/** The edit of computed results, checked against the files as they are now; undefined (after telling the user) when stale or refused. */
async function checkedEdit(results: readonly ComputeEditResult[], what: string): Promise<vscode.WorkspaceEdit | undefined> {
  try {
    const edit = toWorkspaceEdit(results);
    await assertCurrent(results);
    return edit;
  } catch (e) {
    if (e instanceof EditError) {
      void vscode.window.showErrorMessage(`ISMS: could not ${what}: ${e.message}`);
      return undefined;
    }
    throw e;
  }
}

/** Applies computed edits as one undoable WorkspaceEdit and reveals the record (or opens the new file); false when refused or cancelled. */
export async function applyResults(results: ComputeEditResult[], what: string): Promise<boolean> {
  const edit = await checkedEdit(results, what);
  if (!edit || !(await applyAll(edit, what))) return false;
  const reveal = results.find((r) => r.reveal)?.reveal;
  const created = results.find((r) => r.newFileUri)?.newFileUri;
  if (reveal) await revealRecord(reveal);
  else if (created) await vscode.window.showTextDocument(vscode.Uri.parse(created));
  return true;
}

/**
 * Applies computed edits as one WorkspaceEdit without showing any document, for a view that keeps the
 * focus (the calendar's drag and Alt+Arrow re-plans). Like a refactoring, a file that had no unsaved
 * changes is then saved when `files.refactoring.autoSave` is on (VS Code's default), so the change does
 * not linger as an unseen dirty buffer; one the user was editing stays unsaved, as they left it. False
 * when refused.
 */
export async function applyInBackground(results: ComputeEditResult[], what: string): Promise<boolean> {
  const edit = await checkedEdit(results, what);
  if (!edit) return false;
  const edited = new Set(edit.entries().map(([uri]) => uri.toString()));
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  if (!(await applyAll(edit, what))) return false;
  if (!vscode.workspace.getConfiguration('files').get<boolean>('refactoring.autoSave', true)) return true;
  for (const doc of vscode.workspace.textDocuments) {
    const uri = doc.uri.toString();
    if (edited.has(uri) && doc.isDirty && !dirtyBefore.has(uri)) await doc.save();
  }
  return true;
}
