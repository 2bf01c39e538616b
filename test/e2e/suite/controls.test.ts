/**
 * The Controls view in the real VS Code (issue 18.4), on the sample at 2026-11-25: grouped by Annex A
 * theme, A.8.13 failing on the overdue restore test, A.5.15 operating on the access review, and a click on
 * an evidence item opens the evidence file of the repository.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ControlsNode } from '../../../src/extension/controlsTree';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { activateExtension, screenshot, waitFor, waitForIsmsDiagnostics } from './helpers';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('Controls view', () => {
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const children = (node?: ControlsNode) => api.controlsProvider.getChildren(node);
  const item = (node: ControlsNode) => api.controlsProvider.getTreeItem(node);

  /** The control `id` under the standard's theme `theme`. */
  async function control(standards: ControlsNode[], theme: string, id: string): Promise<ControlsNode> {
    const iso = standards.find((n) => label(item(n)) === 'ISO/IEC 27001:2022');
    assert.ok(iso, `ISO/IEC 27001 listed: ${standards.map((n) => label(item(n))).join(', ')}`);
    const group = (await children(iso)).find((n) => label(item(n)) === theme);
    assert.ok(group, `theme ${theme}`);
    const found = (await children(group)).find((n) => label(item(n)) === id);
    assert.ok(found, `${id} under ${theme}`);
    return found;
  }

  it('shows each applicable control by standard and theme, with its state and why', async () => {
    await vscode.commands.executeCommand('isms.controls.focus');
    const standards = await waitFor('the Controls view to load', async () => {
      api.controlsProvider.refresh();
      const nodes = await children();
      return nodes.some((n) => n.type === 'controlsStandard') ? nodes : undefined;
    });
    assert.deepStrictEqual(
      standards.map((n) => label(item(n))),
      ['ISO/IEC 27001:2022', 'ISO/IEC 27701:2019'],
    );
    const iso = standards[0];
    assert.deepStrictEqual(
      (await children(iso)).map((n) => label(item(n))),
      ['5 Organizational controls', '6 People controls', '7 Physical controls', '8 Technological controls'],
    );

    const backup = item(await control(standards, '8 Technological controls', 'A.8.13'));
    assert.match(String(backup.description), /^failing · Information backup$/);
    assert.strictEqual((backup.iconPath as vscode.ThemeIcon).id, 'error');
    // the tooltip's Markdown escapes workspace text; read it as text
    const tip = (backup.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.match(tip, /activity ACT-RESTORE-TEST overdue: the occurrence due 2026-10-31 is not proven/);
    const backupChildren = (await children(await control(standards, '8 Technological controls', 'A.8.13'))).map(item);
    assert.ok(
      backupChildren.some(
        (c) => label(c) === 'ACT-RESTORE-TEST' && /^overdue since 2026-10-31 · next due 2026-11-30/.test(String(c.description)),
      ),
      backupChildren.map((c) => `${label(c)} ${String(c.description)}`).join('; '),
    );

    const access = item(await control(standards, '5 Organizational controls', 'A.5.15'));
    assert.match(String(access.description), /^operating · Access control$/);
    assert.strictEqual((access.iconPath as vscode.ThemeIcon).id, 'pass');
    await screenshot('controls-view.png');
  });

  it('opens the evidence file of the repository on a click', async () => {
    const standards = await children();
    const evidence = (await children(await control(standards, '5 Organizational controls', 'A.5.15'))).find(
      (n) => label(item(n)) === 'EV-2026-024',
    );
    assert.ok(evidence, 'the current access review is listed under A.5.15');
    const command = item(evidence).command;
    assert.ok(command, 'the evidence item has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const opened = await waitFor('the evidence file to open', () => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      return uri && uri.path.endsWith('/evidence/2026/access-review.md') ? uri : undefined;
    });
    assert.strictEqual(opened.scheme, 'file');
  });
});
