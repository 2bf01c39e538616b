/**
 * One state per applicable control (issue 18.4): each state of docs/format.md "Control states", the order
 * in which they win, the corrective actions that concern a control, and the overview on a small ISMS and
 * on the sample (examples/acme at 2026-11-25).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadIsmsFolder } from '../../../../src/core';
import {
  controlState,
  controlsOverview,
  correctiveActionControls,
  stateCounts,
  type ControlFacts,
  type ControlOverview,
  type ControlsOverview,
} from '../../../../src/core/controls/controlState';
import { nodeFileHost } from '../../../../src/node/fsHost';
import { config, workspaceOf } from '../../support/memory';

const facts = (f: Partial<ControlFacts> = {}): ControlFacts => ({
  implementation: 'implemented',
  evidence: [],
  activities: [],
  correctiveActions: [],
  documents: [],
  ...f,
});
const current = { id: 'EV-1', state: 'current' as const, validUntil: '2027-06-30', daysLeft: 200 };
const renewal = { id: 'EV-2', state: 'renewal-due' as const, validUntil: '2026-12-10', daysLeft: 15 };
const expired = { id: 'EV-3', state: 'expired' as const, validUntil: '2026-10-31', daysLeft: -25 };
const onTrack = { id: 'ACT-1', state: 'on-track' as const, lastDue: '2026-10-15', next: '2027-01-15' };
const overdue = { id: 'ACT-2', state: 'overdue' as const, lastDue: '2026-10-31', next: '2026-11-30', daysOverdue: 25 };
const dueToday = { id: 'ACT-3', state: 'due' as const, lastDue: '2026-11-25', next: '2026-12-25' };
const openCa = { id: 'CA-1', state: 'open' as const, due: '2027-01-31' };

const stateOf = (f: Partial<ControlFacts>) => controlState(facts(f)).state;

describe('controlState: one state per control', () => {
  describe('each state', () => {
    it('operating: current evidence, implemented, no open action', () => {
      assert.equal(stateOf({ evidence: [current] }), 'operating');
    });
    it('operating: an activity on track alone shows it operates', () => {
      assert.equal(stateOf({ activities: [onTrack] }), 'operating');
    });
    it('operating: evidence in its renewal window that an on-track activity renews, or that current evidence replaces', () => {
      assert.equal(stateOf({ evidence: [renewal], activities: [onTrack] }), 'operating');
      assert.equal(stateOf({ evidence: [renewal, current] }), 'operating');
    });
    it('operating: expired evidence replaced by current evidence is history, not a failure', () => {
      assert.equal(stateOf({ evidence: [expired, current] }), 'operating');
      assert.equal(stateOf({ evidence: [expired], activities: [onTrack] }), 'operating');
    });
    it('attention: the only valid evidence needs renewal', () => {
      const { state, reasons } = controlState(facts({ evidence: [renewal] }));
      assert.equal(state, 'attention');
      assert.equal(reasons[0].text, 'evidence EV-2 renewal due: valid until 2026-12-10 (15 days)');
    });
    it('attention: an activity falls due today', () => {
      assert.equal(stateOf({ activities: [dueToday] }), 'attention');
    });
    it('attention: implementation partial, planned, or not stated, though operating', () => {
      assert.equal(stateOf({ evidence: [current], implementation: 'partial' }), 'attention');
      assert.equal(stateOf({ evidence: [current], implementation: 'planned' }), 'attention');
      assert.equal(stateOf({ evidence: [current], implementation: undefined }), 'attention');
    });
    it('attention: an open corrective action concerns it', () => {
      const { state, reasons } = controlState(facts({ evidence: [current], correctiveActions: [openCa] }));
      assert.equal(state, 'attention');
      assert.equal(reasons[0].text, 'corrective action CA-1 open, due 2027-01-31');
    });
    it('not-shown: no evidence and no activity, whatever the documents say', () => {
      const { state, reasons } = controlState(facts({ documents: ['POL-001'] }));
      assert.equal(state, 'not-shown');
      assert.equal(reasons[0].text, 'no current evidence and no recurring activity on track');
      assert.ok(reasons.some((r) => r.text === 'implemented by POL-001' && r.weighs === undefined));
    });
    it('not-shown: evidence effective after today, or unreadable, shows nothing yet', () => {
      assert.equal(stateOf({ evidence: [{ id: 'EV-9', state: 'future', effective: '2027-01-01' }] }), 'not-shown');
      assert.equal(stateOf({ evidence: [{ id: 'EV-9', state: 'unknown' }] }), 'not-shown');
      assert.equal(stateOf({ activities: [{ id: 'ACT-9', state: 'not-started', next: '2027-01-01' }] }), 'not-shown');
    });
    it('not-tracked: nothing shows it operates, but evidence.expected-for lists other controls', () => {
      const { state, reasons } = controlState(facts({ expected: false }));
      assert.equal(state, 'not-tracked');
      assert.match(reasons[0].text, /not expected yet \(evidence\.expected-for\)$/);
      // never better than what is known: a partial implementation still asks for attention, and evidence still counts
      assert.equal(stateOf({ expected: false, implementation: 'partial' }), 'attention');
      assert.equal(stateOf({ expected: false, evidence: [current] }), 'operating');
      assert.equal(stateOf({ expected: false, activities: [overdue] }), 'failing');
    });
    it('failing: an activity overdue', () => {
      const { state, reasons } = controlState(facts({ activities: [overdue] }));
      assert.equal(state, 'failing');
      assert.equal(reasons[0].text, 'activity ACT-2 overdue: the occurrence due 2026-10-31 is not proven (25 days)');
    });
    it('failing: evidence expired and nothing replaced it', () => {
      const { state, reasons } = controlState(facts({ evidence: [expired] }));
      assert.equal(state, 'failing');
      assert.deepEqual(reasons[0], { weighs: 'failing', text: 'evidence EV-3 expired on 2026-10-31' });
    });
  });

  describe('the order: the worst state wins, and its reasons come first', () => {
    it('failing over not-shown over attention over operating', () => {
      const all = { evidence: [expired], activities: [overdue], implementation: 'partial', correctiveActions: [openCa] };
      assert.equal(stateOf(all), 'failing');
      assert.equal(stateOf({ implementation: 'planned', correctiveActions: [openCa] }), 'not-shown');
      assert.equal(stateOf({ evidence: [current], activities: [onTrack], correctiveActions: [openCa] }), 'attention');
    });
    it('an overdue activity fails the control even with current evidence of something else', () => {
      assert.equal(stateOf({ evidence: [current], activities: [overdue] }), 'failing');
    });
    it('reasons sorted worst first, notes (no state) last, otherwise in the order found', () => {
      const { reasons } = controlState(
        facts({ evidence: [current], implementation: 'partial', lastAudit: { id: 'IA-1', date: '2026-03-14' } }),
      );
      assert.deepEqual(
        reasons.map((r) => r.weighs ?? 'note'),
        ['attention', 'operating', 'note', 'note'],
      );
      assert.equal(reasons[3].text, 'last internal audit IA-1 on 2026-03-14');
    });
  });
});

const find = (o: ControlsOverview, id: string): ControlOverview | undefined =>
  o.standards.flatMap((s) => s.groups.flatMap((g) => g.controls)).find((c) => c.id === id);

describe('controlsOverview', () => {
  const ws = () =>
    workspaceOf({
      'isms.yaml': config('standards: [iso27001:2022]\n'),
      'soa.yaml': [
        'isms: soa',
        'records:',
        '  - { control: A.5.15, applicable: true, implementation: implemented, justification: x }',
        '  - { control: A.7.4, applicable: false, justification: no premises }',
        '  - { control: A.8.13, applicable: true, implementation: implemented, justification: x }',
        '  - { control: a.6.3, applicable: true, implementation: implemented, justification: x }',
        '',
      ].join('\n'),
      'evidence.yaml':
        'isms: evidence\nrecords:\n  - { id: EV-1, title: Training, controls: [A.6.3], effective: 2026-09-01, valid-months: 12 }\n',
      'audit.md':
        '---\nisms: internal-audit\nid: IA-1\nplanned: 2026-05-01\nperformed: 2026-05-01\nstatus: done\nscope: [A.8.13]\nfindings:\n  - { id: F-1, type: minor-nc, ref: A.8.13, text: no restore test }\n---\n',
      'incidents.yaml':
        'isms: incidents\nrecords:\n  - { id: INC-1, title: Leak, detected: 2026-10-01, severity: low, controls: [A.5.15], corrective-action: CA-2 }\n',
      'cas.yaml': [
        'isms: corrective-actions',
        'records:',
        '  - { id: CA-1, title: Restore tests, source: F-1, raised: 2026-05-02, owner: Sam, due: 2027-01-31, status: open }',
        '  - { id: CA-2, title: Leak, raised: 2026-10-02, owner: Sam, due: 2027-01-31, status: in-progress }',
        '  - { id: CA-3, title: Done, source: F-1, raised: 2026-05-02, owner: Sam, status: cancelled, cancel-reason: dup }',
        '',
      ].join('\n'),
    });

  it('lists the applicable controls only, by Annex A theme in catalogue order (ids read canonically)', () => {
    const o = controlsOverview(ws(), '2026-11-25');
    assert.equal(o.soa, true);
    assert.deepEqual(
      o.standards.map((s) => [s.key, s.groups.map((g) => [g.group, g.controls.map((c) => c.id)])]),
      [
        [
          'iso27001:2022',
          [
            ['organizational', ['A.5.15']],
            ['people', ['A.6.3']],
            ['technological', ['A.8.13']],
          ],
        ],
      ],
    );
    assert.deepEqual(stateCounts(o), { failing: 0, 'not-shown': 2, attention: 0, 'not-tracked': 0, operating: 1 });
  });

  it('links open corrective actions through the finding they answer and the incident that names them', () => {
    const w = ws();
    const cas = Object.fromEntries(w.records('corrective-action').map((ca) => [ca.id, correctiveActionControls(w, ca)]));
    assert.deepEqual(cas, { 'CA-1': ['A.8.13'], 'CA-2': ['A.5.15'], 'CA-3': ['A.8.13'] });
    const o = controlsOverview(w, '2026-11-25');
    assert.deepEqual(
      find(o, 'A.8.13')?.correctiveActions.map((c) => c.record.id),
      ['CA-1'],
    );
    assert.deepEqual(
      find(o, 'A.5.15')?.correctiveActions.map((c) => [c.record.id, c.state]),
      [['CA-2', 'open']],
    );
    assert.equal(find(o, 'A.8.13')?.lastAudit?.id, 'IA-1');
    assert.equal(find(o, 'A.6.3')?.state, 'operating');
  });

  it('without an SoA: no controls, and says so', () => {
    const o = controlsOverview(workspaceOf({ 'isms.yaml': config('standards: [iso27001:2022]\n') }), '2026-11-25');
    assert.deepEqual(o, { soa: false, standards: [] });
  });

  describe('on the sample (examples/acme, 2026-11-25)', () => {
    let o: ControlsOverview;
    before(async () => {
      o = controlsOverview(await loadIsmsFolder(nodeFileHost, path.resolve(__dirname, '../../../../../examples/acme')), '2026-11-25');
    });
    it('A.8.13 fails on the overdue restore test, A.8.8 on the expired penetration test', () => {
      assert.equal(find(o, 'A.8.13')?.state, 'failing');
      assert.match(find(o, 'A.8.13')!.reasons[0].text, /^activity ACT-RESTORE-TEST overdue/);
      assert.equal(find(o, 'A.8.8')?.state, 'failing');
    });
    it('A.5.15 operates on the access review; A.5.18 too, but partial and with an overdue action; A.5.23 needs renewal', () => {
      assert.equal(find(o, 'A.5.15')?.state, 'operating');
      const a518 = find(o, 'A.5.18')!;
      assert.equal(a518.state, 'attention');
      assert.deepEqual(
        a518.reasons.filter((r) => r.weighs === 'attention').map((r) => r.text),
        ['implementation partial (SoA)', 'corrective action CA-2026-004 overdue, due 2026-09-30'],
      );
      assert.equal(find(o, 'A.5.23')?.state, 'attention');
    });
    it('groups ISO/IEC 27001 by its four themes, then ISO/IEC 27701', () => {
      assert.deepEqual(
        o.standards.map((s) => s.key),
        ['iso27001:2022', 'iso27701:2019'],
      );
      assert.deepEqual(
        o.standards[0].groups.map((g) => g.group),
        ['organizational', 'people', 'physical', 'technological'],
      );
      assert.equal(find(o, 'A.7.5'), undefined, 'A.7.5 is not applicable in the sample');
    });
    it('A.8.16, listed in evidence.expected-for with nothing, is not shown (as ISMS966 says); unlisted A.8.1 is not tracked', () => {
      assert.equal(find(o, 'A.8.16')?.state, 'not-shown');
      assert.equal(find(o, 'A.8.1')?.state, 'not-tracked');
      assert.equal(stateCounts(o)['not-shown'], 1);
    });
  });
});
