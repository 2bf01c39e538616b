/** Recurring control activities proven by evidence (issue 18.2): due dates from the plan, overdue, late and early work. */
import * as assert from 'node:assert/strict';
import {
  activityStatus,
  controlOperation,
  controlOperations,
  occurrencesWithProof,
  parseSchedule,
  planFrom,
  provenOccurrences,
} from '../../../../src/core';
import { config, workspaceOf } from '../../support/memory';

const ACTIVITY = '  - { id: ACT-1, title: Access review, controls: [A.5.18], schedule: quarterly, start: 2026-01-15 }';

/** A workspace with the activity (or others) and evidence of it effective on each date. */
function workspace(dates: string[], activities = ACTIVITY) {
  const evidence = dates.map((d, i) => `  - { id: EV-${i + 1}, title: Review, effective: ${d}, valid-months: 3, activity: ACT-1 }`);
  return workspaceOf({
    'isms.yaml': config(),
    'control-activities.yaml': `isms: control-activities\nrecords:\n${activities}\n`,
    'evidence.yaml': `isms: evidence\nrecords:\n${evidence.join('\n') || '  []'}\n`,
  });
}

function status(dates: string[], today: string, activities = ACTIVITY) {
  const ws = workspace(dates, activities);
  const [act] = ws.records('control-activity');
  return activityStatus(act, ws.records('evidence'), today);
}

describe('activityStatus (core/controls/activities.ts)', () => {
  it('not started before the first due date; due on it; overdue the day after; on track once proven', () => {
    assert.equal(status([], '2026-01-14').state, 'not-started');
    assert.equal(status([], '2026-01-14').next, '2026-01-15');
    assert.equal(status([], '2026-01-15').state, 'due');
    const late = status([], '2026-01-20');
    assert.equal(late.state, 'overdue');
    assert.equal(late.daysOverdue, 5);
    assert.deepEqual(late.lastDue, { index: 0, date: '2026-01-15', proof: undefined });
    assert.equal(status(['2026-01-15'], '2026-01-20').state, 'on-track');
  });

  it('a late occurrence does not shift the plan: the next due date stays on the schedule', () => {
    // due 2026-04-15, done 40 days late
    const s = status(['2026-01-15', '2026-05-25'], '2026-06-01');
    assert.equal(s.state, 'on-track');
    assert.equal(s.lastDue?.date, '2026-04-15');
    assert.equal(s.lastDue?.proof?.id, 'EV-2');
    assert.equal(s.next, '2026-07-15');
    // and on 2026-07-16 the July occurrence is overdue: the late April work does not count for it
    const july = status(['2026-01-15', '2026-05-25'], '2026-07-16');
    assert.equal(july.state, 'overdue');
    assert.equal(july.lastDue?.date, '2026-07-15');
    assert.equal(july.next, '2026-10-15');
  });

  it('work done early proves the coming occurrence when the current one is proven', () => {
    const s = status(['2026-01-15', '2026-04-10', '2026-07-08'], '2026-07-15');
    assert.equal(s.state, 'on-track');
    assert.equal(s.lastDue?.proof?.id, 'EV-3');
    assert.equal(s.missed, 0);
  });

  it('an overdue occurrence done late is closed by that work, not the next one', () => {
    // the January occurrence missed its date; done on 2026-03-01 it proves January, so April is overdue in time
    const march = status(['2026-03-01'], '2026-03-02');
    assert.equal(march.state, 'on-track');
    const april = status(['2026-03-01'], '2026-04-16');
    assert.equal(april.state, 'overdue');
    assert.equal(april.missed, 0);
  });

  it('counts missed occurrences, and evidence outside any window or after today proves nothing', () => {
    const s = status(['2025-06-01', '2026-12-01'], '2026-11-25');
    assert.equal(s.state, 'overdue');
    assert.equal(s.lastDue?.date, '2026-10-15');
    assert.equal(s.missed, 3);
    assert.deepEqual(
      s.evidence.map((e) => e.id),
      ['EV-1', 'EV-2'],
    );
  });

  it('evidence on the due date proves that occurrence only', () => {
    const p = planFrom(parseSchedule('monthly')!, '2026-01-31');
    const ws = workspace(['2026-02-28', '2026-03-01']);
    const proven = provenOccurrences(p, ws.records('evidence'), '2026-12-31');
    assert.deepEqual(
      [...proven].map(([k, e]) => `${k}:${e.id}`),
      ['1:EV-1', '2:EV-2'],
    );
  });

  it('lists the occurrences of a period with their proof, for the review pack and the calendar', () => {
    const p = planFrom(parseSchedule('quarterly')!, '2026-01-15');
    const ws = workspace(['2026-01-20', '2026-05-25']);
    assert.deepEqual(
      occurrencesWithProof(p, ws.records('evidence'), '2026-03-01', '2026-12-31', '2026-11-25').map(
        (o) => `${o.index} ${o.date} ${o.proof?.id ?? '-'}`,
      ),
      ['1 2026-04-15 EV-2', '2 2026-07-15 -', '3 2026-10-15 -'],
    );
  });

  it('unknown when the schedule, its day or the start cannot be read', () => {
    for (const act of [
      '  - { id: ACT-1, schedule: now and then, start: 2026-01-15 }',
      '  - { id: ACT-1, schedule: weekly, day: 15, start: 2026-01-15 }',
      '  - { id: ACT-1, schedule: quarterly, start: 2026-13-01 }',
      '  - { id: ACT-1, schedule: quarterly }',
    ])
      assert.equal(status(['2026-01-15'], '2026-11-25', act).state, 'unknown', act);
  });

  it('monthly from 31 January with evidence at each month end stays on track through February', () => {
    const act = '  - { id: ACT-1, schedule: monthly, start: 2026-01-31 }';
    assert.equal(status(['2026-01-31', '2026-02-28'], '2026-03-01', act).state, 'on-track');
    const s = status(['2026-01-31', '2026-02-28'], '2026-03-31', act);
    assert.equal(s.state, 'due');
    assert.equal(s.next, '2026-04-30');
  });
});

