/**
 * The Documents branch and "ISMS: Mark document as reviewed" in a real VS Code (issue 17.7), on the
 * sample: POL-002 (the acceptable use policy) was approved on 2025-06-02 and not reviewed since, so
 * ISMS901 reports it on 2026-11-25. Marking it reviewed clears the diagnostic; one Undo restores both.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AuditCycleNode } from '../../../src/extension/auditCycleTree';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { activateExtension, codeOf, readDisk, revertAll, screenshot, waitFor, waitForIsmsDiagnostics, quickFixesAt } from './helpers';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('Documents', () => {
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });
  after(revertAll);

  /** The sample's Documents branch; under its root when an earlier test initialised a second ISMS. */
  async function documentsNode(): Promise<AuditCycleNode> {
    return waitFor('the Documents branch', async () => {
      api.treeProvider.refresh();
      const top = await api.treeProvider.getChildren();
      const sample = top.find((n) => n.type === 'root' && n.root.documents.all.length > 0);
      const nodes = sample ? await api.treeProvider.getChildren(sample) : top;
      return nodes.find((n) => n.type === 'documents');
    });
  }

  it('shows the Documents branch: due for review with dates, every document, inline actions', async () => {
    const branch = await documentsNode();
    const branchItem = api.treeProvider.getTreeItem(branch);
    assert.strictEqual(label(branchItem), 'Documents');
    assert.match(String(branchItem.description), /^\d+ documents · 1 overdue/);
    const groups = await api.treeProvider.getChildren(branch);
    const groupLabels = groups.map((g) => label(api.treeProvider.getTreeItem(g)));
    assert.strictEqual(groupLabels[0], 'Due for review', groupLabels.join(', '));
    assert.strictEqual(groupLabels[groupLabels.length - 1], 'All documents');
    // the editor reads no git history: no group claims that nothing changed since approval
    assert.ok(!groupLabels.includes('Changed since approval'), groupLabels.join(', '));

    const [due] = (await api.treeProvider.getChildren(groups[0])).map((n) => api.treeProvider.getTreeItem(n));
    assert.strictEqual(label(due), 'POL-002');
    assert.strictEqual(String(due.description), 'Acceptable Use Policy · review overdue since 2026-06-02 (176 days ago)');
    assert.strictEqual(due.contextValue, 'document.overdue', '"Mark as reviewed" is offered inline');
    assert.strictEqual(due.command?.command, 'vscode.open', 'clicking opens the document');

    const all = (await api.treeProvider.getChildren(groups[groups.length - 1])).map((n) => api.treeProvider.getTreeItem(n));
    const ids = all.map(label);
    for (const id of ['POL-001', 'POL-002', 'STD-001']) assert.ok(ids.includes(id), ids.join(', '));
    assert.match(
      String(all.find((i) => label(i) === 'POL-001')?.description),
      /^Information Security Policy · v3\.1 · approved · next review \d{4}-\d{2}-\d{2}/,
    );
  });

  it('offers "Mark document as reviewed" as the quick fix of ISMS901', async () => {
    const [uri] = await vscode.workspace.findFiles('policies/acceptable-use-policy.md');
    await vscode.window.showTextDocument(uri);
    const d = await waitFor('ISMS901 on POL-002', () => vscode.languages.getDiagnostics(uri).find((x) => codeOf(x) === 'ISMS901'), 15_000);
    const actions = await quickFixesAt(uri, d.range);
    const fix = actions.find((a) => a.command?.command === 'isms.markDocumentReviewed');
    assert.ok(fix?.command, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(fix.command.arguments, [{ documentId: 'POL-002' }]);
  });

  it('"Mark document as reviewed" on the active editor clears ISMS901, and one Undo restores it', async () => {
    const [uri] = await vscode.workspace.findFiles('policies/acceptable-use-policy.md');
    const before = await readDisk(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor('ISMS901 on POL-002', () => vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'ISMS901'), 15_000);

    // no document id: the one in the active editor; `raise: 'none'` answers the version question
    assert.strictEqual(await vscode.commands.executeCommand('isms.markDocumentReviewed', { raise: 'none' }), true);
    const doc = editor.document;
    assert.match(doc.getText(), /^reviewed: 2026-11-25$/m);
    assert.strictEqual(doc.getText().replace(/^reviewed: 2026-11-25\n/m, ''), before, 'only reviewed: was added');
    await waitFor('ISMS901 to clear', () => !vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'ISMS901'), 15_000);

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'one Undo restores the text');
    await waitFor('ISMS901 to return', () => vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'ISMS901'), 15_000);
  });

  it('raising the version sends the approved document back to review, claiming no approval', async () => {
    const [uri] = await vscode.workspace.findFiles('policies/acceptable-use-policy.md');
    assert.strictEqual(await vscode.commands.executeCommand('isms.markDocumentReviewed', { documentId: 'POL-002', raise: 'minor' }), true);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    assert.match(text, /^version: "2\.1"$/m);
    assert.match(text, /^status: in-review$/m);
    assert.match(text, /^approved: 2025-06-02$/m, 'the previous approval date stays until the new version is approved');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), await readDisk(uri));
  });

  it('"New document" creates a draft with front matter and headings, never over a file', async () => {
    const id = await vscode.commands.executeCommand<string>('isms.newDocument', {
      type: 'procedure',
      title: 'Access Request Procedure',
      id: 'PRO-010',
      owner: 'Sam Smith',
      folder: 'procedures',
    });
    assert.strictEqual(id, 'PRO-010');
    const created = await waitFor(
      'the new file',
      async () => (await vscode.workspace.findFiles('procedures/access-request-procedure.md'))[0],
    );
    const doc = await vscode.workspace.openTextDocument(created);
    assert.match(
      doc.getText(),
      /^---\nisms: document\nid: PRO-010\ntitle: Access Request Procedure\ntype: procedure\nowner: Sam Smith\nversion: "0\.1"\nstatus: draft\n/,
    );
    assert.doesNotMatch(doc.getText(), /approved|approver/);
    assert.match(doc.getText(), /^## Steps$/m);
    await revertAll();
    await vscode.workspace.fs.delete(created);
    // an id the sample already uses (the risk management procedure) is refused: nothing is written
    const taken = await vscode.commands.executeCommand<string>('isms.newDocument', {
      type: 'procedure',
      title: 'Another Procedure',
      id: 'PRO-001',
      folder: 'procedures',
    });
    assert.strictEqual(taken, undefined);
    assert.deepStrictEqual(await vscode.workspace.findFiles('procedures/another-procedure.md'), []);
  });

  it('pictures the Documents branch (README)', async () => {
    await revertAll();
    const [uri] = await vscode.workspace.findFiles('policies/acceptable-use-policy.md');
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('isms.auditCycle.focus');
    await vscode.commands.executeCommand('workbench.actions.treeView.isms.auditCycle.collapseAll');
    const branch = await documentsNode();
    await api.treeView.reveal(branch, { expand: 2, select: false, focus: false });
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await screenshot('documents.png', 1500);
  });
});
