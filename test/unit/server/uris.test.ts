/** URIs ↔ paths (src/server/uris.ts), through vscode-uri; the client's spellings held for open documents only (issue 14.37). */
import * as assert from 'node:assert/strict';
import { documentClosed, documentOpened, pathToUri, rememberedUris, uriToPath } from '../../../src/server/uris';

describe('server URIs', () => {
  it('maps file URIs to paths and back as VS Code spells them', () => {
    assert.equal(uriToPath('file:///tmp/a%20b/x.md'), '/tmp/a b/x.md');
    assert.equal(pathToUri('/tmp/a b/x.md'), 'file:///tmp/a%20b/x.md');
    assert.equal(pathToUri('/tmp/a@b.md'), 'file:///tmp/a%40b.md');
    assert.equal(uriToPath('file:///isms/audits/../../etc/passwd'), '/etc/passwd', "dot segments resolved, as a file URL's are");
  });

  it('knows no path for other schemes or a remote host', () => {
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.equal(uriToPath('git:/isms/x.md'), undefined);
    if (process.platform !== 'win32') assert.equal(uriToPath('file://host/share/x.md'), undefined);
  });

  it("answers an open document in the client's spelling until it is closed", () => {
    documentOpened('file:///tmp/a@b.md');
    assert.equal(pathToUri('/tmp/a@b.md'), 'file:///tmp/a@b.md');
    documentClosed('file:///tmp/a@b.md');
    assert.equal(pathToUri('/tmp/a@b.md'), 'file:///tmp/a%40b.md');
  });

  it('holds nothing for the URIs it only saw: 100,000 of them leave the map empty', () => {
    const before = rememberedUris();
    for (let i = 0; i < 100_000; i++) uriToPath(`file:///tmp/isms/${i}/record-${i}.md`);
    for (let i = 0; i < 1_000; i++) {
      documentOpened(`file:///tmp/isms/open-${i}.md`);
      documentClosed(`file:///tmp/isms/open-${i}.md`);
    }
    assert.equal(rememberedUris(), before);
  });
});
