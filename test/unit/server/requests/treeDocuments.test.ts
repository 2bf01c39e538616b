/**
 * isms/tree's Documents branch (src/server/requests/treeDocuments.ts) and the document edits of
 * isms/computeEdit (issue 17.7), answered in process over a workspace held in memory (today 2026-06-01).
 */
import * as assert from 'node:assert/strict';
import { mandatoryDocuments } from '../../../../src/core';
import { applyTextEdits } from '../../../../src/core/edit';
import { computeEditRequest } from '../../../../src/server/requests/edit';
import { treeRequest } from '../../../../src/server/requests/tree';
import { contextOf, fixture, TODAY, uri } from '../../support/serverState';

const doc = (id: string, fields: string, body = 'Text.\n') => `---\nisms: document\nid: ${id}\ntitle: ${id} title\n${fields}---\n${body}`;

const DOCS = {
  // approved 2025-05-01: next review 2026-05-01, overdue on 2026-06-01
  'policies/overdue.md': doc('POL-002', 'type: policy\nversion: "2.0"\nstatus: approved\napprover: Priya Shah\napproved: 2025-05-01\n'),
  // reviewed 2025-06-20: due 2026-06-20, within 30 days
  'policies/soon.md': doc(
    'POL-001',
    'type: policy\nversion: "3.1"\nstatus: approved\napprover: A\napproved: 2025-01-10\nreviewed: 2025-06-20\n',
  ),
  'policies/fine.md': doc('STD-001', 'type: standard\nversion: "1.0"\nstatus: approved\napprover: A\napproved: 2026-04-01\n'),
  'procedures/draft.md': doc('PRO-001', 'type: procedure\nversion: "0.1"\nstatus: draft\n'),
  'procedures/old.md': doc('PRO-000', 'type: procedure\nstatus: retired\n'),
  'notes/plain.md': '# Not a document\n',
};

describe('isms/tree documents', () => {
  const ws = fixture(DOCS);
  const { documents } = treeRequest.handle(undefined, contextOf(ws)).roots[0];

  it('lists every document by id with version, status and next review', () => {
    assert.deepEqual(
      documents.all.map((d) => [d.id, d.version, d.status, d.review.state, d.review.next]),
      [
        ['POL-001', '3.1', 'approved', 'due-soon', '2026-06-20'],
        ['POL-002', '2.0', 'approved', 'overdue', '2026-05-01'],
        ['PRO-000', undefined, 'retired', 'retired', undefined],
        ['PRO-001', '0.1', 'draft', 'not-approved', undefined],
        ['STD-001', '1.0', 'approved', 'ok', '2027-04-01'],
      ],
    );
    assert.equal(documents.all[1].location.uri, uri('policies/overdue.md'));
  });

  it('groups what is due for review (earliest first) and what awaits approval', () => {
    assert.deepEqual(
      documents.dueForReview.map((d) => [d.id, d.review.state]),
      [
        ['POL-002', 'overdue'],
        ['POL-001', 'due-soon'],
      ],
    );
    assert.deepEqual(
      documents.awaitingApproval.map((d) => d.id),
      ['PRO-001'],
    );
  });

  it('says nothing about changes since approval without the version history (the editor reads none)', () => {
    assert.equal(documents.changedSinceApproval, undefined);
    assert.ok(!('changedSinceApproval' in documents));
    ws.setDocumentHistory({ available: true, files: new Map() });
    const known = treeRequest.handle(undefined, contextOf(ws)).roots[0].documents;
    assert.deepEqual(known.changedSinceApproval, [], 'with the history read: known, and nothing changed');
  });

  it('has no acknowledgement gaps without audiences, and the missing mandatory items are those of the core', () => {
    assert.deepEqual(documents.acknowledgementGaps, []);
    assert.ok(documents.all.every((d) => d.acknowledgement === undefined));
    const ws = contextOf(fixture(DOCS)).workspaces.workspaces()[0];
    const missing = mandatoryDocuments(ws, TODAY).filter((i) => i.status === 'missing');
    assert.ok(missing.length > 0);
    assert.deepEqual(
      documents.mandatoryMissing.map((m) => `${m.standard} ${m.clause}`),
      missing.map((m) => `${m.standard} ${m.clause}`),
    );
  });

  it('lists a document whose audience has not all acknowledged it among the acknowledgement gaps, with the numbers of the core', () => {
    const files = {
      ...DOCS,
      'policies/fine.md': DOCS['policies/fine.md'].replace('status: approved\n', 'status: approved\naudience: [everyone]\n'),
      'registers/people.yaml': 'isms: people\nrecords:\n  - { id: P-1, name: Dana Lee }\n  - { id: P-2, name: Sam Smith }\n',
      'registers/acks.yaml': 'isms: acknowledgements\nrecords:\n  - { person: P-1, document: STD-001, version: "1.0", date: 2026-04-03 }\n',
    };
    const { documents: withAcks } = treeRequest.handle(undefined, contextOf(fixture(files))).roots[0];
    assert.deepEqual(
      withAcks.acknowledgementGaps.map((d) => [d.id, d.acknowledgement?.acknowledged, d.acknowledgement?.expected]),
      [['STD-001', 1, 2]],
    );
  });

  it('is empty, not absent, in an ISMS without documents', () => {
    const { documents: none } = treeRequest.handle(undefined, contextOf()).roots[0];
    const { mandatoryMissing, ...rest } = none;
    assert.deepEqual(rest, { all: [], dueForReview: [], awaitingApproval: [], acknowledgementGaps: [] });
    // nothing tracked yet: the whole list of ISO/IEC 27001:2022 is missing, the scope first
    assert.deepEqual(mandatoryMissing[0], { standard: 'iso27001:2022', clause: '4.3', title: 'Scope of the ISMS' });
  });
});

