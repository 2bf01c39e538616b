/**
 * "A target file that changed on disk since it was read is not clobbered": a closed file's edits are
 * computed from the text the server read; if the file changed on disk before they are applied, the
 * client refuses them (applyResults compares the server's basis with the text VS Code loads now).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ComputeEditResult } from '../../../src/common/protocol';
import { textBasis } from '../../../src/common/textBasis';
import { applyResults } from '../../../src/extension/workspaceEdits';
import { activateExtension, readDisk, revertAll, workspaceRoot } from './helpers';

const READ = '# read by the server\nnotes:\n  - one\n';
const CHANGED = '# changed on disk by a pull\n# two lines longer\nnotes:\n  - one\n  - zero\n';
/** "append `  - two` after line 2", computed against READ */
const appendTwo = (basis: string, uri: vscode.Uri): ComputeEditResult => ({
  uri: uri.toString(),
  edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  - two\n' }],
  basis,
});

describe('Edits of a file changed on disk since it was read', () => {
  let file: vscode.Uri;
  before(async () => {
    await activateExtension();
    file = vscode.Uri.joinPath(workspaceRoot(), 'stale-edit-e2e.yaml');
  });
  after(async () => {
    await revertAll();
    fs.rmSync(file.fsPath, { force: true });
  });

  it('are refused, and the file keeps what is on disk', async () => {
    fs.writeFileSync(file.fsPath, READ);
    const computed = appendTwo(textBasis(READ), file);
    fs.writeFileSync(file.fsPath, CHANGED);
    assert.strictEqual(await applyResults([computed], 'append a note'), false);
    assert.strictEqual(await readDisk(file), CHANGED);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    assert.ok(!doc?.isDirty, 'no buffer was changed either');
  });

  it('apply when the file is as it was read', async () => {
    fs.writeFileSync(file.fsPath, READ);
    // let VS Code see the rewrite if it holds the document from the previous test
    for (let i = 0; i < 50 && vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString())?.getText() === CHANGED; i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.strictEqual(await applyResults([appendTwo(textBasis(READ), file)], 'append a note'), true);
    const doc = await vscode.workspace.openTextDocument(file);
    assert.strictEqual(doc.getText(), `${READ}  - two\n`);
  });
});
