import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS301';
const mine = ofCode(CODE);

const register = (due: string, status = 'open'): Record<string, string> => ({
  'isms.yaml': config(),
  'registers/corrective-actions.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - id: CA-2026-004',
    '    title: Remove leaver accounts within 24 hours',
    '    source: other',
    '    raised: 2026-03-14',
    '    owner: Sam Smith',
    `    due: ${due}`,
    `    status: ${status}`,
    '    root-cause: No HR-to-IT leaver notification',
    '',
  ].join('\n'),
});

describe('ISMS301 corrective-action-overdue', () => {
  it('reports an open corrective action past its due date, at the due date, with the follow-up fix data', () => {
    const files = register('2026-04-30');
    const found = mine(check(files, '2026-05-10'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 7, character: 9 }, end: { line: 7, character: 19 } });
    assert.equal(textAt(files, d), '2026-04-30');
    assert.match(d.message, /CA-2026-004 was due on 2026-04-30 \(10 days ago\) and is still open/);
    assert.deepEqual(d.data, { fix: 'corrective-action-overdue', caId: 'CA-2026-004' });
  });

  it('does not fire once it is implemented', () => {
    assert.deepEqual(mine(check(register('2026-04-30', 'implemented'), '2026-05-10')), []);
  });

  it('edge: due today is not overdue; the day after is', () => {
    assert.deepEqual(mine(check(register('2026-04-30'), '2026-04-30')), []);
    assert.equal(mine(check(register('2026-04-30'), '2026-05-01')).length, 1);
  });

  it('edge: in progress still runs against its due date; verified and closed do not', () => {
    assert.match(mine(check(register('2026-04-30', 'in-progress'), '2026-05-10'))[0].message, /still in-progress/);
    assert.deepEqual(mine(check(register('2026-04-30', 'verified'), '2026-05-10')), []);
    assert.deepEqual(mine(check(register('2026-04-30', 'closed'), '2026-05-10')), []);
  });

  it('edge: month end: due 2026-01-31 is overdue on 2026-02-01', () => {
    assert.match(mine(check(register('2026-01-31'), '2026-02-01'))[0].message, /\(1 days? ago\)/);
  });
});

describe('ISMS301 and a status that is cancelled or cannot be read (issue 16.2)', () => {
  it('a cancelled action is never overdue', () => {
    const found = mine(check(register('2026-04-30', 'cancelled'), '2026-05-10'));
    assert.deepEqual(
      found.map((d) => d.message),
      [],
    );
  });

  it('an action whose status cannot be read is not called overdue (ISMS006 reports the value once)', () => {
    const all = check(register('2026-04-30', 'whatever'), '2026-05-10');
    assert.deepEqual(mine(all), []);
    assert.deepEqual(
      all.filter((d) => d.code === 'ISMS006').map((d) => d.message.slice(0, 38)),
      ['‘status: whatever’ is not allowed. Use'],
    );
    assert.deepEqual(
      all.filter((d) => ['ISMS302', 'ISMS303', 'ISMS304'].includes(d.code)),
      [],
    );
  });
});
