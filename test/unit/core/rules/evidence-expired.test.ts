import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS961';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const evidence = (...rows: string[]): string => ['isms: evidence', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const activities = (...rows: string[]): string => ['isms: control-activities', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const PENTEST_2025 = '{ id: EV-1, title: Pen test 2025, controls: [A.8.8, A.8.29], effective: 2025-10-20, valid-until: 2026-10-31 }';

describe('ISMS961 evidence-expired', () => {
  it('reports evidence whose last valid day is past, once, at valid-until, naming the day and the controls', () => {
    const files = { 'isms.yaml': config(), 'registers/evidence.yaml': evidence(PENTEST_2025) };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '2026-10-31');
    assert.match(
      found[0].message,
      /^Evidence EV-1 \(Pen test 2025\) was valid until 2026-10-31 \(25 days ago\) and needs renewal: it no longer shows that A\.8\.8, A\.8\.29 operate\./,
    );
  });

  it('does not fire on the last valid day, nor for evidence with no end, nor for future or unreadable evidence', () => {
    const files = (row: string): Record<string, string> => ({ 'isms.yaml': config(), 'e.yaml': evidence(row) });
    assert.deepEqual(mine(check(files(PENTEST_2025), '2026-10-31')), []);
    assert.equal(mine(check(files(PENTEST_2025), '2026-11-01')).length, 1);
    assert.deepEqual(mine(check(files('{ id: EV-2, controls: [A.5.1], effective: 2020-01-01 }'), TODAY)), []);
    assert.deepEqual(mine(check(files('{ id: EV-3, controls: [A.5.1], effective: 2027-01-01, valid-months: 1 }'), TODAY)), []);
    // unreadable values conclude nothing: ISMS002 / ISMS006 report them
    assert.deepEqual(mine(check(files('{ id: EV-4, controls: [A.5.1], effective: 2025-02-30, valid-months: 1 }'), TODAY)), []);
    assert.deepEqual(mine(check(files('{ id: EV-5, controls: [A.5.1], effective: 2025-01-01, valid-until: soon }'), TODAY)), []);
    assert.deepEqual(mine(check(files('{ id: EV-6, controls: [A.5.1], effective: 2025-01-01, valid-months: 0 }'), TODAY)), []);
  });

  it('reads valid-months from effective with the month end held (leap day), and points at valid-months', () => {
    const files = { 'isms.yaml': config(), 'e.yaml': evidence('{ id: EV-7, controls: [A.5.1], effective: 2024-02-29, valid-months: 12 }') };
    // 2024-02-29 + 12 months = 2025-02-28, the last valid day
    assert.deepEqual(mine(check(files, '2025-02-28')), []);
    const [d] = mine(check(files, '2025-03-01'));
    assert.match(d.message, /valid until 2025-02-28 \(1 day ago\)/);
    assert.equal(textAt(files, d), '12');
    const monthEnd = {
      'isms.yaml': config(),
      'e.yaml': evidence('{ id: EV-8, controls: [A.5.1], effective: 2026-01-31, valid-months: 1 }'),
    };
    assert.deepEqual(mine(check(monthEnd, '2026-02-28')), []);
    assert.equal(mine(check(monthEnd, '2026-03-01')).length, 1);
  });

  it('does not fire when newer current evidence covers the same controls; fires when it covers only some', () => {
    const pentest2026 = '{ id: EV-9, title: Pen test 2026, controls: [A.8.29, A.8.8, A.5.1], effective: 2026-11-01, valid-months: 12 }';
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(PENTEST_2025, pentest2026) }, TODAY)), []);
    const partial = '{ id: EV-10, controls: [A.8.8], effective: 2026-11-01, valid-months: 12 }';
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(PENTEST_2025, partial) }, TODAY)).map((d) => d.message.split(' ')[1]),
      ['EV-1'],
    );
    // an older piece of evidence, or one dated the same day, takes no one's place
    const older = '{ id: EV-11, controls: [A.8.8, A.8.29], effective: 2025-10-20, valid-months: 24 }';
    assert.equal(mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(PENTEST_2025, older) }, TODAY)).length, 1);
  });

  it('of a line that ran out, reports only the newest; future or unreadable evidence supersedes nothing', () => {
    const q1 = '{ id: EV-Q1, controls: [A.5.18], effective: 2026-01-20, valid-months: 3 }';
    const q2 = '{ id: EV-Q2, controls: [A.5.18], effective: 2026-04-14, valid-months: 3 }';
    assert.deepEqual(
      mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(q1, q2) }, TODAY)).map((d) => d.message.split(' ')[1]),
      ['EV-Q2'],
    );
    const future = '{ id: EV-F, controls: [A.8.8, A.8.29], effective: 2026-12-01, valid-months: 12 }';
    const unreadable = '{ id: EV-U, controls: [A.8.8, A.8.29], effective: 2026-11-01, valid-months: twelve }';
    assert.equal(mine(check({ 'isms.yaml': config(), 'e.yaml': evidence(PENTEST_2025, future, unreadable) }, TODAY)).length, 1);
  });

  it('leaves evidence of a scheduled activity to the activity (ISMS965), but not when its schedule is unreadable', () => {
    const act = (schedule: string): string => activities(`{ id: ACT-1, controls: [A.8.13], schedule: ${schedule}, start: 2026-08-01 }`);
    const ev = evidence('{ id: EV-R, activity: ACT-1, effective: 2026-09-29, valid-months: 1 }');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': act('monthly'), 'e.yaml': ev }, TODAY)), []);
    assert.equal(mine(check({ 'isms.yaml': config(), 'a.yaml': act('now and then'), 'e.yaml': ev }, TODAY)).length, 1);
    // and the activity named but not recorded: the evidence speaks for itself
    assert.equal(mine(check({ 'isms.yaml': config(), 'e.yaml': ev }, TODAY)).length, 1);
  });

  it('can be switched off or raised by isms.rules', () => {
    const files = { 'isms.yaml': config(), 'e.yaml': evidence(PENTEST_2025) };
    assert.deepEqual(mine(check(files, TODAY, { ISMS961: 'off' })), []);
    assert.equal(mine(check(files, TODAY, { 'evidence-expired': 'error' }))[0].severity, 'error');
  });
});
