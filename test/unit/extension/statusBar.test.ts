/** The status bar's words (issue 15.6): "today" on the audit day, counts with the right noun. */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import type { StatusResult } from '../../../src/common/protocol';
import { problemsText, statusText } from '../../../src/extension/statusBar';

const status = (daysUntil: number, errors = 1, warnings = 2): StatusResult => ({
  ready: true,
  roots: 1,
  today: '2027-02-08',
  nextExternalAudit: { label: 'Second surveillance audit', date: '2027-02-08', daysUntil, rootUri: 'file:///isms' },
  openCorrectiveActions: 1,
  overdueCorrectiveActions: 0,
  errors,
  warnings,
  staleFiles: [],
});

describe('status bar text (issue 15.6)', () => {
  it('on the audit day says "today", not "0d to"', () => {
    assert.equal(statusText(status(0)), '$(shield) Second surveillance audit today · 1 open CA');
    assert.equal(statusText(status(54)), '$(shield) 54d to Second surveillance audit · 1 open CA');
  });

  it('counts problems with the right noun: "1 error, 1 warning", "0 errors, 2 warnings"', () => {
    assert.equal(problemsText(status(5, 1, 1)), 'Problems: 1 error, 1 warning');
    assert.equal(problemsText(status(5, 0, 2)), 'Problems: 0 errors, 2 warnings');
  });
});
