import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { COMPLETE, objectives } from './objectives';

const mine = ofCode('ISMS913');

describe('ISMS913 objective-target-missed', () => {
  it('reports a latest result below an at-least target, at the result', () => {
    const files = {
      'isms.yaml': config(),
      'o.yaml': objectives(...COMPLETE, 'results:', '  - { date: 2026-03-16, value: 65 }', '  - { date: 2026-09-14, value: 52 }'),
    };
    const [d, ...rest] = mine(check(files, '2026-11-25'));
    assert.deepEqual(rest, []);
    assert.equal(textAt(files, d), '{ date: 2026-09-14, value: 52 }');
    assert.match(d.message, /missed its target: 52% on 2026-09-14, against at least 60%\..*9\.3\.2 d 4/);
  });

  it('does not fire when the latest result meets the target (an earlier miss is history), or without results', () => {
    const met = objectives(...COMPLETE, 'results:', '  - { date: 2026-03-16, value: 41 }', '  - { date: 2026-09-14, value: 60 }');
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': met }, '2026-11-25')), []);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': objectives(...COMPLETE) }, '2026-11-25')), []);
  });

  it('edge: an at-most target is missed by a value above it and met by one equal to it', () => {
    const atMost = (value: number): string =>
      objectives(
        'owner: Sam Smith',
        'target: 7',
        'direction: at-most',
        'unit: days',
        'plan: Patch pipeline',
        'results:',
        `  - { date: 2026-10-01, value: ${value} }`,
      );
    const [d] = mine(check({ 'isms.yaml': config(), 'o.yaml': atMost(9) }, '2026-11-25'));
    assert.match(d.message, /9 days on 2026-10-01, against at most 7 days/);
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'o.yaml': atMost(7) }, '2026-11-25')), []);
  });
});

describe('ISMS913 and a direction that cannot be read (issue 16.2)', () => {
  it('does not say "missed" when it cannot read whether the target is a floor or a ceiling', () => {
    const lines = ['owner: Jordan Blake', 'target: 60', 'direction: higher', 'unit: "%"', 'plan: Quarterly simulations'];
    const files = { 'isms.yaml': config(), 'o.yaml': objectives(...lines, 'results:', '  - { date: 2026-09-14, value: 52 }') };
    const all = check(files, '2026-11-25');
    assert.deepEqual(mine(all), []);
    assert.deepEqual(
      all.filter((d) => d.code === 'ISMS006').map((d) => textAt(files, d)),
      ['higher'],
    );
  });
});
