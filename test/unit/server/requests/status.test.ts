/** isms/status (src/server/requests/status.ts), answered in process. */
import * as assert from 'node:assert/strict';
import { statusRequest } from '../../../../src/server/requests/status';
import { CA_REGISTER, contextOf, file, fixture } from '../../support/serverState';

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

describe('isms/status and actions that are cancelled or unreadable (issue 16.2)', () => {
  it('counts neither as open or overdue, so the status bar agrees with ISMS301 and the tree', () => {
    const extra = {
      'registers/more-cas.yaml': [
        'isms: corrective-actions',
        'records:',
        '  - { id: CA-X1, title: Withdrawn, due: 2026-01-01, status: cancelled, cancel-reason: Duplicate of CA-2026-001 }',
        '  - { id: CA-X2, title: Unreadable, due: 2026-01-01, status: whatever }',
        '',
      ].join('\n'),
    };
    const status = statusRequest.handle(undefined, contextOf(fixture(extra)));
    assert.deepEqual([status.openCorrectiveActions, status.overdueCorrectiveActions], [1, 1]);
  });
});

describe('isms/status while a register does not parse (issue 15.3)', () => {
  it('keeps counting the actions last read from it, and names it among the stale files', () => {
    const ws = fixture();
    ws.check({ today: '2026-06-01' });
    ws.setFile(file('registers/corrective-actions.yaml'), CA_REGISTER.replace('    owner: Sam Smith', '   owner: Sam Smith'));
    ws.check({ today: '2026-06-01' });
    const status = statusRequest.handle(undefined, contextOf(ws));
    assert.deepEqual([status.openCorrectiveActions, status.overdueCorrectiveActions], [1, 1]);
    assert.deepEqual(status.staleFiles, ['registers/corrective-actions.yaml']);

    ws.setFile(file('registers/corrective-actions.yaml'), CA_REGISTER);
    assert.deepEqual(statusRequest.handle(undefined, contextOf(ws)).staleFiles, []);
  });
});
