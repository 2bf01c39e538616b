/**
 * The other writing commands, driven by their automation arguments: each writes what it should,
 * through the server's edits, and never overwrites without consent. Runs last in the trusted suite (it saves files).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ruleByCode } from '../../../src/core/rules';
import { coveredInputs, REVIEW_INPUTS } from '../../../src/core/model/reviewInputs';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { activateExtension, codeOf, ismsDiagnostics, readDisk, revertAll, waitFor, waitForIsmsDiagnostics, workspaceRoot } from './helpers';

describe('Other ISMS commands', () => {
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });
  afterEach(revertAll);

  async function openCa(): Promise<string> {
    const cas = await api.server.request('isms/records', { kind: 'corrective-action' });
    const open = cas.find((r) => r.status !== 'closed');
    assert.ok(open, 'an open corrective action');
    return open.id;
  }

  function registerEntry(doc: vscode.TextDocument, id: string): string {
    const text = doc.getText();
    const at = text.indexOf(`- id: ${id}`);
    assert.ok(at >= 0, `${id} is in ${doc.uri.path}`);
    const next = text.indexOf('\n  - id:', at + 1);
    return text.slice(at, next < 0 ? undefined : next);
  }

  it('follows up a corrective action: updated is set to today', async () => {
    const id = await openCa();
    assert.strictEqual(await vscode.commands.executeCommand('isms.followUpCorrectiveAction', { caId: id }), true);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc?.isDirty);
    assert.match(registerEntry(doc, id), /\n\s+updated: 2026-11-25\b/);
  });

  it('closes a corrective action with its effectiveness review, in one undoable edit', async () => {
    const id = await openCa();
    assert.strictEqual(
      await vscode.commands.executeCommand('isms.closeCorrectiveAction', {
        caId: id,
        effectiveness: 'Two months of leaver reports show every account removed in time',
      }),
      true,
    );
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc);
    const entry = registerEntry(doc, id);
    assert.match(entry, /\n\s+status: closed\b/);
    assert.match(entry, /\n\s+closed: 2026-11-25\b/);
    assert.match(entry, /\n\s+effectiveness: Two months of leaver reports/);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to reopen it', () => !/status: closed/.test(registerEntry(doc, id)), 5_000);
    assert.ok(!/closed: 2026-11-25/.test(registerEntry(doc, id)));
  });

  it('plans an internal audit in a new file, in the folder of that year', async () => {
    const id = await vscode.commands.executeCommand<string>('isms.planInternalAudit', {
      month: '2027-03',
      planned: '2027-03-16',
      title: 'Cryptography follow-up',
      auditor: 'Ravi Patel',
    });
    assert.match(id, /^IA-2027-03/);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'the new audit is open');
    assert.match(doc.uri.path, /\/audits\/2027\/[^/]+\.md$/);
    const text = doc.getText();
    for (const line of ['isms: internal-audit', `id: ${id}`, 'planned: 2027-03-16', 'status: planned', 'auditor: Ravi Patel'])
      assert.ok(text.includes(line), `${line} in\n${text}`);
    assert.strictEqual(await readDisk(doc.uri), text, 'the file exists on disk');
    await waitFor(
      'the server to see the new audit',
      async () => (await api.server.request('isms/records', { kind: 'internal-audit' })).some((r) => r.id === id),
      15_000,
    );
  });

  it("creates a management review with every ISO 27001 9.3.2 input as a section and the ISMS's standards in `standards:`", async () => {
    const id = await vscode.commands.executeCommand<string>('isms.newManagementReview', { date: '2026-12-10' });
    assert.match(id, /^MR-2026-\d\d$/);
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc);
    // the sample lists three standards: the review says it covers them all (none adds inputs to 27001's)
    assert.ok(doc.getText().includes('\nstandards:\n  - iso27001:2022\n  - iso27701:2019\n  - gdpr\n'), doc.getText());
    // a new review is planned and claims no attendees (issue 15.1)
    assert.ok(doc.getText().includes('\nstatus: planned\n') && !/^attendees:/m.test(doc.getText()), doc.getText());
    const headings = doc
      .getText()
      .split('\n')
      .filter((l) => l.startsWith('## '));
    assert.ok(headings.length >= 10, headings.join('\n'));
    // the rule that checks the inputs finds none missing in the template
    await waitFor(
      'the review to be checked',
      async () => (await api.server.request('isms/records', { kind: 'management-review' })).some((r) => r.id === id),
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const covered = coveredInputs(
      undefined,
      headings.map((h) => h.slice(3).toLowerCase()),
    );
    assert.deepStrictEqual(
      REVIEW_INPUTS.filter((i) => !covered.has(i.key)).map((i) => i.clause),
      [],
      'every 9.3.2 input has a section',
    );
    const inputsRule = ruleByCode('management-review-inputs');
    assert.ok(inputsRule);
    const missing = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === inputsRule.code || codeOf(d) === 'ISMS006');
    assert.deepStrictEqual(
      missing.map((d) => d.message),
      [],
    );
  });

  it('initialises a new ISMS folder, and never overwrites an existing isms.yaml', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'subsidiary');
    const config = await vscode.commands.executeCommand<vscode.Uri>('isms.initWorkspace', {
      folder: folder.toString(),
      organisation: 'Acme Labs',
      certification: '2026-06-01',
      issued: '2026-07-01',
    });
    assert.ok(config, 'isms.yaml was written');
    const text = await readDisk(config);
    for (const line of ['isms: config', 'organisation: Acme Labs', 'issued: 2026-07-01', 'expires: 2029-06-30', 'type: surveillance-1'])
      assert.ok(text.includes(line), `${line} in\n${text}`);
    assert.ok((await readDisk(vscode.Uri.joinPath(folder, 'registers/corrective-actions.yaml'))).includes('isms: corrective-actions'));

    const again = await vscode.commands.executeCommand('isms.initWorkspace', { folder: folder.toString(), organisation: 'Someone else' });
    assert.strictEqual(again, undefined);
    assert.strictEqual(await readDisk(config), text, 'the existing isms.yaml is untouched');
    await waitFor('the tree to show two ISMS roots', async () => (await api.server.request('isms/tree')).roots.length === 2, 45_000);

    // issue 15.10: the folders the walkthrough speaks of, a first audit and review planned ahead, and no error
    for (const sub of ['audits', 'reviews', 'registers', 'policies', 'documents', 'external'])
      assert.strictEqual((await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, sub))).type, vscode.FileType.Directory, sub);
    assert.match(await readDisk(vscode.Uri.joinPath(folder, 'audits/2026/IA-2026-12.md')), /^planned: 2026-12-15\nstatus: planned$/m);
    assert.match(await readDisk(vscode.Uri.joinPath(folder, 'reviews/MR-2027-01.md')), /^date: 2027-01-15\nstatus: planned$/m);
    const inFolder = () => ismsDiagnostics().filter(([u]) => u.toString().startsWith(`${folder.toString()}/`));
    // the months since the certificate without a recorded audit are reported at isms.yaml: wait for them, and
    // for the outer ISMS to let go of the new folder (until the new root is known it reads the nested
    // isms.yaml as an ignored configuration, ISMS005)
    const checkedAsItsOwn = () => {
      const config = inFolder().find(([u]) => u.path.endsWith('/isms.yaml'))?.[1] ?? [];
      return config.length > 0 && !config.some((d) => codeOf(d) === 'ISMS005');
    };
    await waitFor('the new ISMS to be checked as an ISMS of its own', checkedAsItsOwn, 45_000);
    const errors = inFolder().flatMap(([u, ds]) =>
      ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${u.path} ${codeOf(d)} ${d.message}`),
    );
    assert.deepStrictEqual(errors, []);
  });

  /** No editor or document holds the extension's own docs/rules.md as a file (which could be edited). */
  function noRulesFileOpen(): void {
    const files = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && d.uri.path.endsWith('/docs/rules.md'));
    assert.deepStrictEqual(
      files.map((d) => d.uri.toString()),
      [],
      'rules.md is not opened as an editable file',
    );
  }

  it('opens the documentation of a rule read-only, at its section (issue 15.6)', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('isms.openRuleDocumentation', 'ISMS101'), 'ISMS101');
    const doc = await waitFor('the rule document to open', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'isms-rule' && d.uri.path === '/ISMS101.md'),
    );
    // a virtual document (a content provider's): not a file, so not editable, and holds the rule's section
    assert.match(doc.lineAt(0).text, /^#+ ISMS101 internal-audit-overdue/);
    assert.ok(!/^#+ ISMS102/m.test(doc.getText()), 'only the section of ISMS101');
    noRulesFileOpen();
    // the rule list comes from the server (isms/rules): a slug finds the rule too
    assert.strictEqual(await vscode.commands.executeCommand('isms.openRuleDocumentation', 'management-review-overdue'), 'ISMS202');
    noRulesFileOpen();
  });

  it('links the code of a diagnostic to that read-only document, offline (issue 15.6)', async () => {
    const linked = ismsDiagnostics()
      .flatMap(([, ds]) => ds)
      .find((d) => typeof d.code === 'object' && d.code.target);
    assert.ok(linked, 'a diagnostic code has a link');
    const target = (linked.code as { value: string; target: vscode.Uri }).target;
    assert.ok(!/^https?$/.test(target.scheme), `not a web link: ${target.toString()}`);
    assert.strictEqual(target.scheme, 'isms-rule');
    // what a click on the code does: open the target
    await vscode.commands.executeCommand('vscode.open', target);
    const editor = await waitFor('the linked document in an editor', () =>
      vscode.window.activeTextEditor?.document.uri.scheme === 'isms-rule' ? vscode.window.activeTextEditor : undefined,
    );
    assert.match(editor.document.lineAt(0).text, new RegExp(`^#+ ${codeOf(linked)} `));
    noRulesFileOpen();
  });

  /** The sample's root (the init test above adds a second ISMS, so the commands would ask which). */
  async function acmeRoot(): Promise<string> {
    const root = (await api.server.request('isms/tree')).roots.find((r) => r.name === 'Acme Cloud Ltd');
    assert.ok(root, 'the sample ISMS is in the tree');
    return root.rootUri;
  }

  it('exports the audit plan as a new .ics file, and never over an existing file', async () => {
    const rootUri = await acmeRoot();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'plan.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('isms.exportIcs', { rootUri, target: target.toString() });
    assert.strictEqual(written?.toString(), target.toString());
    const ics = await readDisk(target);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /SUMMARY:[^\r]*IA-2026-10/, 'the overdue internal audit is an event');
    assert.match(ics, /DTSTART;VALUE=DATE:20270208/, 'surveillance audit 2 is an event');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('mine'));
    assert.strictEqual(await vscode.commands.executeCommand('isms.exportIcs', { rootUri, target: target.toString() }), undefined);
    assert.strictEqual(await readDisk(target), 'mine', 'an existing file is not overwritten without consent');
    // issue 15.10: consent given (the save dialog's "replace?", or overwrite: true) writes, not "already exists"
    const again = await vscode.commands.executeCommand<vscode.Uri>('isms.exportIcs', {
      rootUri,
      target: target.toString(),
      overwrite: true,
    });
    assert.strictEqual(again?.toString(), target.toString());
    assert.match(await readDisk(target), /^BEGIN:VCALENDAR\r\n/);
  });

  it('exports the management review pack as Markdown and as HTML', async () => {
    const rootUri = await acmeRoot();
    const md = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'pack.md');
    assert.ok(await vscode.commands.executeCommand('isms.exportReviewPack', { rootUri, target: md.toString() }));
    const markdown = await readDisk(md);
    assert.match(markdown, /9\.3\.2/);
    assert.match(markdown, /CA-2026-004/, 'open corrective actions are in the pack');
    const html = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'pack.html');
    assert.ok(await vscode.commands.executeCommand('isms.exportReviewPack', { rootUri, target: html.toString() }));
    assert.match(await readDisk(html), /^<!DOCTYPE html>/i);
  });
});
