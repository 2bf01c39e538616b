import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS941';
const TODAY = '2026-11-25';
const mine = ofCode(CODE);

const risks = (...lines: string[]): Record<string, string> => ({
  'isms.yaml': config(),
  'registers/risks.yaml': [
    'isms: risks',
    'records:',
    '  - id: R-021',
    '    title: Leaked API keys',
    '    reviewed: 2026-09-22',
    ...lines,
    '',
  ].join('\n'),
});

describe('ISMS941 risk-owner-missing', () => {
  it('reports a risk without an owner, at its id, as a warning', () => {
    const files = risks('    status: open');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.equal(textAt(files, d), 'R-021');
    assert.equal(
      d.message,
      'Risk R-021 (Leaked API keys) has no owner. Name the person accountable for managing it in ‘owner:’ (6.1.2 c 2: the risk owners are identified).',
    );
  });

  it('does not fire for a risk with an owner', () => {
    assert.deepEqual(mine(check(risks('    owner: Sam Smith', '    status: open'), TODAY)), []);
  });

  it('edge: an empty owner is no owner; a risk without a status is in force', () => {
    assert.equal(mine(check(risks('    owner: ""'), TODAY)).length, 1);
    assert.equal(mine(check(risks('    owner:'), TODAY)).length, 1);
  });

  it('edge: a closed risk needs no owner, and an unreadable status concludes nothing', () => {
    assert.deepEqual(mine(check(risks('    status: closed'), TODAY)), []);
    assert.deepEqual(mine(check(risks('    status: Closed'), TODAY)), [], 'canonical after the vocabulary core');
    assert.deepEqual(mine(check(risks('    status: archived'), TODAY)), [], 'unreadable: ISMS006 speaks, not this rule');
  });
});