describe('controlOperations (core/controls/operation.ts)', () => {
  it('gives each control its evidence (own and through the activity), the current part, and its activities', () => {
    const ws = workspaceOf({
      'isms.yaml': config(),
      'control-activities.yaml': `isms: control-activities\nrecords:\n${ACTIVITY}\n`,
      'evidence.yaml': [
        'isms: evidence',
        'records:',
        '  - { id: EV-1, effective: 2026-10-20, valid-months: 3, activity: ACT-1 }',
        '  - { id: EV-2, controls: [a.5.18, A.8.2], effective: 2025-01-10, valid-months: 12 }',
        '  - { id: EV-3, controls: [A.8.13], effective: 2026-11-01, valid-until: 2026-12-01 }',
      ].join('\n'),
    });
    const ops = controlOperations(ws, '2026-11-25');
    assert.deepEqual([...ops.byControl.keys()].sort(), ['A.5.18', 'A.8.13', 'A.8.2']);
    const access = controlOperation(ws, 'A.5.18', '2026-11-25');
    assert.deepEqual(
      access.evidence.map((e) => `${e.record.id} ${e.validity.state}`),
      ['EV-1 current', 'EV-2 expired'],
    );
    assert.deepEqual(
      access.current.map((e) => e.record.id),
      ['EV-1'],
    );
    assert.deepEqual(
      access.activities.map((a) => `${a.record.id} ${a.state}`),
      ['ACT-1 on-track'],
    );
    assert.deepEqual(
      controlOperation(ws, 'a8.13', '2026-11-25').current.map((e) => `${e.record.id} ${e.validity.state}`),
      ['EV-3 renewal-due'],
    );
    assert.deepEqual(controlOperation(ws, 'A.5.1', '2026-11-25'), { control: 'A.5.1', evidence: [], current: [], activities: [] });
  });
});