describe('isms/computeEdit markDocumentReviewed', () => {
  const ctx = contextOf(fixture(DOCS));
  const text = DOCS['policies/overdue.md'];

  it('sets reviewed: to the date as one edit of the document, and reveals it', async () => {
    const result = await computeEditRequest.handle({ op: 'markDocumentReviewed', id: 'POL-002', date: TODAY }, ctx);
    assert.equal(result.error, undefined);
    assert.equal(result.uri, uri('policies/overdue.md'));
    assert.equal(result.edits?.length, 1);
    const after = applyTextEdits(text, result.edits!);
    assert.equal(after, text.replace('approved: 2025-05-01\n', `approved: 2025-05-01\nreviewed: ${TODAY}\n`));
    assert.match(after.split('\n')[result.reveal!.range.start.line], /^reviewed: 2026-06-01$/);
    assert.ok(result.basis);
  });

  it('raises the version and sends an approved document back to review', async () => {
    const result = await computeEditRequest.handle({ op: 'markDocumentReviewed', id: 'POL-002', date: TODAY, raise: 'major' }, ctx);
    const after = applyTextEdits(text, result.edits!);
    assert.match(after, /version: "3\.0"\nstatus: in-review\napprover: Priya Shah\napproved: 2025-05-01\n/);
    assert.match(after, /material-change: true\n---/);
  });

  it('refuses a record that is not a document, a retired one, an unknown id and a bad date', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ id: 'CA-2026-001', date: TODAY }, /not a document/],
      [{ id: 'PRO-000', date: TODAY }, /retired/],
      [{ id: 'POL-404', date: TODAY }, /No record with id POL-404/],
      [{ id: 'POL-002', date: '2026-02-30' }, /not a date/],
      [{ id: 'POL-002', date: TODAY, raise: 'huge' }, /Unknown version raise/],
    ];
    for (const [params, error] of cases) {
      const result = await computeEditRequest.handle({ op: 'markDocumentReviewed', ...params } as never, ctx);
      assert.match(result.error ?? '', error, JSON.stringify(params));
      assert.equal(result.edits, undefined);
    }
  });

  it('names a new document file after the given stem, never after a file that is there', async () => {
    const create = async (fileName: string) =>
      await computeEditRequest.handle(
        { op: 'newRecordFile', rootUri: 'file:///isms', kind: 'document', record: { id: 'POL-003' }, folder: 'policies', fileName },
        ctx,
      );
    assert.equal((await create('access-control')).newFileUri, uri('policies/access-control.md'));
    assert.equal((await create('overdue')).newFileUri, uri('policies/overdue-2.md'));
    assert.equal((await create('../../etc/passwd')).newFileUri, uri('policies/etc-passwd.md'));
  });
});
