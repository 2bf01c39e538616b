/** isms/status (src/server/requests/status.ts), answered in process. */
import * as assert from 'node:assert/strict';
import { statusRequest } from '../../../../src/server/requests/status';
import { contextOf, fixture } from '../../support/serverState';

describe('isms/status', () => {
  it('counts open and overdue actions, finds the next external audit and passes the problem totals on', () => {
    const status = statusRequest.handle(undefined, contextOf(fixture(), { errors: 2, warnings: 5 }));
    assert.deepEqual([status.ready, status.roots, status.today], [true, 1, '2026-06-01']);
    assert.deepEqual([status.openCorrectiveActions, status.overdueCorrectiveActions], [1, 1]);
    assert.deepEqual(
      [status.nextExternalAudit?.date, status.nextExternalAudit?.daysUntil, status.nextExternalAudit?.rootUri],
      ['2027-02-08', 252, 'file:///isms'],
    );
    assert.deepEqual([status.errors, status.warnings], [2, 5]);
  });

  it('waits for the check, so that the totals are those of the latest keystrokes', () => {
    assert.equal(statusRequest.waitFor, 'check');
  });
});
