/**
 * Restricted Mode offers nothing that writes (issue 15.9): the manifest hides every writing command from
 * the palette and the menus of an untrusted workspace, and the language client's filter drops the quick
 * fixes that would edit or run one of them.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isWritingAction, writingCommands } from '../../../src/extension/writingActions';

interface MenuItem {
  command: string;
  when?: string;
}
interface Manifest {
  contributes: { commands: { command: string; enablement?: string }[]; menus: Record<string, MenuItem[]> };
  capabilities: { untrustedWorkspaces: { supported: string | boolean; description?: string } };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as Manifest;
const writing = writingCommands(manifest);

describe('Restricted Mode in the manifest (issue 15.9)', () => {
  it('knows the commands that write, and not the ones that only read', () => {
    for (const id of [
      'isms.logCorrectiveAction',
      'isms.followUpCorrectiveAction',
      'isms.closeCorrectiveAction',
      'isms.setCorrectiveActionField',
      'isms.planInternalAudit',
      'isms.newManagementReview',
      'isms.markDocumentReviewed',
      'isms.newDocument',
      'isms.initWorkspace',
    ])
      assert.ok(writing.has(id), `${id} writes`);
    for (const id of ['isms.showCalendar', 'isms.refresh', 'isms.openRuleDocumentation']) assert.ok(!writing.has(id), `${id} only reads`);
  });

  it('shows a writing command in a menu or the palette only in a trusted workspace', () => {
    const offered: string[] = [];
    for (const [menu, items] of Object.entries(manifest.contributes.menus))
      for (const item of items)
        if (writing.has(item.command) && item.when !== 'false' && !/(^|&&)\s*isWorkspaceTrusted\s*($|&&)/.test(item.when ?? ''))
          offered.push(`${menu}: ${item.command} when ${item.when ?? '(always)'}`);
    assert.deepEqual(offered, []);
  });

  it('lists every writing command in the palette menu, so that its `when` applies there too', () => {
    const inPalette = new Set(manifest.contributes.menus.commandPalette.map((i) => i.command));
    assert.deepEqual(
      [...writing].filter((id) => !inPalette.has(id)),
      [],
    );
  });

  it('says in its Restricted Mode description that quick fixes and calendar moves are not offered', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description ?? '', /quick fix/);
    assert.match(trust.description ?? '', /calendar/);
  });
});

describe('the language client’s filter of quick fixes in Restricted Mode (issue 15.9)', () => {
  it('drops an action that edits or runs a writing command, keeps one that reads', () => {
    assert.equal(isWritingAction({ edit: {} }, writing), true);
    assert.equal(isWritingAction({ command: { command: 'isms.planInternalAudit' } }, writing), true);
    assert.equal(isWritingAction({ command: 'isms.followUpCorrectiveAction' }, writing), true);
    assert.equal(isWritingAction({ command: 'isms.openRuleDocumentation' }, writing), false);
    assert.equal(isWritingAction({ command: { command: 'isms.showCalendar' } }, writing), false);
    assert.equal(isWritingAction({}, writing), false);
  });
});
