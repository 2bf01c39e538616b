import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findIsmsRoots, loadIsmsFolder, MAX_FILE_BYTES } from '../../../src/core';
import { nodeFileHost } from '../../../src/node/fsHost';
import { memoryHost } from '../support/memory';

const TODAY = '2026-11-25';

describe('scanning ISMS folders', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-scan-'));
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (rel: string, text: string | Buffer): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  it('finds every folder with an isms.yaml, skipping node_modules and dot-folders', async () => {
    write('a/isms.yaml', 'isms: config\n');
    write('b/c/isms.yaml', 'isms: config\n');
    write('node_modules/x/isms.yaml', 'isms: config\n');
    write('.git/isms.yaml', 'isms: config\n');
    assert.deepEqual(await findIsmsRoots(nodeFileHost, dir), [path.join(dir, 'a'), path.join(dir, 'b/c')]);
  });

  it('survives a symlink loop', async () => {
    write('isms.yaml', 'isms: config\n');
    fs.mkdirSync(path.join(dir, 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'loop', 'back'));
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    assert.deepEqual(ws.files(), [path.join(dir, 'isms.yaml')]);
  });

  it('reports binary and oversized files as skipped and checks the rest', async () => {
    write('isms.yaml', 'isms: config\n');
    write('photo.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]));
    write('huge.yaml', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    write('ca.yaml', 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    status: closed\n');
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    const diags = ws.check({ today: TODAY }).all();
    const skipped = diags.filter((d) => d.code === 'ISMS009').map((d) => `${path.basename(d.file)}: ${d.message}`);
    assert.deepEqual(skipped.map((s) => s.split(':')[0]).sort(), ['huge.yaml', 'photo.md']);
    assert.match(
      skipped.find((s) => s.startsWith('photo'))!,
      /binary/,
    );
    assert.match(
      skipped.find((s) => s.startsWith('huge'))!,
      /over the 5 MB limit/,
    );
    assert.ok(
      diags.some((d) => d.code === 'ISMS304'),
      'the rest is still checked',
    );
  });

  it('reports a file that cannot be read instead of stopping (a self-referencing link: ELOOP, even for root)', async () => {
    write('isms.yaml', 'isms: config\n');
    write('ca.yaml', 'isms: corrective-actions\nrecords:\n  - id: CA-1\n    status: closed\n');
    fs.symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    fs.symlinkSync('nowhere.md', path.join(dir, 'dangling.md'));
    // a FIFO with a record file's name: reading it would block forever, so it must never be read
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    const diags = ws.check({ today: TODAY }).all();
    const skipped = diags.filter((d) => d.code === 'ISMS009').map((d) => `${path.basename(d.file)}: ${d.message}`);
    assert.equal(skipped.length, 1, skipped.join('\n'));
    assert.match(skipped[0], /^loop\.yaml: .*could not be read \(ELOOP\)/);
    assert.deepEqual(
      ws
        .files()
        .map((f) => path.basename(f))
        .sort(),
      ['ca.yaml', 'isms.yaml', 'loop.yaml'],
      'the FIFO and the dangling link are no files',
    );
    assert.ok(
      diags.some((d) => d.code === 'ISMS304'),
      'the rest is still checked',
    );
  });

  it('reports a read error the host gives (EACCES) with its code', async () => {
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/a.yaml': 'isms: risks\n' });
    const failing = {
      ...host,
      readFile: async (p: string, n: number) =>
        p.endsWith('a.yaml') ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : host.readFile(p, n),
    };
    const ws = await loadIsmsFolder(failing, '/r');
    assert.match(
      ws
        .check({ today: TODAY })
        .all()
        .find((d) => d.code === 'ISMS009')?.message ?? '',
      /could not be read \(EACCES\)/,
    );
  });

  it('drops a file that disappears between listing and reading', async () => {
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/gone.md': '---\nisms: risk\n---\n' });
    const vanishing = {
      ...host,
      readFile: async (p: string, n: number) =>
        p.endsWith('gone.md') ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : host.readFile(p, n),
    };
    const ws = await loadIsmsFolder(vanishing, '/r');
    assert.deepEqual(ws.files(), ['/r/isms.yaml']);
  });

  it('leaves a nested ISMS root to its own workspace', async () => {
    const host = memoryHost({
      '/r/isms.yaml': 'isms: config\n',
      '/r/sub/isms.yaml': 'isms: config\n',
      '/r/sub/a.md': '---\nisms: risk\nid: R\n---\n',
    });
    const ws = await loadIsmsFolder(host, '/r');
    assert.deepEqual(ws.files(), ['/r/isms.yaml']);
  });
});
