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

  it('says the calendar is for a later release, without failing', async () => {
    await vscode.commands.executeCommand('isms.showCalendar');
  });
});
