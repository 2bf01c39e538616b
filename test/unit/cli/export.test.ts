/**
 * Where `isms export --out` may write (issue 14.38 and 14.36-39 "Also"), as a process: a valid 240-byte
 * name is written (its temporary name used to pass 255 bytes), `/dev/stdout` and `/dev/null` are
 * written into as a shell's `>` would, and a regular file is still never overwritten without --force.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SAMPLE = path.join(REPO, 'examples', 'acme');
const TODAY = '2026-11-25';

describe('isms export --out: names and devices', function () {
  this.timeout(60_000);
  let dir: string;
  const isms = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const argv = [CLI, 'export', 'ics', SAMPLE, '--today', TODAY, ...args];
    const r = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'isms-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of [`${'a'.repeat(251)}.ics`, `${'审'.repeat(82)}.ics`]) {
    it(`writes a valid ${Buffer.byteLength(name)}-byte name, and leaves no temporary file`, () => {
      const r = isms('--out', name);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(readdirSync(dir), [name]);
      assert.ok(readFileSync(path.join(dir, name), 'utf8').startsWith('BEGIN:VCALENDAR'));
    });
  }

  it('writes into /dev/stdout (here a pipe) instead of refusing it as "exists"', () => {
    const r = isms('--out', '/dev/stdout');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('BEGIN:VCALENDAR\r\n') && r.stdout.endsWith('END:VCALENDAR\r\n'), r.stdout.slice(0, 100));
    assert.deepEqual(readdirSync(dir), []);
  });

  it('writes into /dev/null', () => {
    const r = isms('--out', '/dev/null');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync('/dev/null'));
  });

  it('writes into a FIFO that a reader has open', async function () {
    const fifo = path.join(dir, 'plan.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const copy = path.join(dir, 'copy.ics');
    const reader = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', fifo, copy]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    const r = isms('--out', fifo);
    assert.equal(r.status, 0, r.stderr);
    await done;
    assert.ok(readFileSync(copy, 'utf8').startsWith('BEGIN:VCALENDAR'));
  });

  it('still refuses a regular file, also through a link, and leaves it untouched', () => {
    writeFileSync(path.join(dir, 'mine.ics'), 'mine');
    symlinkSync(path.join(dir, 'mine.ics'), path.join(dir, 'link.ics'));
    for (const out of ['mine.ics', 'link.ics']) {
      const r = isms('--out', out);
      assert.equal(r.status, 2, out);
      assert.match(r.stderr, /exists; not overwritten \(use --force to replace it\)/);
    }
    assert.equal(readFileSync(path.join(dir, 'mine.ics'), 'utf8'), 'mine');
    assert.deepEqual(readdirSync(dir).sort(), ['link.ics', 'mine.ics']);
  });
});
