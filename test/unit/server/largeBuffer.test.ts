/**
 * Typing in an open 5 MB register (issue 14.8), in the real server over stdio: a burst of keystrokes is
 * parsed once, when typing pauses (as the check is debounced), so a hover sent right after ten quick
 * keystrokes is answered at once instead of after ten parses of the whole register.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, stopServer, type Client } from '../support/lspClient';

const KEYSTROKES = 10;
/** generous: a parse of the register takes 3 s on an idle 2-core machine (25 s under heavy load); ten took 36 s before */
const MAX_HOVER_MS = 25_000;

function register(): string {
  const lines = ['isms: corrective-actions', 'records:'];
  let size = 0;
  for (let i = 0; size < 4.8 * 1024 * 1024; i++) {
    const entry = `  - id: CA-${i}\n    title: Corrective action ${i}\n    status: closed\n`;
    lines.push(entry.slice(0, -1));
    size += entry.length;
  }
  return `${lines.join('\n')}\n`;
}

describe('language server: typing in an open 5 MB register', function () {
  this.timeout(240_000);
  let dir: string;
  let client: Client | undefined;

  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-large-')));
    writeFileSync(join(dir, 'isms.yaml'), 'isms: config\norganisation: Large Ltd\n');
  });
  after(async () => {
    await stopServer(client);
    rmSync(dir, { recursive: true, force: true });
  });

  it('coalesces the parses of a burst of keystrokes: a hover right after is answered in bounded time', async () => {
    const text = register();
    const file = join(dir, 'corrective-actions.yaml');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    ({ client } = await startServer(dir, { today: '2026-06-01', diagnostics: { debounceMs: 200 } }));
    const c = client;
    for (let i = 0; !(await c.request('isms/status')).ready; i++) {
      assert.ok(i < 600, 'the server never became ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    // ten keystrokes at the end of CA-0's title, as fast as an editor sends them
    const title = { line: 3, character: '    title: Corrective action 0'.length };
    for (let k = 0; k < KEYSTROKES; k++) {
      const at = { line: title.line, character: title.character + k };
      await c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 + k },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
    }
    const started = Date.now();
    const at = { textDocument: { uri }, position: { line: 2, character: 9 } };
    const hover = (await c.connection.sendRequest('textDocument/hover', at)) as { contents: { value: string } } | null;
    const ms = Date.now() - started;
    assert.ok(ms < MAX_HOVER_MS, `the hover took ${ms} ms`);
    assert.match(hover?.contents.value ?? '', /Corrective action 0/);
    // once typing pauses (or a whole-workspace request comes), the newest text is parsed, once
    await c.request('isms/status');
    const after = (await c.connection.sendRequest('textDocument/hover', at)) as { contents: { value: string } } | null;
    assert.match(after?.contents.value ?? '', /Corrective action 0x{10}/, 'the newest text is parsed');
    assert.equal(c.child.exitCode, null, 'the server is still running');
  });
});
