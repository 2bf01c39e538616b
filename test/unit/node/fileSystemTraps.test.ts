/**
 * The Node host and the scan over real file-system traps in a temp folder (issue 14): a record file that
 * is a link to an endless /proc file (14.3), folder links to / and /proc and out of the ISMS (14.6), a
 * dangling link or FIFO named isms.yaml (14.17), a folder link that new record files must not follow
 * (14.19). Bounds are generous: they catch a hang, they do not measure speed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findIsmsRoots, loadIsmsFolder, MAX_FILE_BYTES } from '../../../src/core';
import { nodeFileHost, readFileCapped, resolvesInside } from '../../../src/node/fsHost';

const TODAY = '2026-11-25';
const PAGEMAP = '/proc/self/pagemap';
const risk = (id: string): string => `---\nisms: risk\nid: ${id}\ntitle: Risk ${id}\n---\n`;

/** Rejects when `p` takes longer than `ms`: a hang fails the test instead of the run. */
async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('file-system traps (Node host)', function () {
  this.timeout(60_000);
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'isms-traps-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'isms-outside-')));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });
  const write = (rel: string, text: string | Buffer, base = dir): void => {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), text);
  };
  const skipped = async (): Promise<string[]> => {
    const ws = await within(20_000, loadIsmsFolder(nodeFileHost, dir));
    return ws
      .check({ today: TODAY })
      .all()
      .filter((d) => d.code === 'ISMS009')
      .map((d) => `${path.relative(dir, d.file)}: ${d.message}`);
  };

  describe('the capped reader', () => {
    it('reads at most the cap from a file that stats as 0 bytes and never ends', async function () {
      if (!fs.existsSync(PAGEMAP)) this.skip();
      assert.equal(fs.statSync(PAGEMAP).size, 0);
      // (pagemap is read in multiples of 8 bytes)
      const bytes = await within(10_000, readFileCapped(PAGEMAP, 100_000));
      assert.equal(bytes.length, 100_000);
    });

    it('refuses a FIFO without blocking and reads a regular file whole', async () => {
      execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
      await assert.rejects(within(5_000, readFileCapped(path.join(dir, 'pipe.md'), 10)), { code: 'ENOTREG' });
      write('a.md', 'x'.repeat(3 * 1024 * 1024));
      assert.equal((await readFileCapped(path.join(dir, 'a.md'), MAX_FILE_BYTES + 1)).length, 3 * 1024 * 1024);
      assert.equal((await readFileCapped(path.join(dir, 'a.md'), 1000)).length, 1000);
    });
  });

  it('does not read a committed link to /proc/self/pagemap; reports it (14.3)', async function () {
    if (!fs.existsSync(PAGEMAP)) this.skip();
    write('isms.yaml', 'isms: config\n');
    write('ca.yaml', 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    status: closed\n');
    fs.symlinkSync(PAGEMAP, path.join(dir, 'evidence.md'));
    const found = await skipped();
    assert.deepEqual(found, ['evidence.md: Not checked: it is a link to a file outside the ISMS folder, which is not read.']);
  });

  it('does not follow folder links to /, /proc or out of the ISMS; reports each once (14.6)', async () => {
    write('isms.yaml', 'isms: config\n');
    write('risks/r1.md', risk('R-1'));
    write('theirs/r9.md', risk('R-9'), outside);
    fs.symlinkSync('/', path.join(dir, 'root'));
    fs.symlinkSync('/proc', path.join(dir, 'proc'));
    fs.symlinkSync(path.join(outside, 'theirs'), path.join(dir, 'theirs'));
    // a link that stays inside is followed as before (its files counted once)
    fs.symlinkSync(path.join(dir, 'risks'), path.join(dir, 'alias'));
    const ws = await within(20_000, loadIsmsFolder(nodeFileHost, dir));
    assert.equal(ws.recordsById('R-9').length, 0, 'records outside the ISMS are not its own');
    assert.equal(ws.recordsById('R-1').length, 1);
    const found = ws
      .check({ today: TODAY })
      .all()
      .filter((d) => d.code === 'ISMS009')
      .map((d) => path.relative(dir, d.file));
    assert.deepEqual(found.sort(), ['proc', 'root', 'theirs']);
    assert.deepEqual(await within(20_000, findIsmsRoots(nodeFileHost, dir)), [dir]);
  });

  it('a dangling link or a FIFO named isms.yaml does not make a folder a nested ISMS (14.17)', async () => {
    write('isms.yaml', 'isms: config\n');
    write('a/r1.md', risk('R-1'));
    write('b/r2.md', risk('R-2'));
    fs.symlinkSync('nowhere.yaml', path.join(dir, 'a', 'isms.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'b', 'isms.yaml')]);
    const ws = await within(20_000, loadIsmsFolder(nodeFileHost, dir));
    assert.equal(ws.recordsById('R-1').length, 1, 'a/ is checked by the root');
    assert.equal(ws.recordsById('R-2').length, 1, 'b/ is checked by the root');
    assert.deepEqual(await findIsmsRoots(nodeFileHost, dir), [dir]);
  });

  it('a nested isms.yaml that is a real file still starts its own ISMS', async () => {
    write('isms.yaml', 'isms: config\n');
    write('sub/isms.yaml', 'isms: config\n');
    write('sub/r1.md', risk('R-1'));
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    assert.equal(ws.recordsById('R-1').length, 0);
    assert.deepEqual(await findIsmsRoots(nodeFileHost, dir), [dir, path.join(dir, 'sub')]);
  });

  it('new record files may not go through a folder link out of the ISMS (14.19)', () => {
    fs.mkdirSync(path.join(dir, 'audits'));
    fs.symlinkSync(outside, path.join(dir, 'reviews'));
    fs.symlinkSync(path.join(outside, 'nothing'), path.join(dir, 'dangling'));
    fs.symlinkSync(path.join(dir, 'audits'), path.join(dir, 'alias'));
    assert.equal(resolvesInside(path.join(dir, 'reviews'), dir), false);
    assert.equal(resolvesInside(path.join(dir, 'reviews', '2026'), dir), false);
    assert.equal(resolvesInside(path.join(dir, 'dangling'), dir), false);
    assert.equal(resolvesInside(path.join(dir, 'dangling', 'x'), dir), false);
    assert.equal(resolvesInside(path.join(dir, 'audits'), dir), true);
    assert.equal(resolvesInside(path.join(dir, 'audits', 'new', 'deeper'), dir), true);
    assert.equal(resolvesInside(path.join(dir, 'alias'), dir), true);
    assert.equal(resolvesInside(path.join(dir, 'missing'), dir), true);
  });
});
