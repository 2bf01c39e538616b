import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS007';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const audit = (ca: string): string =>
  [
    '---',
    'isms: internal-audit',
    'id: IA-2026-03',
    'planned: 2026-03-12',
    'findings:',
    '  - id: IA-2026-03-F1',
    '    type: minor-nc',
    `    corrective-action: ${ca}`,
    '---',
    '',
  ].join('\n');
const register =
  'isms: corrective-actions\nrecords:\n  - { id: CA-2026-004, source: IA-2026-03-F1, owner: Sam Smith, due: 2026-04-30, root-cause: No leaver feed }\n';

describe('ISMS007 missing-reference', () => {
  it('reports a finding whose corrective action does not exist, at the id it names', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('CA-2026-999'), 'registers/ca.yaml': register };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 7, character: 23 }, end: { line: 7, character: 34 } });
    assert.equal(textAt(files, d), 'CA-2026-999');
    assert.match(d.message, /‘corrective-action’ refers to ‘CA-2026-999’, but no record has that id/);
  });

  it('does not fire when the corrective action exists', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('CA-2026-004'), 'registers/ca.yaml': register }, TODAY)),
      [],
    );
  });

  it('edge: `none` / `n/a` say "no record" on purpose', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('none') }, TODAY)), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('n/a') }, TODAY)), []);
  });

  it("edge: a corrective action's missing source is ISMS306's, not reported twice", () => {
    const ca = 'isms: corrective-actions\nrecords:\n  - { id: CA-1, source: IA-2026-03-F9, owner: Sam, due: 2026-04-30, root-cause: x }\n';
    const diags = check({ 'isms.yaml': config(), 'registers/ca.yaml': ca }, TODAY);
    assert.deepEqual(mine(diags), []);
    assert.equal(diags.filter((d) => d.code === 'ISMS306').length, 1);
  });

  it('edge: the reference is found again once the missing record is added (incremental index)', () => {
    const files = { 'isms.yaml': config(), 'audits/IA-2026-03.md': audit('CA-2026-004') };
    assert.equal(mine(check(files, TODAY)).length, 1);
    assert.equal(mine(check({ ...files, 'registers/ca.yaml': register }, TODAY)).length, 0);
  });
});
