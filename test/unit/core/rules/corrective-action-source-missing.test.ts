import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS306';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const AUDIT = [
  '---',
  'isms: internal-audit',
  'id: IA-2026-03',
  'planned: 2026-03-12',
  'findings:',
  '  - { id: IA-2026-03-F1, type: minor-nc, corrective-action: CA-2026-004 }',
  '---',
  '',
].join('\n');
const register = (source: string): string =>
  [
    'isms: corrective-actions',
    'records:',
    '  - id: CA-2026-004',
    `    source: ${source}`,
    '    owner: Sam Smith',
    '    due: 2026-04-30',
    '    root-cause: No leaver feed',
    '',
  ].join('\n');

describe('ISMS306 corrective-action-source-missing', () => {
  it('reports a source id that no finding, incident or review has, at the source, as an error', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': AUDIT, 'registers/ca.yaml': register('IA-2026-03-F9') };
    const diags = check(files, TODAY);
    const found = mine(diags);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 3, character: 12 }, end: { line: 3, character: 25 } });
    assert.equal(textAt(files, d), 'IA-2026-03-F9');
    assert.match(d.message, /names source ‘IA-2026-03-F9’, but no finding, incident or review has that id/);
    assert.deepEqual(
      diags.filter((x) => x.code === 'ISMS007'),
      [],
      'not reported twice',
    );
  });

  it('does not fire when the source is the finding', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': AUDIT, 'ca.yaml': register('IA-2026-03-F1') }, TODAY)), []);
  });

  it('edge: `other` (and none, n/a) say there is no source record', () => {
    for (const s of ['other', 'Other', 'none', 'n/a'])
      assert.deepEqual(mine(check({ 'isms.yaml': config(), 'ca.yaml': register(s) }, TODAY)), [], s);
  });

  it('edge: a management review or an incident is a source too', () => {
    const review = '---\nisms: management-review\nid: MR-2026-01\ndate: 2026-01-20\n---\n';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'r.md': review, 'ca.yaml': register('MR-2026-01') }, TODAY)), []);
    const incidents = 'isms: incidents\nrecords:\n  - { id: INC-2026-002, detected: 2026-02-02 }\n';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'i.yaml': incidents, 'ca.yaml': register('INC-2026-002') }, TODAY)), []);
  });
});
