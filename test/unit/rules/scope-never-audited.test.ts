import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../support/memory';

const CODE = 'ISMS105';
// 9 months before the certificate expires: the cycle's final year
const TODAY = '2027-06-01';
const mine = ofCode(CODE);

const CERT = config('certification:\n  issued: 2025-03-14\n  expires: 2028-03-13\n');
const SOA = [
  'isms: soa',
  'records:',
  '  - { id: SOA-A.5.15, control: A.5.15, applicable: true }',
  '  - { id: SOA-A.8.13, control: A.8.13, applicable: true }',
  '  - { id: SOA-A.7.4, control: A.7.4, applicable: false, justification: No premises of our own }',
  '',
].join('\n');
const audit = (scope: string, performed = '2026-05-12'): string =>
  ['---', 'isms: internal-audit', 'id: IA-2026-05', `planned: ${performed}`, `performed: ${performed}`, 'status: done', `scope: ${scope}`, '---', ''].join('\n');
const CLAUSES = '"4", "5", "6", "7", "8", "9", "10"';

describe('ISMS105 scope-never-audited', () => {
  it('in the final year, reports an applicable control never audited this cycle, at its SoA entry', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15]`) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/registers/soa.yaml`);
    assert.deepEqual(d.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 20 } });
    assert.equal(textAt(files, d), 'SOA-A.8.13');
    assert.match(d.message, /A\.8\.13 has not been internally audited in this certification cycle \(since 2025-03-14\), and the certificate expires on 2028-03-13/);
  });

  it('does not fire when every clause and applicable control has been audited (not-applicable A.7.4 is not needed)', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15, A.8.13]`) };
    assert.deepEqual(mine(check(files, TODAY)), []);
  });

  it('edge: a clause written as a YAML number (9.1) is audited; a missing clause is reported at isms.yaml', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit('[4, 5, 6, 7, 8, 9.1, 9.2, 9.3, 10, A.5.15, A.8.13]') };
    assert.deepEqual(mine(check(files, TODAY)), []);
    const noTen = { ...files, 'audits/IA-2026-05.md': audit('[4, 5, 6, 7, 8, 9, A.5.15, A.8.13]') };
    const found = mine(check(noTen, TODAY));
    assert.deepEqual(found.map((d) => d.message.split(' ')[0]), ['10.1', '10.2']);
    assert.equal(found[0].file, `${ROOT}/isms.yaml`);
  });

  it('edge: an audit performed before the cycle started does not count', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15, A.8.13]`, '2025-02-01') };
    assert.equal(mine(check(files, TODAY)).length, 30 + 2);
  });

  it('edge: more than 12 months before expiry it is one progress note (information), not a warning per control', () => {
    const files = { 'isms.yaml': CERT, 'registers/soa.yaml': SOA, 'audits/IA-2026-05.md': audit(`[${CLAUSES}, A.5.15]`) };
    const found = mine(check(files, '2027-02-01'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.match(found[0].message, /31 of 32 clauses and applicable controls internally audited so far this cycle \(since 2025-03-14\)\. Not yet audited: A\.8\.13\./);
    // the final year starts 12 months before expiry (2027-03-13): from then on, one warning per control
    assert.equal(mine(check(files, '2027-02-13'))[0].severity, 'information');
    assert.equal(mine(check(files, '2027-03-13'))[0].severity, 'warning');
  });

  it('edge: without an SoA every Annex A control is in scope', () => {
    const files = { 'isms.yaml': CERT, 'audits/IA-2026-05.md': audit(`[${CLAUSES}]`) };
    assert.equal(mine(check(files, TODAY)).length, 93);
  });
});
