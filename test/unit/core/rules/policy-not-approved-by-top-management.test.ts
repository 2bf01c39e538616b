import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS903');
const TOP = config('top-management: [Alex Morgan, Priya Shah]\n');
const ISP = { ...APPROVED, title: 'Information Security Policy', satisfies: '["5.2"]' };

describe('ISMS903 policy-not-approved-by-top-management', () => {
  it('reports the information security policy approved by someone outside top management, at the approver', () => {
    const files = { 'isms.yaml': TOP, 'isp.md': documentFile({ ...ISP, approver: 'Jordan Blake (CISO)' }) };
    const [d, ...rest] = mine(check(files, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(textAt(files, d), 'Jordan Blake (CISO)');
    assert.match(d.message, /approved by Jordan Blake \(CISO\), who is not one of top management \(Alex Morgan, Priya Shah\)/);
  });

  it('does not fire for a top manager (case and a role in brackets aside), or for a topic-specific policy', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': TOP, 'isp.md': documentFile({ ...ISP, approver: 'priya shah (CEO)' }) }, '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': TOP, 'ac.md': documentFile({ ...APPROVED, approver: 'Jordan Blake' }) }, '2026-11-25')), []);
  });

  it('edge: 5.2 written as a YAML number counts; silent when isms.yaml names no top management', () => {
    assert.equal(
      mine(
        check({ 'isms.yaml': TOP, 'isp.md': documentFile({ ...ISP, satisfies: '[5.2, 7.5.2]', approver: 'Jordan Blake' }) }, '2026-11-25'),
      ).length,
      1,
    );
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'isp.md': documentFile({ ...ISP, approver: 'Jordan Blake' }) }, '2026-11-25')),
      [],
    );
  });
});
