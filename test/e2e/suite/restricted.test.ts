import * as assert from 'assert';
import * as vscode from 'vscode';
import { writingCommands, type CommandManifest } from '../../../src/extension/writingActions';
import { activateExtension, codeOf, EXTENSION_ID, readDisk, waitForIsmsDiagnostics, quickFixesAt } from './helpers';

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

  it('offers no quick fix that writes: fixes with an edit or a writing command are filtered out (issue 15.9)', async () => {
    const writing = writingCommands(vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as CommandManifest);
    assert.ok(writing.has('isms.planInternalAudit') && writing.has('isms.followUpCorrectiveAction'));
    const all = await waitForIsmsDiagnostics();
    const codes = new Set(all.flatMap(([, ds]) => ds.map(codeOf)));
    // the sample has problems a trusted folder gets fixes for: an overdue audit, an overdue corrective action
    assert.ok(codes.has('ISMS101'), `the sample's overdue audit is reported (${[...codes].join(', ')})`);
    const offered: string[] = [];
    for (const [uri, diagnostics] of all) {
      // code actions are computed for open documents only (the command refuses a URI without a model)
      await vscode.window.showTextDocument(uri, { preview: true });
      for (const d of diagnostics) {
        const actions = await quickFixesAt(uri, d.range);
        for (const a of actions ?? [])
          if (a.edit || (a.command && writing.has(a.command.command)))
            offered.push(`${vscode.workspace.asRelativePath(uri)} ${codeOf(d)}: ${a.title}`);
      }
    }
    assert.deepStrictEqual(offered, [], 'Restricted Mode offers a fix that it would then refuse');
  });
});
