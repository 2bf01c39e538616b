/**
 * The language server process dies (killed by pid, as an out-of-memory kill would): the client restarts
 * it and says so once; after the fifth crash within three minutes it stops and says that once. Runs
 * LAST in the trusted suite (index.ts): it leaves the server stopped.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { IsmsExtensionApi } from '../../../src/extension/extension';
import { MAX_RESTARTS } from '../../../src/extension/restartPolicy';
import { activateExtension, waitFor, waitForIsmsDiagnostics } from './helpers';

/** The pid of the ISMS language server: the extension host's child running dist/server.js (Linux /proc). */
function serverPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // the parent pid is the 2nd field after the parenthesised command name
      const ppid = Number(
        fs
          .readFileSync(`/proc/${entry}/stat`, 'utf8')
          .replace(/^.*\)\s+\S+\s+/s, '')
          .split(' ')[0],
      );
      if (ppid === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/server.js')) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

describe('Language server crash recovery', function () {
  this.timeout(180_000);
  let api: IsmsExtensionApi;
  before(async () => {
    api = await activateExtension();
    await waitForIsmsDiagnostics();
  });

  /** Kills the running server and waits for its successor to be indexed and answering. */
  async function crashAndRecover(): Promise<void> {
    const pid = await waitFor('the server process', serverPid);
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server process', () => {
      const next = serverPid();
      return next !== undefined && next !== pid ? next : undefined;
    });
    await waitFor('the restarted server to answer isms/status', async () => (await api.server.request('isms/status')).ready);
  }

  it('restarts a killed server, which answers again, and says so once', async () => {
    assert.deepStrictEqual(api.serverNotices, [], 'no notice before any crash');
    await crashAndRecover();
    const status = await api.server.request('isms/status');
    assert.ok(status.roots >= 1, 'the restarted server indexed the ISMS again');
    const diagnostics = await waitForIsmsDiagnostics();
    assert.ok(diagnostics.length > 0, 'diagnostics are published again');
    assert.strictEqual(api.serverNotices.length, 1, api.serverNotices.join(' | '));
    assert.match(api.serverNotices[0], /stopped unexpectedly and was restarted/);
  });

  it(`gives up after ${MAX_RESTARTS + 1} crashes in a row, saying so once`, async () => {
    for (let i = 1; i < MAX_RESTARTS; i++) await crashAndRecover();
    assert.strictEqual(api.serverNotices.length, 1, `the later restarts are quiet: ${api.serverNotices.join(' | ')}`);
    const pid = await waitFor('the server process', serverPid);
    process.kill(pid, 'SIGKILL');
    await waitFor('the give-up notice', () => api.serverNotices.length === 2);
    assert.match(api.serverNotices[1], /crashed 5 times within 3 minutes and was not restarted/);
    // no restart follows, and no further notice
    await new Promise((r) => setTimeout(r, 3000));
    assert.strictEqual(serverPid(), undefined, 'no server was started again');
    assert.strictEqual(api.serverNotices.length, 2, api.serverNotices.join(' | '));
    await assert.rejects(api.server.request('isms/status'), 'requests fail instead of hanging');
  });
});
