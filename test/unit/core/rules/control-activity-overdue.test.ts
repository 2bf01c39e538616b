import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS965';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const activities = (...rows: string[]): string => ['isms: control-activities', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const evidence = (...rows: string[]): string => ['isms: evidence', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');
const RESTORE = '{ id: ACT-R, title: Restore test, controls: [A.8.13], schedule: monthly, day: 31, start: 2026-08-01 }';
const proof = (id: string, date: string): string => `{ id: ${id}, activity: ACT-R, effective: ${date}, valid-months: 1 }`;

describe('ISMS965 control-activity-overdue', () => {
  it('reports an activity whose last due occurrence is past and unproven: due date, days, earlier unproven occurrences', () => {
    const files = {
      'isms.yaml': config(),
      'registers/control-activities.yaml': activities(RESTORE),
      'registers/evidence.yaml': evidence(proof('EV-1', '2026-09-29')),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), 'ACT-R');
    // due 2026-08-31 (unproven), 2026-09-30 (proven by 09-29), 2026-10-31 (unproven)
    assert.equal(
      found[0].message,
      'Control activity ACT-R (Restore test) was due on 2026-10-31 (25 days ago; every month on day 31) and no evidence proves it. 1 earlier occurrence is not proven either. Do it and record the evidence with ‘activity: ACT-R’ and the day it was done; the next due date stays 2026-11-30.',
    );
  });

  it('does not fire when the last due occurrence is proven, on the due day itself, or before the first occurrence', () => {
    const files = (...proofs: string[]): Record<string, string> => ({
      'isms.yaml': config(),
      'a.yaml': activities(RESTORE),
      'e.yaml': evidence(...proofs),
    });
    const proven = files(proof('EV-0', '2026-08-31'), proof('EV-1', '2026-09-30'), proof('EV-2', '2026-10-30'));
    assert.deepEqual(mine(check(proven, TODAY)), []);
    // one piece of evidence between two due dates proves the earlier, still open one (done late): October stays open
    assert.equal(mine(check(files(proof('EV-2', '2026-10-30')), TODAY)).length, 1);
    assert.deepEqual(mine(check(files(), '2026-10-31')), []); // due today: the day is not over
    assert.equal(mine(check(files(), '2026-11-01')).length, 1);
    assert.deepEqual(mine(check(files(), '2026-08-30')), []);
  });

  it('never concludes overdue from an unreadable or missing schedule or start (ISMS006 / ISMS002 report those)', () => {
    for (const row of [
      '{ id: ACT-1, controls: [A.8.13], schedule: now and then, start: 2026-01-01 }',
      '{ id: ACT-2, controls: [A.8.13], schedule: monthly, start: 2026-02-30 }',
      '{ id: ACT-3, controls: [A.8.13], schedule: monthly }',
      '{ id: ACT-4, controls: [A.8.13], start: 2026-01-01 }',
      '{ id: ACT-5, controls: [A.8.13], schedule: monthly, day: 32, start: 2026-01-01 }',
    ])
      assert.deepEqual(mine(check({ 'isms.yaml': config(), 'a.yaml': activities(row) }, TODAY)), [], row);
  });

  it('edge: month ends and leap days — a monthly activity from 31 January falls due on 29 February in a leap year', () => {
    const files = {
      'isms.yaml': config(),
      'a.yaml': activities('{ id: ACT-M, controls: [A.8.13], schedule: monthly, start: 2028-01-31 }'),
    };
    assert.deepEqual(mine(check(files, '2028-02-29')), []);
    assert.match(mine(check(files, '2028-03-01'))[0].message, /was due on 2028-02-29 \(1 day ago; every month\)/);
    const yearly = { 'isms.yaml': config(), 'a.yaml': activities('{ id: ACT-Y, controls: [A.8.8], schedule: yearly, start: 2024-02-29 }') };
    // 2024-02-29 + 12 months = 2025-02-28
    assert.match(mine(check(yearly, '2025-03-01'))[0].message, /was due on 2025-02-28 \(1 day ago; every year\)/);
  });

  it('a late occurrence proves the one it was late for, and the plan does not move', () => {
    const files = {
      'isms.yaml': config(),
      'a.yaml': activities(RESTORE),
      'e.yaml': evidence(proof('EV-1', '2026-08-30'), proof('EV-2', '2026-09-29'), proof('EV-3', '2026-11-03')),
    };
    // EV-3 (3 November) proves the October occurrence, done late; the next is still due on 30 November
    assert.deepEqual(mine(check(files, TODAY)), []);
    assert.match(mine(check(files, '2026-12-01'))[0].message, /was due on 2026-11-30 \(1 day ago/);
  });
});
