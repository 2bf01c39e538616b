import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, revertAll, waitFor, waitForIsmsDiagnostics } from './helpers';

describe('Quick fixes', () => {
  before(activateExtension);
  after(revertAll);

  it('replaces an ISO 27001:2013 control id with its 2022 equivalent', async () => {
    const all = await waitForIsmsDiagnostics();
    const found = all.flatMap(([uri, ds]) => ds.map((d) => ({ uri, d }))).find(({ d }) => codeOf(d) === 'ISMS008');
    assert.ok(found, 'the sample has a legacy 2013 control id (ISMS008)');
    const { uri, d } = found;
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const legacy = doc.getText(d.range);
    assert.match(legacy, /^A\.\d+\.\d+\.\d+$/);

    // the 4th argument resolves up to that many actions (their edits)
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
      10,
    );
    const fix = actions.find((a) => a.title.includes(legacy));
    const show = (a: vscode.CodeAction) => `${a.title} (edit: ${!!a.edit}, diagnostics: ${a.diagnostics?.map(codeOf).join(',')})`;
    assert.ok(fix, `a quick fix for ${legacy}; offered: ${actions.map(show).join(' | ')}`);
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    const line = d.range.start.line;
    const after = doc.lineAt(line).text;
    assert.ok(!after.includes(legacy), `the 2013 id is gone: ${after}`);
    assert.match(after, /A\.[5-8]\.\d+/);
    await waitFor(
      'ISMS008 to go away',
      () => !vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'ISMS008' && x.range.start.line === line),
      15_000,
    );
  });
});

describe('Quick fixes that run a command', () => {
  before(() => waitForIsmsDiagnostics());
  after(revertAll);

  it('"Log corrective action for <finding>" opens the wizard without the finding step', async () => {
    const api = await activateExtension();
    const [finding] = await api.server.request('isms/findingsWithoutCa', {});
    assert.ok(finding, 'a finding without a corrective action');
    const uri = vscode.Uri.parse(finding.location.uri);
    await vscode.window.showTextDocument(uri); // code actions are computed for open documents only
    await waitFor(
      `a problem on ${finding.id}`,
      () => vscode.languages.getDiagnostics(uri).some((d) => d.range.start.line === finding.location.range.start.line),
      15_000,
    );
    const line = finding.location.range.start.line;
    const range = new vscode.Range(line, 0, line, 200);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.command?.command === 'isms.logCorrectiveAction');
    assert.ok(fix?.command, `a "Log corrective action" quick fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(fix.command.arguments, [{ findingId: finding.id }]);

    const running = vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const step = await waitFor('the wizard', () => api.currentInput());
    assert.strictEqual(step.kind, 'inputBox');
    assert.strictEqual(step.totalSteps, 4, 'title, owner, due date, root cause: the finding is known');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, undefined);
  });
});
