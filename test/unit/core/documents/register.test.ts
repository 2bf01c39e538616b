import * as assert from 'node:assert/strict';
import { documentRegister, documentReview } from '../../../../src/core';
import { check, config, ofCode, workspaceOf } from '../../support/memory';
import { APPROVED, documentFile } from '../rules/documents';

const TODAY = '2026-11-25';

function entryOf(fields: Record<string, string | undefined>, extraConfig = '') {
  const ws = workspaceOf({ 'isms.yaml': config(extraConfig), 'policies/p.md': documentFile(fields) });
  const [entry] = documentRegister(ws, TODAY);
  return entry;
}

describe('document register', () => {
  it('gives the next review from the later of approval and review, and its state', () => {
    const ok = entryOf({ ...APPROVED, approved: '2026-03-02' });
    assert.deepEqual(ok.review, { last: { date: '2026-03-02', field: 'approved' }, months: 12, next: '2027-03-02', state: 'ok' });
    assert.equal(entryOf({ ...APPROVED, approved: '2025-03-02', reviewed: '2025-12-01' }).review.state, 'due-soon');
    const overdue = entryOf({ ...APPROVED, approved: '2025-03-02', reviewed: '2025-10-01' });
    assert.equal(overdue.review.state, 'overdue');
    assert.equal(overdue.review.next, '2026-10-01');
  });

  it('takes the interval from the document, else from isms.yaml', () => {
    assert.equal(entryOf({ ...APPROVED, approved: '2025-06-01', 'review-months': '24' }).review.next, '2027-06-01');
    assert.equal(entryOf({ ...APPROVED, approved: '2025-06-01' }, 'documents: { review-months: 6 }\n').review.next, '2025-12-01');
  });

  it('reads the status leniently and tells drafts, retired and undated documents apart', () => {
    const draft = entryOf({ ...APPROVED, status: 'In Review' });
    assert.equal(draft.status, 'in-review');
    assert.equal(draft.awaitingApproval, true);
    assert.equal(draft.review.state, 'not-approved');
    assert.equal(entryOf({ ...APPROVED, status: 'retired' }).review.state, 'retired');
    const undated = entryOf({ ...APPROVED, approved: undefined });
    assert.equal(undated.review.state, 'undated');
    assert.equal(undated.approvalIncomplete, true);
    assert.equal(entryOf({ ...APPROVED, approver: undefined }).approvalIncomplete, true);
    assert.equal(entryOf(APPROVED).approvalIncomplete, false);
  });

  it('edge: a review-months that is not a positive number falls back to the default', () => {
    const ws = workspaceOf({ 'isms.yaml': config(), 'p.md': documentFile({ ...APPROVED, 'review-months': '-3' }) });
    const doc = ws.records('document')[0];
    assert.equal(documentReview(doc, ws.config, TODAY).months, 12);
  });

  it('edge: the rules read the status as the register does (`Approved` is approved for ISMS902 too)', () => {
    const fields = { ...APPROVED, status: 'Approved', approver: undefined };
    assert.equal(entryOf(fields).approvalIncomplete, true);
    const files = { 'isms.yaml': config(), 'policies/p.md': documentFile(fields) };
    assert.equal(ofCode('ISMS902')(check(files, TODAY)).length, 1);
  });

  it('edge: an approval date written but unreadable is not "incomplete" for the tree either (ISMS002 speaks)', () => {
    assert.equal(entryOf({ ...APPROVED, approved: '01/03/2025' }).approvalIncomplete, false);
  });
});
