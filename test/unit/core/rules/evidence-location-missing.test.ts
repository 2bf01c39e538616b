import * as assert from 'node:assert/strict';
import { locationCandidates } from '../../../../src/core/controls/location';
import { check, config, loadOf, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS963';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const evidence = (...locations: string[]): string =>
  [
    'isms: evidence',
    'records:',
    ...locations.map((l, i) => `  - { id: EV-${i + 1}, controls: [A.8.13], effective: 2026-11-01, location: ${JSON.stringify(l)} }`),
    '',
  ].join('\n');
const REPORT = '# Restore test\n\nAll good.\n';

describe('ISMS963 evidence-location-missing', () => {
  it('reports a relative path to a file that is not in the folder, at location, read relative to the record file', () => {
    const files = {
      'isms.yaml': config(),
      'registers/evidence.yaml': evidence('../evidence/restore-test.md'),
      'evidence/other.md': REPORT,
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '"../evidence/restore-test.md"');
    assert.equal(
      found[0].message,
      'Evidence EV-1 is at ‘../evidence/restore-test.md’, but there is no such file in the ISMS folder. Correct the path (relative to this file) or add the file.',
    );
  });

  it('does not fire for a file that exists, with ./, #anchors, ?queries, backslashes or %20 for a space', () => {
    const files = {
      'isms.yaml': config(),
      'registers/evidence.yaml': evidence(
        '../evidence/restore test.md',
        './../evidence/restore%20test.md#results',
        '..\\evidence\\restore test.md',
        '../evidence/restore test.md?plain=1',
        '../evidence/100%.md',
      ),
      'evidence/restore test.md': REPORT,
      'evidence/100%.md': REPORT,
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('does not check URLs, absolute paths, folders, or paths outside the ISMS folder', () => {
    const files = {
      'isms.yaml': config(),
      'registers/evidence.yaml': evidence(
        'https://docs.example.com/pentest.pdf',
        'sharepoint://acme/evidence/x.pdf',
        'mailto:soc@example.com',
        'C:\\Evidence\\x.pdf',
        '\\\\fileserver\\evidence\\x.pdf',
        '/srv/evidence/x.pdf',
        '~/evidence/x.pdf',
        '../evidence/2026/',
        '../evidence/2026',
        '../../outside/x.md',
        '#results',
      ),
    };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('says when the path exists relative to the root instead', () => {
    const files = { 'isms.yaml': config(), 'registers/evidence.yaml': evidence('evidence/restore.md'), 'evidence/restore.md': REPORT };
    assert.match(mine(check(files, TODAY))[0].message, /relative to the ISMS folder's root \(evidence\/restore\.md\)/);
  });

  it('checks other files (PDF) only when the host listed the folder', async () => {
    const files = {
      'isms.yaml': config(),
      'registers/evidence.yaml': evidence('../evidence/pentest.pdf', '../evidence/there.pdf'),
      'evidence/there.pdf': 'x',
    };
    // without a listing a PDF's existence is unknown: nothing is concluded
    assert.deepEqual(mine(check(files, TODAY)), []);
    const ws = await loadOf(files);
    assert.deepEqual(
      mine(ws.check({ today: TODAY }).all()).map((d) => d.message.split(' ')[1]),
      ['EV-1'],
    );
  });

  it('re-runs when the file appears or goes', () => {
    const files = { 'isms.yaml': config(), 'registers/evidence.yaml': evidence('../evidence/restore.md') };
    const ws = loadOf(files);
    return ws.then((w) => {
      assert.equal(mine(w.check({ today: TODAY }).all()).length, 1);
      w.setFile('/isms/evidence/restore.md', REPORT);
      assert.deepEqual(mine(w.check({ today: TODAY }).all()), []);
      w.deleteFile('/isms/evidence/restore.md');
      assert.equal(mine(w.check({ today: TODAY }).all()).length, 1);
    });
  });

  it('locationCandidates: decoded and as written, relative to the file', () => {
    assert.deepEqual(locationCandidates('./a%20b.pdf#p=2', '/isms/registers/e.yaml'), [
      '/isms/registers/a b.pdf',
      '/isms/registers/a%20b.pdf',
    ]);
    assert.deepEqual(locationCandidates('..\\x\\y.md', '/isms/registers/e.yaml'), ['/isms/x/y.md']);
    assert.equal(locationCandidates('  ', '/isms/e.yaml'), undefined);
    assert.equal(locationCandidates('https://x/y.pdf', '/isms/e.yaml'), undefined);
  });
});
