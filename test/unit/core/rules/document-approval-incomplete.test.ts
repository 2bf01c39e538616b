import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS902');

describe('ISMS902 document-approval-incomplete', () => {
  it('reports an approved document without an approver, at its status', () => {
    const files = { 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approver: undefined }) };
    const [d, ...rest] = mine(check(files, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(textAt(files, d), 'approved');
    assert.match(d.message, /is marked approved but does not record ‘approver:’ \(who approved it\)\./);
  });

  it('does not fire when approver and date are recorded, or for a draft without either', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': documentFile(APPROVED) }, '2026-11-25')), []);
    assert.deepEqual(
      mine(
        check(
          { 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, status: 'draft', approver: undefined, approved: undefined }) },
          '2026-11-25',
        ),
      ),
      [],
    );
  });

  it('edge: both missing are named in one diagnostic; an empty approver counts as missing', () => {
    const [d] = mine(
      check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approver: '""', approved: undefined }) }, '2026-11-25'),
    );
    assert.match(d.message, /‘approver:’ \(who approved it\) or ‘approved:’ \(the date\)/);
  });

  it('edge: an approval date written but unreadable is left to ISMS002, not reported as missing', () => {
    const files = { 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: '01/03/2025' }) };
    const found = check(files, '2026-11-25');
    assert.deepEqual(mine(found), []);
    assert.equal(found.filter((d) => d.code === 'ISMS002').length, 1);
  });
});
