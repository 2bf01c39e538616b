/**
 * The language server over a real folder (dist/server.js over stdio): the ignore rules (.gitignore and
 * `exclude:`, issue 13.4) as the CLI has them, documents of other types never indexed and closed ones
 * forgotten (14.27), folder links out of the ISMS not followed (14.6), and new record files not written
 * through a folder link out of the ISMS (14.19).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver/node';
import { startServer, stopServer, type Client } from '../support/lspClient';

const SETTINGS = { today: '2026-06-01', diagnostics: { debounceMs: 20 } };
/** planned before today and not performed: ISMS101 wherever it is read */
const audit = (id: string): string => `---\nisms: internal-audit\nid: ${id}\ntitle: Audit ${id}\nplanned: 2026-05-04\n---\n`;

async function settled(client: Client): Promise<void> {
  for (let i = 0; !(await client.request('isms/status')).ready; i++) {
    assert.ok(i < 300, 'the server never became ready');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('language server: which files are read', function () {
  this.timeout(60_000);
  let dir: string;
  let outside: string;
  let client: Client | undefined;
  const uri = (rel: string): string => pathToFileURL(join(dir, rel)).href;
  const write = (rel: string, text: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  const changed = async (c: Client, rels: [string, FileChangeType][]): Promise<void> => {
    const changes = rels.map(([rel, type]) => ({ uri: uri(rel), type }));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    await settled(c);
  };

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-server-files-')));
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'isms-server-outside-')));
    write('isms.yaml', 'isms: config\norganisation: Files Ltd\nexclude:\n  - archive/\n');
    write('.gitignore', 'drafts/\n');
    write('audits/IA-1.md', audit('IA-1'));
    write('drafts/IA-D.md', audit('IA-D'));
    write('archive/IA-A.md', audit('IA-A'));
    write('theirs/IA-X.md', audit('IA-X'));
  });
  afterEach(async () => {
    await stopServer(client);
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('honours .gitignore and exclude:, on start and as they change', async () => {
    ({ client } = await startServer(dir, SETTINGS));
    const c = client;
    await settled(c);
    await c.until('IA-1 checked', () => c.codes(uri('audits/IA-1.md')).includes('ISMS101'));
    assert.deepEqual(c.codes(uri('drafts/IA-D.md')), [], 'a .gitignored file is not read');
    assert.deepEqual(c.codes(uri('archive/IA-A.md')), [], 'an excluded file is not read');

    // a file created in an ignored folder stays out
    write('drafts/IA-D2.md', audit('IA-D2'));
    await changed(c, [['drafts/IA-D2.md', FileChangeType.Created]]);
    assert.deepEqual(c.codes(uri('drafts/IA-D2.md')), []);

    // the .gitignore no longer ignores drafts/: the root is read again with the new rules
    write('.gitignore', '');
    await changed(c, [['.gitignore', FileChangeType.Changed]]);
    await c.until('drafts read', () => c.codes(uri('drafts/IA-D2.md')).includes('ISMS101'));

    // exclude: drops archive/ ... and takes drafts/ out again: what was published for it is cleared
    write('isms.yaml', 'isms: config\norganisation: Files Ltd\nexclude: [drafts/]\n');
    await changed(c, [['isms.yaml', FileChangeType.Changed]]);
    await c.until('archive read', () => c.codes(uri('archive/IA-A.md')).includes('ISMS101'));
    await c.until('drafts forgotten', () => c.codes(uri('drafts/IA-D2.md')).length === 0);
  });

  it('never indexes documents of other types and forgets closed ones (14.27)', async () => {
    ({ client } = await startServer(dir, SETTINGS));
    const c = client;
    await settled(c);
    await c.until('IA-1 checked', () => c.codes(uri('audits/IA-1.md')).includes('ISMS101'));
    // the same id in a .txt and a .mkd the editor opened: no false duplicate (ISMS003) on IA-1
    const register = 'isms: internal-audits\nrecords:\n  - id: IA-1\n    title: Ghost\n    planned: 2026-05-04\n';
    for (const [rel, languageId] of [
      ['notes.txt', 'plaintext'],
      ['audits/copy.mkd', 'markdown'],
    ] as const) {
      const text = rel.endsWith('.txt') ? register : `---\n${audit('IA-1').split('---\n')[1]}---\n`;
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId, version: 1, text } });
    }
    await settled(c);
    assert.ok(!c.codes(uri('audits/IA-1.md')).includes('ISMS003'), JSON.stringify(c.diagnostics.get(uri('audits/IA-1.md'))));
    assert.deepEqual(c.codes(uri('notes.txt')), []);
    // an unsaved new .md (not on disk) is indexed while open and forgotten when closed
    const unsaved = { uri: uri('audits/new.md'), languageId: 'markdown', version: 1, text: audit('IA-1') };
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: unsaved });
    await settled(c);
    await c.until('the open duplicate is seen', () => c.codes(uri('audits/IA-1.md')).includes('ISMS003'));
    for (const rel of ['notes.txt', 'audits/copy.mkd', 'audits/new.md']) {
      await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(rel) } });
    }
    await settled(c);
    await c.until('no ghost after closing', () => !c.codes(uri('audits/IA-1.md')).includes('ISMS003'));
    assert.deepEqual(c.codes(uri('audits/new.md')), []);
  });

  it('does not follow folder links out of the ISMS, at start or when announced (14.6)', async () => {
    mkdirSync(join(outside, 'x'));
    writeFileSync(join(outside, 'x', 'IA-O.md'), audit('IA-O'));
    symlinkSync('/', join(dir, 'slash'));
    symlinkSync(join(outside, 'x'), join(dir, 'linked'));
    ({ client } = await startServer(dir, SETTINGS));
    const c = client;
    await settled(c);
    await c.until('IA-1 checked', () => c.codes(uri('audits/IA-1.md')).includes('ISMS101'));
    assert.deepEqual(c.codes(uri('slash')), ['ISMS009']);
    assert.deepEqual(c.codes(uri('linked')), ['ISMS009']);
    assert.deepEqual(c.codes(uri('linked/IA-O.md')), [], "records outside are not the ISMS's own");
    // a link that appears later (a checkout) is not walked either
    symlinkSync('/proc', join(dir, 'audits', 'proc'));
    await changed(c, [['audits/proc', FileChangeType.Created]]);
    assert.deepEqual(c.codes(uri('audits/proc')), ['ISMS009']);
    assert.equal(c.child.exitCode, null, 'the server is still running');
  });

  it('refuses a new record file in a folder that is a link out of the ISMS (14.19)', async () => {
    symlinkSync(outside, join(dir, 'reviews'));
    ({ client } = await startServer(dir, SETTINGS));
    const c = client;
    await settled(c);
    const record = { id: 'MR-1', title: 'Review' };
    const op = { op: 'newRecordFile' as const, rootUri: uri(''), kind: 'management-review', record, folder: 'reviews' };
    const refused = await c.request('isms/computeEdit', op);
    assert.match(refused.error ?? '', /inside the ISMS root/);
    const inside = await c.request('isms/computeEdit', { ...op, folder: 'audits' });
    assert.equal(inside.error, undefined);
    assert.equal(inside.newFileUri, uri('audits/MR-1.md'));
  });
});
