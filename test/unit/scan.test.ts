import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findIsmsRoots, loadIsmsFolder, MAX_FILE_BYTES } from '../../src/core';
import { nodeFileHost } from '../../src/node/fsHost';
import { memoryHost } from './support/memory';

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
    assert.match(skipped.find((s) => s.startsWith('photo'))!, /binary/);
    assert.match(skipped.find((s) => s.startsWith('huge'))!, /over the 5 MB limit/);
    assert.ok(diags.some((d) => d.code === 'ISMS304'), 'the rest is still checked');
  });

  it('reports an unreadable file instead of stopping', async function () {
    if (process.getuid?.() === 0) {
      // root reads anything: simulate the failure through a host instead
      const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/a.yaml': 'isms: risks\n' });
      const failing = { ...host, readFile: async (p: string) => (p.endsWith('a.yaml') ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : host.readFile(p)) };
      const ws = await loadIsmsFolder(failing, '/r');
      assert.match(ws.check({ today: TODAY }).all().find((d) => d.code === 'ISMS009')?.message ?? '', /could not be read \(EACCES\)/);
      return;
    }
    write('isms.yaml', 'isms: config\n');
    write('secret.yaml', 'isms: risks\n');
    fs.chmodSync(path.join(dir, 'secret.yaml'), 0o000);
    const ws = await loadIsmsFolder(nodeFileHost, dir);
    assert.ok(ws.check({ today: TODAY }).all().some((d) => d.code === 'ISMS009'));
  });

  it('drops a file that disappears between listing and reading', async () => {
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/gone.md': '---\nisms: risk\n---\n' });
    const vanishing = { ...host, readFile: async (p: string) => (p.endsWith('gone.md') ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : host.readFile(p)) };
    const ws = await loadIsmsFolder(vanishing, '/r');
    assert.deepEqual(ws.files(), ['/r/isms.yaml']);
  });

  it('leaves a nested ISMS root to its own workspace', async () => {
    const host = memoryHost({ '/r/isms.yaml': 'isms: config\n', '/r/sub/isms.yaml': 'isms: config\n', '/r/sub/a.md': '---\nisms: risk\nid: R\n---\n' });
    const ws = await loadIsmsFolder(host, '/r');
    assert.deepEqual(ws.files(), ['/r/isms.yaml']);
  });
});
