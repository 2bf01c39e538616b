import * as assert from 'node:assert/strict';
import { check, config, ofCode, ROOT, textAt } from '../../support/memory';

const CODE = 'ISMS401';
const mine = ofCode(CODE);

const cert = (s2 = '{ type: surveillance-2, date: 2027-02-08 }', extra = ''): string =>
  config(
    [
      'certification:',
      '  issued: 2025-03-14',
      '  expires: 2028-03-13',
      '  audits:',
      '    - { type: certification, date: 2025-02-10, status: done }',
      '    - { type: surveillance-1, date: 2026-02-09, status: done }',
      `    - ${s2}`,
      extra,
    ].join('\n'),
  );
const CAS = [
  'isms: corrective-actions',
  'records:',
  '  - { id: CA-2026-004, title: Remove leaver accounts, status: open, owner: Sam, due: 2027-03-30, root-cause: x }',
  '  - { id: CA-2026-007, title: Encrypt backups, status: in-progress, owner: Sam, due: 2027-03-30, root-cause: y }',
  '  - { id: CA-2026-001, title: Visitor log, status: closed, effectiveness: Checked }',
  '',
].join('\n');

describe('ISMS401 external-audit-open-actions', () => {
  it('reports an external audit within 60 days while actions are open, listing them, with each as related', () => {
    const files = { 'isms.yaml': cert(), 'registers/ca.yaml': CAS };
    const found = mine(check(files, '2026-12-15'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, `${ROOT}/isms.yaml`);
    assert.deepEqual(d.range, { start: { line: 8, character: 6 }, end: { line: 8, character: 48 } });
    assert.equal(textAt(files, d), '{ type: surveillance-2, date: 2027-02-08 }');
    assert.match(
      d.message,
      /The second surveillance audit is in 55 days \(2027-02-08\) and 2 corrective actions are still open: CA-2026-004, CA-2026-007\./,
    );
    assert.doesNotMatch(d.message, /CA-2026-001/);
    assert.deepEqual(
      d.related?.map((r) => [r.location.file, r.location.range.start.line, r.message]),
      [
        [`${ROOT}/registers/ca.yaml`, 2, 'open: CA-2026-004 (Remove leaver accounts)'],
        [`${ROOT}/registers/ca.yaml`, 3, 'open: CA-2026-007 (Encrypt backups)'],
      ],
    );
  });

  it('does not fire further out than warn-before-external-days', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': cert(), 'registers/ca.yaml': CAS }, '2026-12-01')), []);
  });

  it("edge: exactly 60 days before fires, and so does the audit's own day", () => {
    assert.match(mine(check({ 'isms.yaml': cert(), 'ca.yaml': CAS }, '2026-12-10'))[0].message, /in 60 days/);
    assert.match(mine(check({ 'isms.yaml': cert(), 'ca.yaml': CAS }, '2027-02-08'))[0].message, / is today \(2027-02-08\)/);
    assert.deepEqual(mine(check({ 'isms.yaml': cert(), 'ca.yaml': CAS }, '2027-02-09')), []);
  });

  it('edge: warn-before-external-days from isms.yaml', () => {
    const cfg = cert(undefined, 'internal-audit: { warn-before-external-days: 90 }');
    assert.equal(mine(check({ 'isms.yaml': cfg, 'ca.yaml': CAS }, '2026-12-01')).length, 1);
  });

  it('edge: no open actions, or an audit already done or cancelled, is quiet', () => {
    const closedOnly = CAS.split('\n')
      .filter((l) => !l.includes('status: open') && !l.includes('in-progress'))
      .join('\n');
    assert.deepEqual(mine(check({ 'isms.yaml': cert(), 'ca.yaml': closedOnly }, '2026-12-15')), []);
    assert.deepEqual(
      mine(check({ 'isms.yaml': cert('{ type: surveillance-2, date: 2027-02-08, status: cancelled }'), 'ca.yaml': CAS }, '2026-12-15')),
      [],
    );
    assert.deepEqual(
      mine(check({ 'isms.yaml': cert('{ type: surveillance-2, date: 2027-02-08, status: done }'), 'ca.yaml': CAS }, '2027-02-08')),
      [],
    );
  });
});

describe('ISMS401 on the audit day (issue 15.6)', () => {
  it('says "is today", not "is in 0 days"', () => {
    const [d] = mine(check({ 'isms.yaml': cert(), 'registers/ca.yaml': CAS }, '2027-02-08'));
    assert.match(d.message, /^The second surveillance audit is today \(2027-02-08\) and 2 corrective actions are still open/);
  });
});
