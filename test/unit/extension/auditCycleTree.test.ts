/**
 * The audit-cycle tree splits the programme into periods at each external audit of the cycle: every
 * cycle audit type of the core, `surveillance` included (issue 13.3: the tree had its own list without it).
 */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import type { TreeMilestone, TreeProgrammeMonth, TreeRoot } from '../../../src/common/protocol';
import { CYCLE_AUDIT_TYPES } from '../../../src/core/model/config';
import { periodsOf } from '../../../src/extension/auditCycleTree';

const month = (m: string): TreeProgrammeMonth => ({ month: m, state: 'done', audits: [] });
const milestone = (type: TreeMilestone['type'], date: string): TreeMilestone => ({ type, date, status: 'done', label: type });

function rootWith(milestones: TreeMilestone[]): TreeRoot {
  return {
    rootUri: 'file:///isms',
    name: 'Test',
    today: '2026-06-15',
    standards: [],
    milestones,
    programme: ['2025-02', '2025-08', '2026-02', '2026-06'].map(month),
    correctiveActions: { overdue: [], dueSoon: [], open: [] },
    managementReviews: [],
    departments: [],
    coverage: [],
    awareness: undefined,
  } as unknown as TreeRoot;
}

describe('extension/auditCycleTree periodsOf', () => {
  it('starts a period at an external audit of type surveillance', () => {
    const periods = periodsOf(rootWith([milestone('certification', '2025-02-10'), milestone('surveillance', '2026-02-09')]));
    assert.deepEqual(
      periods.map((p) => (p.type === 'period' ? [p.milestone.type, p.months.map((m) => m.month), p.current] : [])),
      [
        ['certification', ['2025-02', '2025-08'], false],
        ['surveillance', ['2026-02', '2026-06'], true],
      ],
    );
  });

  it('makes a period of every cycle audit type, and none of reviews or the expiry', () => {
    const cycle = CYCLE_AUDIT_TYPES.map((type, i) => milestone(type, `202${i}-01-01`));
    const others = [milestone('management-review', '2025-05-01'), milestone('certificate-expiry', '2028-01-01')];
    const periods = periodsOf(rootWith([...cycle, ...others]));
    assert.deepEqual(
      periods.map((p) => (p.type === 'period' ? p.milestone.type : '')),
      [...CYCLE_AUDIT_TYPES],
    );
  });
});
