/** The awareness overview behind the tree's Awareness branch and `isms report awareness`. */
import * as assert from 'node:assert/strict';
import { awarenessOverview } from '../../../../src/core/awareness/overview';
import { config, workspaceOf } from '../../support/memory';

const TODAY = '2026-11-25';
const register = (...rows: string[]): string => ['isms: awareness', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const PROGRAMME = register(
  '{ id: AW-1, type: poster, date: 2026-01-10 }',
  '{ id: AW-2, type: phishing-simulation, date: 2026-02-10, sent: 100, clicked: 10, reported: 40 }',
  '{ id: AW-3, type: phishing-simulation, date: 2026-04-05, sent: 100, clicked: 5, reported: 60 }',
  '{ id: AW-4, type: training, date: 2026-06-01, participants: [P-1] }',
  '{ id: AW-5, type: communication, date: 2026-12-01 }',
);
const PEOPLE = 'isms: people\nrecords:\n  - { id: P-1, name: Ada }\n  - { id: P-2, name: Bo, joined: 2026-09-01 }\n';

describe('awareness: overview', () => {
  it('lists the twelve months ISMS501 looks at and this month, each with its activities, flagging the gaps it reports', () => {
    const o = awarenessOverview(workspaceOf({ 'isms.yaml': config(), 'a.yaml': PROGRAMME }), TODAY);
    assert.equal(o.months.length, 13);
    assert.deepEqual([o.months[0].month, o.months[12].month, o.months[12].current], ['2025-11', '2026-11', true]);
    const row = (m: (typeof o.months)[number]): string =>
      `${m.month} ${m.activities.map((a) => a.record.id).join(',') || (m.gap ? 'GAP' : '-')}`;
    assert.deepEqual(o.months.map(row), [
      // before the programme began: empty, not a gap
      '2025-11 -',
      '2025-12 -',
      '2026-01 AW-1',
      '2026-02 AW-2',
      '2026-03 GAP',
      '2026-04 AW-3',
      '2026-05 GAP',
      '2026-06 AW-4',
      '2026-07 GAP',
      '2026-08 GAP',
      '2026-09 GAP',
      '2026-10 GAP',
      // this month is not over: never a gap of its own; AW-5 (December) is not yet
      '2026-11 -',
    ]);
    assert.deepEqual(
      o.gaps.map((g) => [g.first, g.last, g.after?.record.id]),
      [
        ['2026-03', '2026-03', 'AW-3'],
        ['2026-05', '2026-05', 'AW-4'],
        ['2026-07', '2026-10', undefined],
      ],
    );
    assert.equal(o.lastActivity?.record.id, 'AW-4');
    assert.equal(o.cadenceMet, false, 'the gap since July is still open');
  });

  it('follows cadence-months: shorter runs are no gap, and an activity this month meets the cadence', () => {
    const files = { 'isms.yaml': config('awareness: { cadence-months: 2 }\n'), 'a.yaml': PROGRAMME };
    const o = awarenessOverview(workspaceOf(files), TODAY);
    assert.deepEqual(
      o.months.filter((m) => m.gap).map((m) => m.month),
      ['2026-07', '2026-08', '2026-09', '2026-10'],
    );
    const now = awarenessOverview(workspaceOf({ ...files, 'b.yaml': register('{ id: AW-6, type: refresher, date: 2026-11-20 }') }), TODAY);
    assert.equal(now.cadenceMet, true);
    assert.equal(now.lastActivity?.record.id, 'AW-6');
    assert.deepEqual(
      now.months[12].activities.map((a) => a.record.id),
      ['AW-6'],
    );
    // a closed gap is history ISMS501 still reports (as information): its months stay flagged
    assert.deepEqual(
      now.months.filter((m) => m.gap).map((m) => m.month),
      ['2026-07', '2026-08', '2026-09', '2026-10'],
    );
  });

  it('gives the phishing simulations of the months with their trend, and who is overdue on training when a roster exists', () => {
    const o = awarenessOverview(workspaceOf({ 'isms.yaml': config(), 'a.yaml': PROGRAMME, 'people.yaml': PEOPLE }), TODAY);
    assert.deepEqual(
      o.phishing.map((p) => [p.id, p.clickRate, p.reportRate]),
      [
        ['AW-2', 0.1, 0.4],
        ['AW-3', 0.05, 0.6],
      ],
    );
    assert.equal(
      o.phishingSummary,
      'Over 2 simulations (2026-02-10 to 2026-04-05): click rate 10.0 % → 5.0 % (down 5.0 points); report rate 40.0 % → 60.0 % (up 20.0 points).',
    );
    // P-1 trained in June (refresher due 2027-06-01); P-2 joined in September, induction due 2026-10-01
    assert.deepEqual(
      o.trainingOverdue?.map((s) => [s.person.id, s.basis, s.due]),
      [['P-2', 'induction', '2026-10-01']],
    );
    // a simulation older than the twelve months is not in the overview
    assert.deepEqual(
      awarenessOverview(workspaceOf({ 'isms.yaml': config(), 'a.yaml': PROGRAMME }), '2027-03-15').phishing.map((p) => p.id),
      ['AW-3'],
    );
  });

  it('an ISMS without awareness records or roster: empty months, no last activity, no training list', () => {
    const o = awarenessOverview(workspaceOf({ 'isms.yaml': config() }), TODAY);
    assert.deepEqual([o.months.length, o.months.some((m) => m.gap || m.activities.length > 0)], [13, false]);
    assert.equal(o.lastActivity, undefined);
    assert.deepEqual(o.phishing, []);
    assert.equal(o.phishingSummary, undefined);
    assert.equal(o.trainingOverdue, undefined);
  });
});
