import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS303';
const mine = ofCode(CODE);

const register = (extra: string[], status = 'open', cfg = config()): Record<string, string> => ({
  'isms.yaml': cfg,
  'registers/corrective-actions.yaml': [
    'isms: corrective-actions',
    'records:',
    '  - id: CA-2026-004',
    '    raised: 2026-03-14',
    '    owner: Sam Smith',
    '    due: 2026-09-30',
    `    status: ${status}`,
    ...extra,
    '',
  ].join('\n'),
});

describe('ISMS303 corrective-action-stale', () => {
  it('reports an open action not followed up for more than 30 days, at its `updated:` key, naming the owner', () => {
    const files = register(['    updated: 2026-04-02']);
    const found = mine(check(files, '2026-05-03'));
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 11 } });
    assert.equal(textAt(files, d), 'updated');
    assert.match(
      d.message,
      /CA-2026-004 was last followed up on 2026-04-02, 31 days ago \(follow-up every 30 days\)\. Check progress with Sam Smith/,
    );
    assert.deepEqual(d.data, { fix: 'follow-up-corrective-action', caId: 'CA-2026-004' });
  });

  it('does not fire after a recent follow-up', () => {
    assert.deepEqual(mine(check(register(['    updated: 2026-04-20']), '2026-05-03')), []);
  });

  it('edge: exactly follow-up-days (30) is not stale yet', () => {
    assert.deepEqual(mine(check(register(['    updated: 2026-04-02']), '2026-05-02')), []);
  });

  it('edge: without `updated:` the raised date counts, reported at the id', () => {
    const files = register([]);
    const [d] = mine(check(files, '2026-04-20'));
    assert.equal(textAt(files, d), 'CA-2026-004');
    assert.match(d.message, /last followed up on 2026-03-14, 37 days ago/);
  });

  it('edge: follow-up-days from isms.yaml; closed actions are never stale', () => {
    assert.deepEqual(
      mine(check(register(['    updated: 2026-04-02'], 'open', config('corrective-action: { follow-up-days: 60 }\n')), '2026-05-03')),
      [],
    );
    assert.deepEqual(mine(check(register(['    updated: 2026-01-02', '    effectiveness: Re-tested'], 'closed'), '2026-05-03')), []);
  });
});
