/**
 * "ISMS: Export audit plan (iCalendar)" and "ISMS: Export management review pack": the server renders
 * the file; the client writes it through a WorkspaceEdit (one undo). Over an existing file only with the
 * user's consent, asked once: the save dialog's own "replace?" question, or `overwrite: true` from a
 * caller that names the target; without it an existing file is left as it is.
 * Arguments for automation: `{ rootUri?, target?: string (a file path or URI), format?: 'md' | 'html', overwrite?: boolean }`.
 */
import * as vscode from 'vscode';
import type { ExportParams } from '../../common/protocol';
import { ensureTrusted } from '../trust';
import { exists, objectArg, pickRoot, stringField, type CommandContext } from './shared';

const encoder = new TextEncoder();

export const OPEN = 'Open';
export const REVEAL = 'Reveal in Explorer';

const toUri = (target: string): vscode.Uri =>
  /^[a-z][a-z0-9+.-]+:/i.test(target) && !/^[a-z]:\\/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);

/**
 * "wrote X" with Open and Reveal in Explorer: the Explorer view for a file of the workspace, the
 * operating system's file manager for one outside it. Resolves when the user has chosen (or dismissed).
 */
export async function offerExported(target: vscode.Uri, opened: boolean): Promise<void> {
  const choices = opened ? [REVEAL] : [OPEN, REVEAL];
  const choice = await vscode.window.showInformationMessage(`ISMS: wrote ${vscode.workspace.asRelativePath(target)}.`, ...choices);
  if (choice === OPEN) await vscode.window.showTextDocument(target, { preview: false });
  else if (choice === REVEAL) {
    const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
    await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', target);
  }
}

export async function exportFile(ctx: CommandContext, what: ExportParams['what'], arg?: unknown): Promise<vscode.Uri | undefined> {
  const title = what === 'ics' ? 'Export audit plan (iCalendar)' : 'Export management review pack';
  if (!ensureTrusted(title)) return undefined;
  const a = objectArg(arg);
  const root = await pickRoot(ctx, stringField(a, 'rootUri'));
  if (!root) return undefined;
  const result = await ctx.server.request('isms/export', { rootUri: root.rootUri, what });
  if (!result) throw new Error(`nothing to export from ${root.name}`);
  const given = stringField(a, 'target');
  const target =
    given !== undefined
      ? toUri(given)
      : await vscode.window.showSaveDialog({
          title,
          defaultUri: vscode.Uri.joinPath(vscode.Uri.parse(root.rootUri), result.fileName),
          filters: what === 'ics' ? { iCalendar: ['ics'] } : { Markdown: ['md'], HTML: ['html'] },
        });
  if (!target) return undefined;
  // the save dialog asks before it returns an existing file; a caller naming the target says so itself
  const overwrite = given === undefined || a.overwrite === true;
  if (!overwrite && (await exists(target))) {
    void vscode.window.showErrorMessage(
      `ISMS: ${vscode.workspace.asRelativePath(target)} already exists; export to a new file name, or pass overwrite: true.`,
    );
    return undefined;
  }
  const html = what === 'review-pack' && (stringField(a, 'format') === 'html' || /\.html?$/i.test(target.path));
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite, ignoreIfExists: false, contents: encoder.encode(html ? (result.html ?? '') : result.text) });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write ${target.fsPath}`);
  const opened = what === 'review-pack' && !html;
  if (opened) await vscode.window.showTextDocument(target, { preview: false });
  // not awaited: the command returns the file while the notification waits for the user
  void offerExported(target, opened);
  return target;
}
