/**
 * Hostile file sizes through the real file host: a 50 MB YAML file is skipped without being read, a
 * million-line Markdown record (under the size limit) is read within a bounded time, and the rest of
 * the ISMS is still checked.
 */
import * as assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIsmsFolder } from '../../../src/core';
import { nodeFileHost } from '../../../src/node/fsHost';

const TODAY = '2026-11-25';
const LINES = 1_000_000;
/** generous for a loaded 2-core CI machine; a linear parse takes a fraction of it */
const MAX_MS = 10_000;

describe('hostile file sizes', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'isms-hostile-'));
    writeFileSync(join(dir, 'isms.yaml'), 'isms: config\n');
    writeFileSync(join(dir, 'ca.yaml'), 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    status: closed\n');
    // 50 MB of a valid-looking register, written in chunks
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    writeSync(fd, 'isms: risks\nrecords:\n');
    const chunk = '  - id: R-x\n    title: filler\n'.repeat(32 * 1024);
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    // a million lines of body (half of them blank), 4.5 MB: under the size limit, so it is read
    writeFileSync(
      join(dir, 'long.md'),
      `---\nisms: risk\nid: R-LONG\ntitle: Long minutes\n---\n${'minutes\n'.repeat(LINES / 2)}${'\n'.repeat(LINES / 2)}`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('skips a 50 MB YAML file with ISMS009, reads a million-line Markdown record, checks the rest', async () => {
    const started = Date.now();
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    const diags = ws.check({ today: TODAY }).all();
    const ms = Date.now() - started;
    assert.ok(ms < MAX_MS, `loading and checking took ${ms} ms`);
    const skipped = diags.filter((d) => d.code === 'ISMS009');
    assert.deepEqual(
      skipped.map((d) => d.file),
      [join(dir, 'huge.yaml')],
    );
    assert.match(skipped[0].message, /50\.\d MB, over the 5 MB limit/);
    assert.equal(ws.recordsById('R-LONG').length, 1, 'the long Markdown record is read');
    assert.equal(ws.recordsById('R-x').length, 0, 'nothing of the skipped file is indexed');
    assert.ok(
      diags.some((d) => d.code === 'ISMS304'),
      'the rest is still checked',
    );
  });
});
