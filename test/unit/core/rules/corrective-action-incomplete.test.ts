import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS302';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const FULL = ['    owner: Sam Smith', '    due: 2026-04-30', '    root-cause: No HR-to-IT leaver notification'];
const register = (fields: string[], status = 'open'): Record<string, string> => ({
  'isms.yaml': config(),
  'registers/corrective-actions.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - id: CA-2026-004',
    '    source: other',
    `    status: ${status}`,
    ...fields,
    '',
  ].join('\n'),
});

describe('ISMS302 corrective-action-incomplete', () => {
  it('reports an open corrective action without owner and root cause, at its id, naming what is missing', () => {
    const files = register(['    due: 2026-04-30']);
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 19 } });
    assert.equal(textAt(files, d), 'CA-2026-004');
    assert.match(d.message, /CA-2026-004 is open without an owner \(`owner:`\), a root cause \(10\.2 b\) \(`root-cause:`\)\. Add them/);
    assert.doesNotMatch(d.message, /due date/);
  });

  it('does not fire when owner, due date and root cause are there', () => {
    assert.deepEqual(mine(check(register(FULL), TODAY)), []);
  });

  it('edge: a blank owner is no owner', () => {
    const [d] = mine(check(register(['    owner: "  "', FULL[1], FULL[2]]), TODAY));
    assert.match(d.message, /without an owner \(`owner:`\)\. Add it/);
  });

  it('edge: an implemented, verified or closed action is no longer followed up by this rule', () => {
    for (const status of ['implemented', 'verified', 'closed']) assert.deepEqual(mine(check(register([], status), TODAY)), [], status);
    assert.equal(mine(check(register([], 'in-progress'), TODAY)).length, 1);
  });
});
