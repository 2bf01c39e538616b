import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { applied, excluded, soa } from './soa';

const mine = ofCode('ISMS922');
const TODAY = '2026-11-25';

describe('ISMS922 soa-justification-missing', () => {
  it('reports an included and an excluded control without justification, at the control, saying which is asked for', () => {
    const files = {
      'isms.yaml': config(),
      'soa.yaml': soa(['control: A.8.17, applicable: true, implementation: implemented', 'control: A.7.5, applicable: false']),
    };
    const [a, b, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.deepEqual([textAt(files, a), textAt(files, b)], ['A.8.17', 'A.7.5']);
    assert.equal(a.severity, 'warning');
    assert.match(
      a.message,
      /^The Statement of Applicability entry of A\.8\.17 has no ‘justification:’\. Say why it is included \(6\.1\.3 d\)/,
    );
    assert.match(b.message, /Say why it is excluded/);
  });

  it('does not fire for justified entries, applicable or not', () => {
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa([applied('A.8.17'), excluded('A.7.5')]) }, TODAY)), []);
  });

  it('edge: an empty justification is none; without `applicable:` it asks for either', () => {
    const files = {
      'isms.yaml': config(),
      'soa.yaml': soa(['control: A.5.1, applicable: true, implementation: implemented, justification: "  "', 'control: A.5.2']),
    };
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 2);
    assert.match(found[1].message, /Say why it is included or excluded/);
  });
});
