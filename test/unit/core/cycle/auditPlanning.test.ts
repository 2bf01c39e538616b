/** Planning internal audits forward (issue 15.2): the date proposer, the catch-up months, the planner's order. */
import * as assert from 'node:assert/strict';
import {
  auditPlan,
  catchUpMonths,
  planningOrder,
  proposeAuditDate,
  type ExternalAuditWindow,
} from '../../../../src/core/cycle/auditPlanning';
import { isWeekend } from '../../../../src/core/dates';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const window = (start: string, date: string): ExternalAuditWindow => ({ start, date, name: 'the second surveillance audit' });

describe('proposeAuditDate', () => {
  it('proposes the 15th of a month when it is a free weekday', () => {
    assert.deepEqual(proposeAuditDate(['2027-03'], TODAY, []), { date: '2027-03-15' });
  });

  it('avoids weekends: 2027-05-15 is a Saturday', () => {
    assert.ok(isWeekend('2027-05-15') && isWeekend('2027-05-16') && !isWeekend('2027-05-17'));
    assert.deepEqual(proposeAuditDate(['2027-05'], '2026-01-01', []), { date: '2027-05-17' });
  });

  it('never proposes today or a past day: this month, the first weekday after today', () => {
    // 2026-11-25 is a Wednesday: the 15th has passed, so the next weekday
    assert.deepEqual(proposeAuditDate(['2026-11'], TODAY, []), { date: '2026-11-26' });
    // Friday 2026-11-27: Saturday and Sunday are skipped
    assert.deepEqual(proposeAuditDate(['2026-11'], '2026-11-27', []), { date: '2026-11-30' });
    // no weekday left in the month: the next month asked for
    assert.deepEqual(proposeAuditDate(['2026-11', '2026-12'], '2026-11-30', []), { date: '2026-12-15' });
    assert.equal(proposeAuditDate(['2026-11'], '2026-11-30', []), undefined);
    assert.equal(proposeAuditDate(['2025-12'], TODAY, []), undefined);
  });

  it('avoids the warn-before-external-days window: not three days before the external audit', () => {
    // an external audit on 2027-03-18 with a 30-day window: nothing from 2027-02-16 to 2027-03-18
    const w = [window('2027-02-16', '2027-03-18')];
    assert.deepEqual(proposeAuditDate(['2027-03'], TODAY, w), { date: '2027-03-19' });
    // the window covers the second half of December: the last free weekday before the 15th
    assert.deepEqual(proposeAuditDate(['2026-12'], TODAY, [window('2026-12-10', '2027-02-08')]), { date: '2026-12-09' });
  });

  it('tries the next month when one is all window, and says so when every month is', () => {
    const w = [window('2026-11-10', '2027-02-08')];
    assert.deepEqual(proposeAuditDate(['2026-12', '2027-02'], TODAY, w), { date: '2027-02-15' });
    // no free weekday at all: the earliest one, the furthest from the external audit, with the window it falls in
    assert.deepEqual(proposeAuditDate(['2026-11', '2026-12'], TODAY, w), { date: '2026-11-26', inWindow: w[0] });
  });
});

describe('catchUpMonths', () => {
  it('this month and the next; the next two when no weekday is left this month', () => {
    assert.deepEqual(catchUpMonths(TODAY), ['2026-11', '2026-12']);
    assert.deepEqual(catchUpMonths('2026-11-30'), ['2026-12', '2027-01']);
    assert.deepEqual(catchUpMonths('2026-12-31'), ['2027-01', '2027-02']);
  });
});

describe('planningOrder and auditPlan', () => {
  it('this month and later first, the past months after them, most recent first', () => {
    const months = ['2025-12', '2026-12', '2026-08', '2026-11', '2027-01'].map((month) => ({ month }));
    const { upcoming, earlier } = planningOrder(months, TODAY);
    assert.deepEqual(
      upcoming.map((m) => m.month),
      ['2026-11', '2026-12', '2027-01'],
    );
    assert.deepEqual(
      earlier.map((m) => m.month),
      ['2026-08', '2025-12'],
    );
  });

  it('lists the empty months from this one on first, and a past gap with its catch-up this month or next', () => {
    // an audit every month of 2026 up to November except August; nothing planned after November
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-09', '2026-10', '2026-11'];
    const records = months.map((m) => `  - { id: IA-${m}, planned: ${m}-10, performed: ${m}-10, status: done }`);
    const ws = workspaceOf({ 'isms.yaml': config(), 'audits/p.yaml': ['isms: internal-audits', 'records:', ...records, ''].join('\n') });
    const plan = auditPlan(ws, TODAY);
    assert.deepEqual(
      plan.map((m) => [m.month, m.past]),
      [['2026-12', false], ...Array.from({ length: 11 }, (_, i) => [`2027-${String(i + 1).padStart(2, '0')}`, false]), ['2026-08', true]],
    );
    const gap = plan[plan.length - 1];
    assert.deepEqual(gap.slots, [
      { month: '2026-11', planned: '2026-11-26' },
      { month: '2026-12', planned: '2026-12-15' },
    ]);
    for (const m of plan) for (const s of m.slots) assert.ok(s.planned > TODAY && !isWeekend(s.planned), s.planned);
  });
});
