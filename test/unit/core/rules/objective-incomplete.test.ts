import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { COMPLETE, objectives } from './objectives';

const mine = ofCode('ISMS911');

describe('ISMS911 objective-incomplete', () => {
  it('reports an objective without owner, target and plan, at its id, naming each with its 6.2 letter', () => {
    const files = { 'isms.yaml': config(), 'objectives.yaml': objectives('measure: Share of staff who report') };
    const [d, ...rest] = mine(check(files, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(textAt(files, d), 'OBJ-1');
    assert.equal(
      d.message,
      'Objective OBJ-1 (Phishing resilience) has no ‘owner:’ (who is responsible, 6.2 j), ' +
        'no ‘target:’ (a number to measure against, 6.2 b), no ‘plan:’ (what will be done, 6.2 h). Add them.',
    );
  });

  it('does not fire for an objective with owner, target and plan', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': objectives(...COMPLETE) }, '2026-11-25')), []);
  });

  it('edge: a target written as text ("60%") is not a target; a target of 0 is one', () => {
    const text = COMPLETE.map((l) => (l.startsWith('target') ? 'target: "60%"' : l));
    const [d] = mine(check({ 'isms.yaml': config(), 'o.yaml': objectives(...text) }, '2026-11-25'));
    assert.match(d.message, /has no ‘target:’ \(a number to measure against, 6\.2 b\)\. Add it\./);
    const zero = COMPLETE.map((l) => (l.startsWith('target') ? 'target: 0' : l));
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': objectives(...zero) }, '2026-11-25')), []);
  });
});
