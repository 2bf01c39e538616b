import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS964';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const evidence = (...rows: string[]): string => ['isms: evidence', 'records:', ...rows.map((r) => `  - ${r}`), ''].join('\n');

describe('ISMS964 evidence-effective-in-future', () => {
  it('reports evidence effective after today, at effective', () => {
    const files = {
      'isms.yaml': config(),
      'e.yaml': evidence('{ id: EV-1, title: Pen test 2026, controls: [A.8.8], effective: 2026-12-01 }'),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(files, found[0]), '2026-12-01');
    assert.match(
      found[0].message,
      /^Evidence EV-1 \(Pen test 2026\) is effective on 2026-12-01, in 6 days: evidence records work already done/,
    );
  });

  it('does not fire for today or earlier, nor for a missing or unreadable date', () => {
    const files = (effective: string): Record<string, string> => ({
      'isms.yaml': config(),
      'e.yaml': evidence(`{ id: EV-1, controls: [A.8.8]${effective} }`),
    });
    assert.deepEqual(mine(check(files(', effective: 2026-11-25'), TODAY)), []);
    assert.deepEqual(mine(check(files(', effective: 2026-11-24'), TODAY)), []);
    assert.deepEqual(mine(check(files(''), TODAY)), []);
    assert.deepEqual(mine(check(files(', effective: 2027-02-29'), TODAY)), []);
    assert.deepEqual(mine(check(files(', effective: next week'), TODAY)), []);
  });

  it('edge: reads an alias (performed:) and the leap day', () => {
    const files = { 'isms.yaml': config(), 'e.yaml': evidence('{ id: EV-1, controls: [A.8.8], performed: 2028-02-29 }') };
    assert.match(mine(check(files, '2028-02-28'))[0].message, /effective on 2028-02-29, tomorrow/);
    assert.deepEqual(mine(check(files, '2028-02-29')), []);
  });
});
