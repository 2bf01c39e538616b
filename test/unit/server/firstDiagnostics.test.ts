/**
 * Time to first diagnostics (issue 20.1), over stdio against the built server (dist/server.js): the
 * first check of the index is not debounced, and settings sent with initialize are used without a
 * workspace/configuration round-trip. The bounds are seconds: they catch a wait, they are no speed test.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, stopServer, type Client } from '../support/lspClient';
import { AUDIT, CA_REGISTER, ISMS_YAML } from '../support/serverState';

describe('language server: the first diagnostics', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: Client[] = [];
  const register = (): string => pathToFileURL(join(dir, 'registers', 'corrective-actions.yaml')).href;

  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-first-')));
    mkdirSync(join(dir, 'registers'));
    mkdirSync(join(dir, 'audits'));
    writeFileSync(join(dir, 'isms.yaml'), ISMS_YAML);
    writeFileSync(join(dir, 'registers', 'corrective-actions.yaml'), CA_REGISTER);
    writeFileSync(join(dir, 'audits', 'IA-2026-03.md'), AUDIT);
  });
  after(async () => {
    for (const c of clients) await stopServer(c);
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks the index as soon as it is read, not after the debounce (10 s here)', async () => {
    const { client } = await startServer(dir, { today: '2026-06-01', diagnostics: { debounceMs: 10_000 } });
    clients.push(client);
    const started = Date.now();
    // the overdue corrective action
    await client.until('the diagnostics of the register', () => client.codes(register()).length > 0, 7_000);
    assert.ok(Date.now() - started < 7_000);
  });

  it('takes the settings sent with initialize and asks for none before its first diagnostics', async () => {
    // asked, it would answer a date on which nothing is overdue yet
    const asked = await startServer(dir, { today: '2026-04-01', diagnostics: { debounceMs: 0 } });
    const sent = await startServer(
      dir,
      { today: '2026-04-01', diagnostics: { debounceMs: 0 } },
      { clientWatchesFiles: true, settings: { today: '2026-06-01', rules: {}, diagnostics: { debounceMs: 0 } } },
    );
    clients.push(asked.client, sent.client);
    for (const c of [asked.client, sent.client]) {
      await c.until('the first complete check', () => c.diagnostics.size > 0 && c.treeChanges > 0);
      await c.request('isms/status');
    }
    assert.equal(sent.client.configurationRequests, 0);
    assert.ok(asked.client.configurationRequests > 0);
    // the sent date (2026-06-01) is the one checked: the action due 2026-04-30 is overdue there, not on 2026-04-01
    const overdue = sent.client.codes(register()).filter((c) => !asked.client.codes(register()).includes(c));
    assert.ok(
      overdue.length > 0,
      `expected a diagnostic on 2026-06-01 that 2026-04-01 has not: ${sent.client.codes(register()).join(', ')}`,
    );
  });
});
