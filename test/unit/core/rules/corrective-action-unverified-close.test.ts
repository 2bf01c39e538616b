import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS304';
const TODAY = '2026-06-01';
const mine = ofCode(CODE);

const register = (status: string, effectiveness?: string): Record<string, string> => ({
  'isms.yaml': config(),
  'registers/corrective-actions.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - id: CA-2026-004',
    '    owner: Sam Smith',
    '    due: 2026-04-30',
    `    status: ${status}`,
    '    correction: Disabled the three leaver accounts found',
    '    root-cause: No HR-to-IT leaver notification',
    '    action: Leaver ticket raised automatically by the HR system',
    ...(effectiveness === undefined ? [] : [`    effectiveness:${effectiveness}`]),
    '',
  ].join('\n'),
});

describe('ISMS304 corrective-action-unverified-close', () => {
  it('reports a closed action without an effectiveness review, at its status, as an error', () => {
    const files = register('closed');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 5, character: 12 }, end: { line: 5, character: 18 } });
    assert.equal(textAt(files, d), 'closed');
    assert.match(d.message, /CA-2026-004 is closed without ‘effectiveness:’/);
    assert.deepEqual(d.data, { fix: 'record-effectiveness', caId: 'CA-2026-004' });
  });

  it('does not fire for a closed action with its effectiveness review', () => {
    assert.deepEqual(mine(check(register('closed', ' Sampled 20 leavers in May; all removed within 24 hours'), TODAY)), []);
  });

  it('edge: an empty `effectiveness:` is no review; `verified` needs it too', () => {
    assert.equal(mine(check(register('closed', ''), TODAY)).length, 1);
    assert.match(mine(check(register('verified'), TODAY))[0].message, /is verified without/);
  });

  it('edge: implemented (not yet closed) may wait for its effectiveness review', () => {
    assert.deepEqual(mine(check(register('implemented'), TODAY)), []);
    assert.deepEqual(mine(check(register('open'), TODAY)), []);
  });
});
