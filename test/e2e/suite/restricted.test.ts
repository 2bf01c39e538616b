import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, readDisk, waitForIsmsDiagnostics } from './helpers';

describe('Restricted Mode (untrusted folder)', () => {
  before(activateExtension);

  it('runs untrusted: the folder is not trusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still checks the ISMS (reading is allowed)', async () => {
    const all = await waitForIsmsDiagnostics();
    assert.ok(all.length > 0);
  });

  it('refuses every command that writes', async () => {
    const [register] = await vscode.workspace.findFiles('**/corrective-actions.yaml');
    const before = await readDisk(register);
    const filesBefore = (await vscode.workspace.findFiles('**/*')).length;
    const result = await vscode.commands.executeCommand('isms.logCorrectiveAction', { title: 'x', owner: 'y', due: '2099-01-01' });
    assert.strictEqual(result, undefined);
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.planInternalAudit', { month: '2026-12', planned: '2026-12-15', title: 't' }),
      undefined,
    );
    assert.strictEqual(await vscode.commands.executeCommand('isms.newManagementReview', { date: '2026-12-01' }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('isms.followUpCorrectiveAction', { caId: 'CA-2026-001' }), false);
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.closeCorrectiveAction', { caId: 'CA-2026-001', effectiveness: 'checked twice over' }),
      false,
    );
    assert.strictEqual(await vscode.commands.executeCommand('isms.initWorkspace', { organisation: 'X' }), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('isms.markDocumentReviewed', { documentId: 'POL-002', raise: 'none' }), false);
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.newDocument', { type: 'policy', title: 'T', id: 'POL-900', folder: 'policies' }),
      undefined,
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.exportIcs', { target: vscode.Uri.joinPath(register, '../plan.ics').toString() }),
      undefined,
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.exportReviewPack', { target: vscode.Uri.joinPath(register, '../pack.md').toString() }),
      undefined,
    );
    assert.strictEqual(await readDisk(register), before, 'the register is unchanged');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isDirty), 'no buffer was changed');
    assert.strictEqual((await vscode.workspace.findFiles('**/*')).length, filesBefore, 'no file was created');
  });
});
