import * as assert from 'assert';
import { createRequire } from 'module';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

describe('Activation', () => {
  it('activates on the ISMS workspace and registers every command', async () => {
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(api.treeProvider, 'the API exposes the tree provider');
    // activate() only registers things; the language client is a second bundle loaded after it returns
    assert.ok(api.activateMs >= 0 && api.activateMs < 1000, `activate() took ${api.activateMs} ms`);
    console.log(`      activate() took ${api.activateMs} ms in this VS Code (the bundle's loading is not included)`);
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'isms.logCorrectiveAction',
      'isms.followUpCorrectiveAction',
      'isms.closeCorrectiveAction',
      'isms.planInternalAudit',
      'isms.newManagementReview',
      'isms.markDocumentReviewed',
      'isms.newDocument',
      'isms.initWorkspace',
      'isms.showCalendar',
      'isms.openRuleDocumentation',
      'isms.refresh',
    ]) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it("loads the activation bundle in a fraction of the language client bundle's time (the client is loaded after activation)", () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    /** evaluates a bundle afresh in this extension host (its top level has no side effects): ms */
    const loadMs = (bundle: string): number => {
      const file = path.join(ext.extensionPath, 'dist', bundle);
      const load = createRequire(file);
      delete load.cache[file];
      const t = performance.now();
      load(file);
      return performance.now() - t;
    };
    // interleaved, so that a busy machine slows both alike; medians of 7
    const times: { activation: number[]; languageClient: number[] } = { activation: [], languageClient: [] };
    for (let i = 0; i < 7; i++) {
      times.activation.push(loadMs('extension.js'));
      times.languageClient.push(loadMs('languageClient.js'));
    }
    const median = (v: number[]): number => Math.round(v.sort((a, b) => a - b)[3] * 10) / 10;
    const activation = median(times.activation);
    const languageClient = median(times.languageClient);
    console.log(
      `      module load in this extension host: dist/extension.js ${activation} ms, dist/languageClient.js ${languageClient} ms`,
    );
    assert.ok(activation < languageClient, `extension.js ${activation} ms, languageClient.js ${languageClient} ms`);
  });

  it('opens the audit calendar as a webview panel (its content is checked by test/e2e/calendar.mjs)', async () => {
    await vscode.commands.executeCommand('isms.showCalendar');
    const isCalendar = (t: vscode.Tab): boolean => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('isms.calendar');
    for (let i = 0; i < 50 && !vscode.window.tabGroups.all.some((g) => g.tabs.some(isCalendar)); i++)
      await new Promise((r) => setTimeout(r, 100));
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isCalendar);
    assert.ok(tab, 'a calendar tab is open');
    assert.match(tab.label, /Audit calendar/);
    await vscode.window.tabGroups.close(tab);
  });
});
