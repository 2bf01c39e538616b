import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { COMPLETE, objectives } from './objectives';

const mine = ofCode('ISMS912');

describe('ISMS912 objective-not-measured', () => {
  it('reports an objective whose latest result is older than its cadence, at that result', () => {
    const files = {
      'isms.yaml': config(),
      'o.yaml': objectives(
        ...COMPLETE,
        'cadence-months: 3',
        'results:',
        '  - { date: 2026-03-16, value: 41 }',
        '  - { date: 2026-06-15, value: 52 }',
      ),
    };
    const [d, ...rest] = mine(check(files, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), '{ date: 2026-06-15, value: 52 }');
    assert.match(d.message, /was last measured on 2026-06-15; with ‘cadence-months: 3’ the next result was due by 2026-09-15/);
  });

  it('does not fire within the cadence, or for an objective without a cadence', () => {
    const recent = objectives(...COMPLETE, 'cadence-months: 3', 'results:', '  - { date: 2026-09-15, value: 61 }');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': recent }, '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': objectives(...COMPLETE, 'results: []') }, '2026-11-25')), []);
  });

  it('edge: no result yet is information at the cadence; results are taken by date, not by order; a future result does not count', () => {
    const files = { 'isms.yaml': config(), 'o.yaml': objectives(...COMPLETE, 'cadence-months: 1') };
    const [d] = mine(check(files, '2026-11-25'));
    assert.equal(d.severity, 'information');
    assert.equal(textAt(files, d), '1');
    const unordered = objectives(
      ...COMPLETE,
      'cadence-months: 1',
      'results:',
      '  - { date: 2026-11-02, value: 61 }',
      '  - { date: 2026-01-05, value: 40 }',
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': unordered }, '2026-11-25')), []);
    const ahead = objectives(
      ...COMPLETE,
      'cadence-months: 1',
      'results:',
      '  - { date: 2026-08-01, value: 50 }',
      '  - { date: 2026-12-01, value: 70 }',
    );
    assert.equal(mine(check({ 'isms.yaml': config(), 'o.yaml': ahead }, '2026-11-25')).length, 1);
  });
});
