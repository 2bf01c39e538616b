import * as assert from 'node:assert/strict';
import { check, config, ofCode, textAt } from '../../support/memory';

const CODE = 'ISMS302';
const TODAY = '2026-03-20';
const mine = ofCode(CODE);

const FULL = ['    owner: Sam Smith', '    due: 2026-04-30', '    root-cause: No HR-to-IT leaver notification'];
const register = (fields: string[], status = 'open', settings = ''): Record<string, string> => ({
  'isms.yaml': config(settings),
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
    assert.match(d.message, /CA-2026-004 is open without an owner \(‘owner:’\), a root cause \(10\.2 b\) \(‘root-cause:’\)\. Add them/);
    assert.doesNotMatch(d.message, /due date/);
  });

  it('does not fire when owner, due date and root cause are there', () => {
    assert.deepEqual(mine(check(register(FULL), TODAY)), []);
  });

  it('edge: a blank owner is no owner', () => {
    const [d] = mine(check(register(['    owner: "  "', FULL[1], FULL[2]]), TODAY));
    assert.match(d.message, /without an owner \(‘owner:’\)\. Add it/);
  });

  it('edge: an implemented, verified or closed action is no longer followed up by this rule', () => {
    for (const status of ['implemented', 'verified', 'closed']) assert.deepEqual(mine(check(register([], status), TODAY)), [], status);
    assert.equal(mine(check(register([], 'in-progress'), TODAY)).length, 1);
  });

  describe('root-cause grace (corrective-action.root-cause-days)', () => {
    const OWNED = [FULL[0], FULL[1]];
    it('day 0 and day 30: the root cause is not asked for yet', () => {
      assert.deepEqual(mine(check(register([...OWNED, '    raised: 2026-03-20']), TODAY)), []);
      assert.deepEqual(mine(check(register([...OWNED, '    raised: 2026-02-18']), TODAY)), []);
    });

    it('day 31: the root cause is asked for, and only it', () => {
      const found = mine(check(register([...OWNED, '    raised: 2026-02-17']), TODAY));
      assert.equal(found.length, 1);
      assert.match(found[0].message, /without a root cause \(10\.2 b\) \(‘root-cause:’\)\. Add it/);
    });

    it('within the grace an action still needs its owner and due date', () => {
      const [d] = mine(check(register(['    raised: 2026-03-20']), TODAY));
      assert.match(d.message, /without an owner \(‘owner:’\), a due date \(‘due:’\)\. Add them/);
      assert.doesNotMatch(d.message, /root cause/);
    });

    it('the setting is honoured: 7 days fire on day 8, 60 days hold on day 31', () => {
      const settings = (days: number): string => `corrective-action:\n  root-cause-days: ${days}\n`;
      assert.equal(mine(check(register([...OWNED, '    raised: 2026-03-12'], 'open', settings(7)), TODAY)).length, 1);
      assert.deepEqual(mine(check(register([...OWNED, '    raised: 2026-03-13'], 'open', settings(7)), TODAY)), []);
      assert.deepEqual(mine(check(register([...OWNED, '    raised: 2026-02-17'], 'open', settings(60)), TODAY)), []);
    });

    it('edge: without a readable raised date there is nothing to count from, so the root cause is asked for', () => {
      assert.equal(mine(check(register(OWNED), TODAY)).length, 1);
      assert.equal(mine(check(register([...OWNED, '    raised: 2026-02-30']), TODAY)).length, 1);
    });
  });
});

describe('ISMS302 and a cancelled corrective action (issue 16.1)', () => {
  it('reports a cancelled action without `cancel-reason:`, at its status, and asks nothing else of it', () => {
    const files = register([], 'cancelled');
    const found = mine(check(files, TODAY));
    assert.equal(found.length, 1);
    assert.equal(textAt(files, found[0]), 'cancelled');
    assert.match(found[0].message, /CA-2026-004 is cancelled without a ‘cancel-reason’\. Say why it was withdrawn/);
    assert.deepEqual(
      check(files, TODAY).filter((d) => d.code === 'ISMS006'),
      [],
    );
  });

  it('a cancelled action with its reason is complete, though it has no owner, due date or root cause', () => {
    assert.deepEqual(mine(check(register(['    cancel-reason: Superseded by CA-2026-007'], 'cancelled'), TODAY)), []);
  });

  it('an action whose status cannot be read is not asked for what an open one needs', () => {
    assert.deepEqual(mine(check(register([], 'whatever'), TODAY)), []);
  });
});
