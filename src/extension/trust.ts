/**
 * Workspace Trust: in Restricted Mode the extension reads and shows, but no command writes. The
 * manifest's `enablement` hides the commands from menus; this guards programmatic calls too.
 */
import * as vscode from 'vscode';

export function ensureTrusted(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showWarningMessage(
      `ISMS: "${action}" writes files, which Restricted Mode does not allow. Trust this folder to use it.`,
      'Manage Workspace Trust',
    )
    .then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
