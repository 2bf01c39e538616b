import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { activateExtension, codeOf, readDisk, revertAll, screenshot, sleep, waitFor, waitForIsmsDiagnostics } from './helpers';

describe('Log corrective action', () => {
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });
  after(revertAll);

  it('asks step by step, with a Back button, and cancels cleanly', async () => {
    const [waiting] = await api.server.request('isms/findingsWithoutCa', {});
    if (waiting) {
      const at = new vscode.Position(waiting.location.range.start.line, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(waiting.location.uri), { selection: new vscode.Range(at, at) });
    }
    const running = vscode.commands.executeCommand<string | undefined>('isms.logCorrectiveAction');
    const first = await waitFor('the first step', () => api.currentInput());
    assert.strictEqual(first.kind, 'inputBox');
    assert.strictEqual(first.step, 1);
    assert.strictEqual(first.totalSteps, 5);

    // answer the title as a user would: type, press Enter
    first.widget.value = 'Check leaver accounts weekly';
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const second = await waitFor('the finding picker', () => (api.currentInput()?.step === 2 ? api.currentInput() : undefined));
    assert.strictEqual(second.kind, 'quickPick');
    const items = (second.widget as vscode.QuickPick<vscode.QuickPickItem>).items;
    assert.ok(items.length >= 2, 'findings without a corrective action, and "None / other"');
    assert.ok(items.some((i) => /None \/ other/.test(i.label)));
    assert.ok(second.widget.buttons.includes(vscode.QuickInputButtons.Back), 'step 2 can go back');
    await screenshot('log-corrective-action.png');

    // Back returns to the title, with the answer kept
    await vscode.commands.executeCommand('workbench.action.quickInputBack');
    const again = await waitFor('step 1 again', () => (api.currentInput()?.step === 1 ? api.currentInput() : undefined));
    assert.strictEqual(again.widget.value, 'Check leaver accounts weekly');

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, undefined, 'Escape cancels without writing');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isDirty), 'nothing was changed');
  });

  it('writes the record into the register, links the finding, keeps comments, and one Undo removes both', async () => {
    const [finding] = await api.server.request('isms/findingsWithoutCa', {});
    assert.ok(finding, 'the sample has a finding without a corrective action');
    const [register] = await vscode.workspace.findFiles('**/corrective-actions.yaml');
    assert.ok(register, 'the sample has a corrective-action register');
    const registerBefore = await readDisk(register);
    const findingUri = vscode.Uri.parse(finding.location.uri);
    const findingBefore = await readDisk(findingUri);
    const commentsBefore = registerBefore.split('\n').filter((l) => l.trim().startsWith('#'));
    const problemsFor = () =>
      vscode.languages
        .getDiagnostics(findingUri)
        .filter((d) => d.range.start.line === finding.location.range.start.line && /^ISMS3/.test(codeOf(d)));
    const problemsBefore = problemsFor().length;

    const id = await vscode.commands.executeCommand<string>('isms.logCorrectiveAction', {
      findingId: finding.id,
      title: 'Check leaver accounts weekly',
      owner: 'Sam Smith',
      due: '2026-12-31',
      rootCause: 'No HR-to-IT leaver notification',
    });
    assert.match(id, /^CA-2026-\d{3}$/);

    const regDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === register.toString());
    assert.ok(regDoc, 'the register is open');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), register.toString(), 'the record is shown');
    const text = regDoc.getText();
    const at = text.indexOf(`- id: ${id}`);
    assert.ok(at >= 0, `the register holds ${id}`);
    const entry = text.slice(at, text.indexOf('\n\n', at) > 0 ? text.indexOf('\n\n', at) : undefined);
    for (const field of [
      `title: Check leaver accounts weekly`,
      `source: ${finding.id}`,
      'raised: 2026-11-25',
      'owner: Sam Smith',
      'due: 2026-12-31',
      'status: open',
      'root-cause: No HR-to-IT leaver notification',
    ]) {
      assert.ok(entry.includes(field), `the record has "${field}":\n${entry}`);
    }
    const cursorLine = vscode.window.activeTextEditor?.selection.active.line;
    assert.strictEqual(cursorLine, regDoc.positionAt(at).line, 'the cursor is on the new record');
    assert.ok(text.startsWith(registerBefore.slice(0, at > 0 ? Math.min(at, 200) : 200)), 'the text before the record is untouched');
    const commentsAfter = text.split('\n').filter((l) => l.trim().startsWith('#'));
    assert.deepStrictEqual(commentsAfter, commentsBefore, "the register's comments are kept");

    const findingDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === findingUri.toString());
    assert.ok(findingDoc?.getText().includes(`corrective-action: ${id}`), 'the finding links back to the record');
    if (problemsBefore) await waitFor('the finding problem to go away', () => problemsFor().length === 0, 15_000);
    await screenshot('log-corrective-action-result.png');

    // one Undo, with the register active, takes both files back
    await vscode.window.showTextDocument(regDoc);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to revert the register', () => regDoc.getText() === registerBefore, 10_000);
    assert.strictEqual(findingDoc?.getText(), findingBefore, 'the finding back-link is undone too');
    await sleep(200);
  });
});
