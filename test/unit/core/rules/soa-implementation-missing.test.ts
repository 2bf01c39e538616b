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
        'Add `implementation:` (implemented | partial | planned | not-implemented).',
    );
  });

  it('does not fire with a status, whatever it is, nor for an excluded control', () => {
    const entries = ['planned', 'not-implemented'].map(
      (s, i) => `control: A.5.${i + 1}, applicable: true, implementation: ${s}, justification: x`,
    );
    assert.deepEqual(mine(check({ 'isms.yaml': config(), 'soa.yaml': soa([...entries, excluded('A.7.5')]) }, TODAY)), []);
  });

  it('edge: `applicable: "yes"` is not a boolean (ISMS006 says so), so no status is asked for', () => {
    const diags = check({ 'isms.yaml': config(), 'soa.yaml': soa(['control: A.5.8, applicable: "yes", justification: x']) }, TODAY);
    assert.deepEqual(mine(diags), []);
    assert.ok(diags.some((d) => d.code === 'ISMS006'));
  });
});
