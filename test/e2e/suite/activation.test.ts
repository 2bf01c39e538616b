import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

describe('Activation', () => {
  it('activates on the ISMS workspace and registers every command', async () => {
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(api.treeProvider, 'the API exposes the tree provider');
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'isms.logCorrectiveAction',
      'isms.followUpCorrectiveAction',
      'isms.closeCorrectiveAction',
      'isms.planInternalAudit',
      'isms.newManagementReview',
      'isms.initWorkspace',
      'isms.showCalendar',
      'isms.openRuleDocumentation',
      'isms.refresh',
    ]) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('opens the audit calendar as a webview panel (its content is checked by test/e2e/calendar.mjs)', async () => {
    await vscode.commands.executeCommand('isms.showCalendar');
    const isCalendar = (t: vscode.Tab): boolean => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('isms.calendar');
    for (let i = 0; i < 50 && !vscode.window.tabGroups.all.some((g) => g.tabs.some(isCalendar)); i++) await new Promise((r) => setTimeout(r, 100));
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isCalendar);
    assert.ok(tab, 'a calendar tab is open');
    assert.match(tab.label, /Audit calendar/);
    await vscode.window.tabGroups.close(tab);
  });
});
