import * as assert from 'node:assert/strict';
import { loadIsmsFolder, type Diagnostic } from '../../../../src/core';
import { config, memoryHost, ofCode, ROOT } from '../../support/memory';

const CODE = 'ISMS009';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

/** Loads the files through the scanner (the path the CLI and the server take) and checks them. */
async function scan(files: Record<string, string | Uint8Array>, rules?: Record<string, 'off' | 'error'>): Promise<Diagnostic[]> {
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v])));
  const ws = await loadIsmsFolder(host, ROOT);
  return ws.check({ today: TODAY, rules }).all();
}

const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);

describe('ISMS009 file-skipped', () => {
  it('reports a binary file under the ISMS folder at its first line, with the reason', async () => {
    const found = mine(await scan({ 'isms.yaml': config(), 'audits/IA-2026-03.md': binary }));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/audits/IA-2026-03.md`);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(d.message, /Not checked: the file looks binary \(it contains NUL bytes\)/);
  });

  it('does not fire for a text file', async () => {
    assert.deepEqual(
      mine(
        await scan({
          'isms.yaml': config(),
          'audits/IA-2026-03.md': '---\nisms: internal-audit\nid: IA-2026-03\nplanned: 2026-03-12\n---\n',
        }),
      ),
      [],
    );
  });

  it('edge: a binary file that is not Markdown or YAML (evidence.pdf) is not read at all', async () => {
    assert.deepEqual(mine(await scan({ 'isms.yaml': config(), 'evidence/scan.pdf': binary })), []);
  });

  it('edge: a file over the size limit is skipped with its size', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    const [d] = mine(await scan({ 'isms.yaml': config(), 'registers/huge.yaml': big }));
    assert.match(d.message, /over the 5 MB limit/);
  });

  it('edge: an override changes its severity or turns it off', async () => {
    assert.equal(mine(await scan({ 'isms.yaml': config(), 'a.md': binary }, { ISMS009: 'error' }))[0]?.severity, 'error');
    assert.deepEqual(mine(await scan({ 'isms.yaml': config(), 'a.md': binary }, { 'file-skipped': 'off' })), []);
  });
});
