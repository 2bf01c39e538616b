import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { APPROVED, documentFile } from './documents';

const mine = ofCode('ISMS901');

describe('ISMS901 document-review-overdue', () => {
  it('reports an approved document last reviewed more than 12 months ago, at its review date', () => {
    const files = {
      'isms.yaml': config(),
      'policies/ac.md': documentFile({ ...APPROVED, approved: '2025-01-10', reviewed: '2025-10-01' }),
    };
    const found = mine(check(files, '2026-11-25'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '2025-10-01');
    assert.match(
      found[0].message,
      /Document POL-001 \(Access Control Policy\) was last reviewed on 2025-10-01, more than 12 months ago \(due by 2026-10-01\)/,
    );
  });

  it('does not fire within the interval, for drafts and retired documents, or without any date (ISMS902 speaks)', () => {
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, reviewed: '2026-02-01' }) }, '2026-11-25')),
      [],
    );
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: '2020-01-01', status: 'draft' }) }, '2026-11-25')),
      [],
    );
    assert.deepEqual(
      mine(
        check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: '2020-01-01', status: 'retired' }) }, '2026-11-25'),
      ),
      [],
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: undefined }) }, '2026-11-25')), []);
  });

  it('edge: counts from the approval when it is later than the review; review-months of the document beats isms.yaml', () => {
    const files = { 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: '2025-06-01', reviewed: '2024-01-01' }) };
    const [d] = mine(check(files, '2026-11-25'));
    assert.equal(textAt(files, d), '2025-06-01');
    assert.match(d.message, /was approved on 2025-06-01 and not reviewed since/);
    assert.deepEqual(
      mine(check({ ...files, 'a.md': documentFile({ ...APPROVED, approved: '2025-06-01', 'review-months': '24' }) }, '2026-11-25')),
      [],
    );
    assert.deepEqual(
      mine(
        check(
          { 'isms.yaml': config('documents: { review-months: 24 }\n'), 'a.md': documentFile({ ...APPROVED, approved: '2025-06-01' }) },
          '2026-11-25',
        ),
      ),
      [],
    );
    // exactly 12 months later is still in time
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'a.md': documentFile({ ...APPROVED, approved: '2025-11-25' }) }, '2026-11-25')),
      [],
    );
  });
});
