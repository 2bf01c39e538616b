/**
 * "One slip hides the real state" (issue 15.3): a line typed at the wrong indent in the corrective-action
 * register is one problem at that line, the audits that link to its actions keep their links (no
 * ISMS007), the status bar keeps its count and names the file as kept as last read; undo restores all.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, revertAll, waitFor, waitForIsmsDiagnostics } from './helpers';

const REGISTER = 'registers/corrective-actions.yaml';

describe('A register with a broken line', () => {
  before(activateExtension);
  after(revertAll);

  it('is reported once at the line, keeps its actions and its links, and is restored by undo', async () => {
    const api = await activateExtension();
    const before = await waitForIsmsDiagnostics();
    const count = (code: string, all = before) => all.flatMap(([, ds]) => ds).filter((d) => codeOf(d) === code).length;
    const missingBefore = count('ISMS007');
    const statusBefore = await api.server.request('isms/status');
    assert.deepEqual(statusBefore.staleFiles, []);

    const [uri] = await vscode.workspace.findFiles(REGISTER);
    assert.ok(uri, REGISTER);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const owner = doc
      .getText()
      .split('\n')
      .findIndex((l, i, all) => l.startsWith('    owner:') && all[i - 4]?.includes('CA-2025-002'));
    assert.ok(owner > 0, 'the owner line of CA-2025-002');
    const yamlProblems = () => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'ISMS001');

    // a line typed one column short, inside the entry
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(owner + 1, 0), '   reviewer: Dana Lee\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('ISMS001 in the register', () => yamlProblems().length > 0, 15_000);
    const after = await waitForIsmsDiagnostics();

    const problems = yamlProblems();
    assert.equal(problems.length, 1, problems.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));
    assert.equal(problems[0].range.start.line, owner + 1);
    assert.equal(count('ISMS007', after), missingBefore, 'the audits keep their links to the register’s actions');
    const status = await api.server.request('isms/status');
    assert.equal(status.openCorrectiveActions, statusBefore.openCorrectiveActions);
    assert.deepEqual(status.staleFiles, [REGISTER]);

    await vscode.commands.executeCommand('undo');
    await waitFor('the problem to go away after undo', () => yamlProblems().length === 0, 15_000);
    await waitFor('the register to be read afresh', async () => (await api.server.request('isms/status')).staleFiles.length === 0, 15_000);
  });
});
