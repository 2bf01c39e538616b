/** isms/tree (src/server/requests/tree.ts), answered in process over a workspace held in memory. */
import * as assert from 'node:assert/strict';
import { treeRequest } from '../../../../src/server/requests/tree';
import { contextOf, fixture, uri } from '../../support/serverState';

describe('isms/tree', () => {
  const tree = treeRequest.handle(undefined, contextOf());

  it('answers per root with its name, today and the cycle milestones', () => {
    assert.equal(tree.ready, true);
    const [root] = tree.roots;
    assert.deepEqual([root.rootUri, root.name, root.today, root.standards], ['file:///isms', 'Test Ltd', '2026-06-01', ['iso27001:2022']]);
    assert.deepEqual(
      root.milestones.filter((m) => m.type === 'surveillance-2').map((m) => [m.date, m.status]),
      [['2027-02-08', 'planned']],
    );
  });

  it('lays out the programme month by month around today, at most five years', () => {
    const { programme } = tree.roots[0];
    assert.deepEqual(
      programme.find((m) => m.month === '2026-03')?.audits.map((a) => [a.id, a.state, a.location.uri]),
      [['IA-2026-03', 'done', uri('audits/IA-2026-03.md')]],
    );
    assert.equal(programme.find((m) => m.month === '2026-05')?.state, 'missing');
    assert.ok(programme.length <= 60);
    assert.equal(programme[0].month, '2025-02', 'from the certification audit');
  });

  it('groups the open corrective actions by due state and gives each department its own', () => {
    const root = tree.roots[0];
    assert.deepEqual(
      root.correctiveActions.overdue.map((c) => [c.id, c.owner, c.due, c.location.range.start.line]),
      [['CA-2026-001', 'Sam Smith', '2026-04-30', 3]],
    );
    assert.deepEqual([root.correctiveActions.dueSoon, root.correctiveActions.open], [[], []]);
    assert.deepEqual(
      root.departments.map((d) => [d.id, d.owner, d.ownedControls, d.correctiveActions.map((c) => c.id)]),
      [['IT', 'Sam Smith', 2, ['CA-2026-001']]],
    );
  });

  it('leaves a closed action out', () => {
    const ws = fixture({
      'registers/corrective-actions.yaml':
        'isms: corrective-actions\nrecords:\n  - { id: CA-1, title: Done, status: closed, due: 2026-01-01 }\n',
    });
    const { correctiveActions } = treeRequest.handle(undefined, contextOf(ws)).roots[0];
    assert.deepEqual(Object.values(correctiveActions).flat(), []);
  });
});

describe('isms/tree and actions that are cancelled or unreadable (issue 16.2)', () => {
  it('leaves a cancelled action out and shows one whose status cannot be read apart, not as open', () => {
    const extra = {
      'registers/more-cas.yaml': [
        'isms: corrective-actions',
        'records:',
        '  - { id: CA-X1, title: Withdrawn, due: 2026-01-01, status: cancelled, cancel-reason: Duplicate of CA-2026-001 }',
        '  - { id: CA-X2, title: Unreadable, due: 2026-01-01, status: whatever }',
        '',
      ].join('\n'),
    };
    const { correctiveActions } = treeRequest.handle(undefined, contextOf(fixture(extra))).roots[0];
    assert.deepEqual(
      [correctiveActions.overdue, correctiveActions.dueSoon, correctiveActions.open].flat().map((c) => c.id),
      ['CA-2026-001'],
    );
    assert.deepEqual(
      correctiveActions.unknown?.map((c) => [c.id, c.state, c.status]),
      [['CA-X2', 'unknown', 'whatever']],
    );
  });
});
