/**
 * "ISMS: Export audit plan (iCalendar)" and "ISMS: Export management review pack": the server renders
 * the file; the client writes it as a NEW file through a WorkspaceEdit (never over an existing one).
 * Arguments for automation: `{ rootUri?, target?: string (a file path or URI), format?: 'md' | 'html' }`.
 */
import * as vscode from 'vscode';
import type { ExportParams } from '../../common/protocol';
import { ensureTrusted } from '../trust';
import { exists, objectArg, pickRoot, stringField, type CommandContext } from './shared';

const encoder = new TextEncoder();

const toUri = (target: string): vscode.Uri =>
  /^[a-z][a-z0-9+.-]+:/i.test(target) && !/^[a-z]:\\/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);

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
  if (await exists(target)) {
    // the save dialog may have confirmed a replacement: this command still never overwrites
    void vscode.window.showErrorMessage(`ISMS: ${vscode.workspace.asRelativePath(target)} already exists; export to a new file name.`);
    return undefined;
  }
  const html = what === 'review-pack' && (stringField(a, 'format') === 'html' || /\.html?$/i.test(target.path));
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(html ? (result.html ?? '') : result.text) });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write ${target.fsPath}`);
  if (what === 'review-pack' && !html) await vscode.window.showTextDocument(target, { preview: false });
  else void vscode.window.showInformationMessage(`ISMS: wrote ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
