/**
 * The Documents branch (src/extension/documentsTree.ts, issue 17.7): which groups show — only those with
 * something in them, "Changed since approval" only where the history is known — and what a row says.
 */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import type { TreeDocument, TreeDocuments, TreeRoot } from '../../../src/common/protocol';
import { documentDescription, documentsChildren, type DocumentsNode } from '../../../src/extension/documentsTree';

const location = { uri: 'file:///isms/policies/x.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
const docOf = (id: string, extra: Partial<TreeDocument> = {}): TreeDocument => ({
  id,
  title: `${id} title`,
  version: '2.0',
  status: 'approved',
  review: { state: 'ok', months: 12, next: '2027-01-01' },
  awaitingApproval: false,
  approvalIncomplete: false,
  location,
  ...extra,
});

const rootWith = (documents: Partial<TreeDocuments>): TreeRoot =>
  ({
    rootUri: 'file:///isms',
    today: '2026-11-25',
    documents: { all: [], dueForReview: [], awaitingApproval: [], acknowledgementGaps: [], mandatoryMissing: [], ...documents },
  }) as unknown as TreeRoot;

const groupsOf = (root: TreeRoot): string[] =>
  documentsChildren({ type: 'documents', root }).map((n: DocumentsNode) =>
    n.type === 'documentGroup' ? `${n.group}:${n.items.length}` : `${n.type}:${n.type === 'mandatoryMissing' ? n.items.length : ''}`,
  );

describe('extension/documentsTree', () => {
  const overdue = docOf('POL-002', { review: { state: 'overdue', months: 12, last: '2025-06-02', next: '2026-06-02' } });
  const draft = docOf('PRO-001', {
    status: 'draft',
    version: '0.1',
    review: { state: 'not-approved', months: 12 },
    awaitingApproval: true,
  });

  it('shows only the groups with something in them, then every document', () => {
    assert.deepEqual(groupsOf(rootWith({ all: [overdue, draft], dueForReview: [overdue], awaitingApproval: [draft] })), [
      'dueForReview:1',
      'awaitingApproval:1',
      'all:2',
    ]);
    assert.deepEqual(groupsOf(rootWith({})), ['all:0']);
  });

  it('shows "Changed since approval" only when the history was read and something changed', () => {
    const changed = docOf('POL-001', {
      changedSinceApproval: { approvedIn: 'a'.repeat(40), approvedOn: '2025-10-15', changedIn: 'b'.repeat(40), changedOn: '2026-02-01' },
    });
    assert.deepEqual(groupsOf(rootWith({ all: [changed], changedSinceApproval: [changed] })), ['changedSinceApproval:1', 'all:1']);
    assert.deepEqual(groupsOf(rootWith({ all: [changed], changedSinceApproval: [] })), ['all:1']);
    assert.equal(
      documentDescription(changed, 'changedSinceApproval', '2026-11-25'),
      'POL-001 title · changed 2026-02-01, approved 2025-10-15',
    );
  });

  it('shows acknowledgement gaps and missing mandatory items when their computations report some', () => {
    const gap = docOf('POL-003', { acknowledgement: { version: '2.0', expected: 30, acknowledged: 12, pending: 18, overdue: 3 } });
    const root = rootWith({
      all: [gap],
      acknowledgementGaps: [gap],
      mandatoryMissing: [{ standard: 'iso27001:2022', clause: '6.1.2', title: 'Risk assessment process' }],
    });
    assert.deepEqual(groupsOf(root), ['acknowledgementGaps:1', 'mandatoryMissing:1', 'all:1']);
    assert.equal(documentDescription(gap, 'acknowledgementGaps', '2026-11-25'), 'POL-003 title · 12 / 30 acknowledged (40 %)');
    assert.equal(
      documentDescription(gap, 'all', '2026-11-25'),
      'POL-003 title · v2.0 · approved · next review 2027-01-01 · 12 / 30 acknowledged (40 %)',
    );
  });

  it('says when a review was due, with the dates', () => {
    assert.equal(
      documentDescription(overdue, 'dueForReview', '2026-11-25'),
      'POL-002 title · review overdue since 2026-06-02 (176 days ago)',
    );
    assert.equal(documentDescription(draft, 'awaitingApproval', '2026-11-25'), 'PRO-001 title · v0.1 · draft');
  });
});
