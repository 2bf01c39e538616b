/**
 * The server's bundle loaded through V8's code cache (issue 20.1, src/server/codeCache.ts), over stdio
 * against the built server: the cache is made after the first publish, used by the next start, and a
 * cache that is damaged, or in a folder others may write, changes nothing the server reports.
 */
import * as assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFolder } from '../../../src/server/codeCache';
import type { StartupTrace } from '../../../src/server/startupTrace';
import { startServer, stopServer, type Client } from '../support/lspClient';
import { AUDIT, CA_REGISTER, ISMS_YAML, TODAY } from '../support/serverState';

describe('language server: the V8 code cache of its bundle', function () {
  this.timeout(90_000);
  let dir: string;
  let cache: string;

  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'isms-code-cache-')));
    cache = join(dir, 'cache');
    const isms = join(dir, 'isms');
    mkdirSync(join(isms, 'registers'), { recursive: true });
    mkdirSync(join(isms, 'audits'));
    writeFileSync(join(isms, 'isms.yaml'), ISMS_YAML);
    writeFileSync(join(isms, 'registers', 'corrective-actions.yaml'), CA_REGISTER);
    writeFileSync(join(isms, 'audits', 'IA-2026-03.md'), AUDIT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = (): string[] => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.v8cache')) : []);

  /** One start until its first complete publish: what became of the cache, and every diagnostic code by file. */
  async function start(): Promise<{ use: string | undefined; diagnostics: string }> {
    const { client } = await startServer(join(dir, 'isms'), { today: TODAY }, undefined, {
      env: { ISMS_CODE_CACHE: cache, ISMS_TRACE_STARTUP: '1' },
    });
    try {
      const traced = (c: Client): string | undefined => c.logs.find((l) => l.startsWith('isms: startup trace '));
      await client.until('the start-up trace', () => traced(client) !== undefined, 60_000);
      const trace = JSON.parse(traced(client)!.slice('isms: startup trace '.length)) as StartupTrace;
      const diagnostics = [...client.diagnostics]
        .map(([uri, list]) => `${uri.slice(uri.lastIndexOf('/isms/'))}: ${list.map((d) => `${String(d.code)} ${d.message}`).join(' | ')}`)
        .sort()
        .join('\n');
      return { use: trace.codeCache, diagnostics };
    } finally {
      await stopServer(client);
    }
  }

  it('is made after the first publish, used by the next start, and a damaged one is refused and made again', async () => {
    const first = await start();
    assert.equal(first.use, 'made');
    assert.ok(first.diagnostics.includes('ISMS'), `diagnostics expected: ${first.diagnostics}`);
    await waitFor(() => cacheFiles().length === 1);
    // only the user may read and write it
    assert.equal(statSync(cache).mode & 0o077, 0);
    assert.equal(statSync(join(cache, cacheFiles()[0])).mode & 0o077, 0);

    const second = await start();
    assert.equal(second.use, 'used');
    assert.equal(second.diagnostics, first.diagnostics);

    const file = join(cache, cacheFiles()[0]);
    writeFileSync(file, Buffer.alloc(4096, 7), { mode: 0o600 });
    const third = await start();
    assert.equal(third.use, 'refused');
    assert.equal(third.diagnostics, first.diagnostics);
    await waitFor(() => readFileSync(file).some((b) => b !== 7));
  });

  it('is not read from, nor written to, a folder others may write', async () => {
    await waitFor(() => cacheFiles().length === 1);
    const file = join(cache, cacheFiles()[0]);
    const before = readFileSync(file);
    chmodSync(cache, 0o777);
    try {
      const open = await start();
      // the cache there was not taken, and the server checked as always
      assert.equal(open.use, 'made');
      assert.ok(open.diagnostics.includes('ISMS'));
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepEqual(readFileSync(file), before);
    } finally {
      chmodSync(cache, 0o700);
    }
  });

  it('lives in the user’s cache folder unless ISMS_CODE_CACHE says otherwise', () => {
    assert.equal(cacheFolder({ ISMS_CODE_CACHE: 'off' }, 'linux'), undefined);
    assert.equal(cacheFolder({ ISMS_CODE_CACHE: '/x/y' }, 'linux'), '/x/y');
    assert.equal(cacheFolder({ XDG_CACHE_HOME: '/c' }, 'linux'), join('/c', 'isms-workbench', 'code-cache'));
    assert.equal(cacheFolder({ LOCALAPPDATA: 'L' }, 'win32'), join('L', 'isms-workbench', 'code-cache'));
    assert.match(cacheFolder({}, 'darwin')!, /Library.Caches.isms-workbench.code-cache$/);
  });
});

async function waitFor(predicate: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
