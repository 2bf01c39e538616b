import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, revertAll, waitFor, waitForIsmsDiagnostics, quickFixesAt } from './helpers';

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
    const actions = await quickFixesAt(uri, d.range, 10);
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
    const actions = await quickFixesAt(uri, range);
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

describe('Planning quick fixes look forward (issue 15.2)', () => {
  let created: vscode.Uri | undefined;
  before(() => waitForIsmsDiagnostics());
  after(async () => {
    await revertAll();
    if (created) await vscode.workspace.fs.delete(created, { useTrash: false });
  });

  it('"Plan a catch-up audit in <this month> for <past month>" writes an audit that is not overdue, and the gap goes away', async () => {
    const api = await activateExtension();
    const [config] = await vscode.workspace.findFiles('isms.yaml');
    assert.ok(config, 'the sample has an isms.yaml');
    await vscode.window.showTextDocument(config);
    const gapOf = () =>
      vscode.languages.getDiagnostics(config).find((d) => codeOf(d) === 'ISMS103' && /no audit in 2026-08\b/.test(d.message));
    const gap = await waitFor('the gap of 2026-08 (ISMS103)', gapOf, 15_000);
    const actions = await quickFixesAt(config, gap.range);
    const fix = actions.find((a) => a.title.startsWith('Plan a catch-up audit in 2026-11 for 2026-08'));
    assert.ok(fix?.command, `a catch-up this month; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(
      actions.some((a) => a.title.startsWith('Plan a catch-up audit in 2026-12 for 2026-08')),
      'and one next month',
    );
    assert.ok(!actions.some((a) => /for 2026-08$|2026-08-15/.test(a.title)), 'nothing dated in the past month');

    const running = vscode.commands.executeCommand<string | undefined>(fix.command.command, ...(fix.command.arguments ?? []));
    /** answers a wizard step as a user would (type, Enter); returns what the step proposed and how many steps there are */
    const answer = async (step: number, value?: string): Promise<{ proposed: string; totalSteps: number }> => {
      const input = await waitFor(`wizard step ${step}`, () => (api.currentInput()?.step === step ? api.currentInput() : undefined));
      const seen = { proposed: input.widget.value, totalSteps: input.totalSteps };
      if (value !== undefined) input.widget.value = value;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return seen;
    };
    const date = await answer(1);
    assert.ok(date.proposed >= '2026-11-26' && date.proposed.startsWith('2026-11'), `proposed ${date.proposed}`);
    assert.equal(date.totalSteps, 4, 'date, title, scope, auditor');
    await answer(2, 'Catch-up: physical security');
    await answer(3, 'A.7.1, A.7.2');
    await answer(4, 'Mei Chen');
    const id = await running;
    assert.match(id ?? '', /^IA-2026-11/);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'the new audit is open');
    created = doc.uri;
    const text = doc.getText();
    for (const line of ['status: planned', 'catch-up-for: 2026-08', 'auditor: Mei Chen', '  - A.7.1'])
      assert.ok(text.includes(line), `${line} in\n${text}`);
    const planned = /^planned: (\S+)$/m.exec(text)?.[1] ?? '';
    assert.ok(planned >= '2026-11-25', `planned ${planned} is not overdue`);
    assert.ok(!/^performed:/m.test(text), 'no performed date');
    await waitFor('the gap of 2026-08 to go away', () => !gapOf(), 20_000);
    assert.deepEqual(
      vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'ISMS101'),
      [],
      'the catch-up audit is not overdue',
    );
  });
});
