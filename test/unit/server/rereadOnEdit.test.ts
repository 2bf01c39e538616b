/**
 * Issue 20.4: the language server's workspaces keep a hash, not the text, of files that are not open in
 * the editor, and read such a file again when an edit is computed for it. In process: the server's
 * WorkspaceManager over a real folder, and isms/computeEdit with the server's readText.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textBasis } from '../../../src/common/textBasis';
import { applyTextEdits } from '../../../src/core/edit';
import { computeEdit, type EditContext } from '../../../src/server/requests/edit';
import { WorkspaceManager } from '../../../src/server/workspaceManager';

const REGISTER = `isms: corrective-actions
records:
  - id: CA-1
    title: Remove leaver accounts
    status: open
  - id: CA-2
    title: Record access reviews
    status: open
`;

describe('language server: files not open are read again for an edit (issue 20.4)', () => {
  let dir: string;
  let open: Map<string, string>;
  let manager: WorkspaceManager;
  const file = (): string => join(dir, 'registers', 'corrective-actions.yaml');
  const ctx = (): EditContext => ({
    workspaces: manager,
    versionOf: () => undefined,
    folders: { names: () => [], resolvesInside: () => true },
    readText: (f) => manager.readText(f),
  });
  const closeStatus = (id: string) => computeEdit({ op: 'setField', id, path: ['status'], value: 'closed' }, ctx());

  beforeEach(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-reread-')));
    mkdirSync(join(dir, 'registers'));
    writeFileSync(join(dir, 'isms.yaml'), 'isms: config\norganisation: Reread Ltd\n');
    writeFileSync(file(), REGISTER);
    open = new Map();
    manager = new WorkspaceManager({ changed: () => undefined, forgotten: () => undefined, log: () => undefined }, (f) => open.get(f));
    manager.addFolders([dir]);
    await manager.settled();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a hash of a closed register, not its text, and computes an edit against the text on disk', async () => {
    const ws = manager.workspaceOf(file())!;
    assert.equal(ws.textOf(file()), undefined);
    assert.ok(ws.isTextOf(file(), REGISTER));
    const result = await closeStatus('CA-2');
    assert.equal(result.error, undefined);
    assert.equal(result.basis, textBasis(REGISTER));
    assert.equal(applyTextEdits(REGISTER, result.edits!), REGISTER.replace(/status: open\n$/, 'status: closed\n'));
  });

  it('reads the current text of a closed file edited on disk (no event yet), and the index follows it', async () => {
    // two lines added above the entries: every range of the index as last read is off by two lines
    const edited = REGISTER.replace('records:\n', '# kept by the ISMS manager\n# reviewed monthly\nrecords:\n');
    writeFileSync(file(), edited);
    const result = await closeStatus('CA-1');
    assert.equal(result.error, undefined);
    assert.equal(result.basis, textBasis(edited));
    assert.equal(applyTextEdits(edited, result.edits!), edited.replace('status: open', 'status: closed'));
    assert.equal(manager.workspaceOf(file())!.recordsById('CA-1')[0].range.start.line, 4);
  });

  it('gives an edit whose basis a later change on disk no longer matches: the client refuses it', async () => {
    const result = await closeStatus('CA-1');
    const later = REGISTER.replace('Remove leaver', 'Disable leaver');
    writeFileSync(file(), later);
    // the client compares the basis with the file's text now (src/extension/workspaceEdits.ts assertCurrent)
    assert.notEqual(textBasis(later), result.basis);
    assert.equal(result.basis, textBasis(REGISTER));
  });

  it('holds an open file’s text (unsaved edits win over the disk) and drops it again when it is closed', async () => {
    const unsaved = REGISTER.replace('Record access', 'Record quarterly access');
    open.set(file(), unsaved);
    manager.setBuffer(file(), unsaved);
    await manager.settled();
    const ws = manager.workspaceOf(file())!;
    assert.equal(ws.textOf(file()), unsaved);
    const result = await closeStatus('CA-2');
    assert.equal(result.basis, textBasis(unsaved));
    open.delete(file());
    manager.closeBuffer(file());
    await manager.settled();
    assert.equal(ws.textOf(file()), undefined);
    assert.ok(ws.isTextOf(file(), REGISTER));
  });
});
