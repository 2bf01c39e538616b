import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';
import { excluded, soa } from './soa';

const mine = ofCode('ISMS923');
const TODAY = '2026-11-25';

describe('ISMS923 soa-implementation-missing', () => {
  it('reports an applicable control without implementation status, at the control', () => {
    const files = { 'isms.yaml': config(), 'soa.yaml': soa(['control: A.5.8, applicable: true, justification: Every project']) };
    const [d, ...rest] = mine(check(files, TODAY));
    assert.deepEqual(rest, []);
    assert.equal(textAt(files, d), 'A.5.8');
    assert.equal(
      d.message,
      'A.5.8 is applicable but the Statement of Applicability does not say whether it is implemented. ' +
        'Add ‘implementation:’ (implemented | partial | planned | not-implemented).',
    );
  });

  it('does not fire with a status, whatever it is, nor for an excluded control', () => {
    const entries = ['planned', 'not-implemented'].map(
      (s, i) => `control: A.5.${i + 1}, applicable: true, implementation: ${s}, justification: x`,
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa([...entries, excluded('A.7.5')]) }, TODAY)), []);
  });

  it('edge: `applicable: "Yes"` means true (model/vocabulary.ts), so the status is asked for; `"perhaps"` means nothing', () => {
    const yes = check({ 'isms.yaml': config(), 'soa.yaml': soa(['control: A.5.8, applicable: "Yes", justification: x']) }, TODAY);
    assert.equal(mine(yes).length, 1);
    assert.ok(!yes.some((d) => d.code === 'ISMS006'));
    const perhaps = check({ 'isms.yaml': config(), 'soa.yaml': soa(['control: A.5.8, applicable: perhaps, justification: x']) }, TODAY);
    assert.deepEqual(mine(perhaps), []);
    assert.ok(perhaps.some((d) => d.code === 'ISMS006'));
  });
});
