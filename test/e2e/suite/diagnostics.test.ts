import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, ismsDiagnostics, revertAll, screenshot, waitFor, waitForIsmsDiagnostics } from './helpers';

describe('Diagnostics in the Problems panel', () => {
  before(activateExtension);
  after(revertAll);

  it('reports the sample ISMS with rule codes that link to the rule documentation', async () => {
    const all = await waitForIsmsDiagnostics();
    const codes = new Set(all.flatMap(([, ds]) => ds.map(codeOf)));
    // the sample holds deliberate problems of several families: audits, reviews, corrective actions
    const families = new Set([...codes].map((c) => c.slice(0, 5)));
    assert.ok(families.size >= 3, `problems from several rule families, got ${[...codes].join(', ')}`);
    const linked = all.flatMap(([, ds]) => ds).find((d) => typeof d.code === 'object' && d.code.target);
    assert.ok(linked, 'a diagnostic code links to its documentation');
    const target = (linked.code as { target: vscode.Uri }).target.toString();
    assert.match(target, /^isms-rule:\/ISMS\d{3}\.md$/);
    assert.ok(
      all.flatMap(([, ds]) => ds).every((d) => d.source),
      'every diagnostic names its source',
    );

    const [uri] = all.find(([u]) => u.path.endsWith('.md')) ?? all[0];
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems.png');
  });

  it('updates while a file is edited, before it is saved', async () => {
    const files = await vscode.workspace.findFiles('**/audits/**/*.md');
    let target: { doc: vscode.TextDocument; line: number; date: string } | undefined;
    for (const f of files) {
      const doc = await vscode.workspace.openTextDocument(f);
      const m = /^planned: (\d{4}-\d{2}-\d{2})/m.exec(doc.getText());
      if (m) {
        target = { doc, line: doc.positionAt(m.index).line, date: m[1] };
        break;
      }
    }
    assert.ok(target, 'an audit file with a planned date');
    const { doc, line, date } = target;
    await vscode.window.showTextDocument(doc);
    const onLine = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.range.start.line === line && codeOf(d) === 'ISMS002');
    assert.strictEqual(onLine().length, 0, 'no invalid-date problem before the edit');

    const start = new vscode.Position(line, 'planned: '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(start, start.translate(0, date.length)), `${date.slice(0, 5)}02-30`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty, 'the edit is not saved');

    const [problem] = await waitFor('ISMS002 on the edited line', () => (onLine().length ? onLine() : undefined), 15_000);
    assert.match(problem.message, /02-30/);

    await vscode.commands.executeCommand('undo');
    await waitFor('the problem to go away after undo', () => onLine().length === 0, 15_000);
    assert.ok(ismsDiagnostics().length > 0, 'the other problems stay');
  });
});
