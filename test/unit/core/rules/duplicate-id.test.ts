import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT } from '../../support/memory';

const CODE = 'ISMS003';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (id: string): string =>
  ['---', 'isms: internal-audit', `id: ${id}`, 'planned: 2026-03-12', 'status: planned', '---', ''].join('\n');

describe('ISMS003 duplicate-id', () => {
  it('reports both records that share an id, each pointing at the other', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('IA-2026-03'), 'audits/IA-2026-03-copy.md': audit('IA-2026-03') };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 2);
    const [a, b] = found;
    for (const d of found) {
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
      assert.match(d.message, /Id ‘IA-2026-03’ is used by 2 records/);
      assert.equal(d.related?.length, 1);
      assert.deepEqual(d.related?.[0].location.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
      assert.match(d.related?.[0].message ?? '', /also used here \(internal-audit\)/);
    }
    assert.deepEqual([a.file, b.file].sort(), [`${ROOT}/audits/IA-2026-03-copy.md`, `${ROOT}/audits/IA-2026-03.md`]);
    assert.equal(a.related?.[0].location.file, b.file);
    assert.equal(b.related?.[0].location.file, a.file);
  });

  it('does not fire when the ids differ', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'audits/a.md': audit('IA-2026-03'), 'audits/b.md': audit('IA-2026-04') }, TODAY)),
      [],
    );
  });

  it('edge: two entries of one register, and a finding reusing a corrective action id, are duplicates too', () => {
    const register = [
      'isms: corrective-actions',
      'records:',
      '  - { id: CA-1, owner: Sam, due: 2026-04-30, root-cause: x }',
      '  - { id: CA-1, owner: Sam, due: 2026-04-30, root-cause: y }',
      '',
    ].join('\n');
    const found = mine(check({ 'isms.yaml': config(), 'registers/ca.yaml': register }, TODAY));
    assert.deepEqual(
      found.map((d) => d.range.start.line),
      [2, 3],
    );
    const withFinding = [
      '---',
      'isms: internal-audit',
      'id: IA-1',
      'planned: 2026-03-12',
      'findings:',
      '  - { id: CA-9, type: observation }',
      '---',
      '',
    ].join('\n');
    const ca = ['isms: corrective-actions', 'records:', '  - { id: CA-9, owner: Sam, due: 2026-04-30, root-cause: x }', ''].join('\n');
    assert.equal(mine(check({ 'isms.yaml': config(), 'audits/IA-1.md': withFinding, 'registers/ca.yaml': ca }, TODAY)).length, 2);
  });

  it('edge: ids are compared exactly (IA-1 and ia-1 are different ids)', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/a.md': audit('IA-1'), 'audits/b.md': audit('ia-1') }, TODAY)), []);
  });
});
