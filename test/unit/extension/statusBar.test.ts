/**
 * The status bar (issues 15.6, 15.10): short text "$(shield) 54d · 1 overdue", "today" on the audit day,
 * a plain-words screen-reader label, files kept as last read, a warning background only when something
 * is overdue, workspace text escaped in the tooltip.
 */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import type { StatusResult } from '../../../src/common/protocol';
import { problemsText, statusBackground, statusLabel, statusText, statusTooltipMarkdown } from '../../../src/extension/statusBar';

const NOTHING_OVERDUE = { total: 0, correctiveActions: 0, internalAudits: 0, managementReviews: 0 };

const status = (daysUntil: number, errors = 1, warnings = 2, extra: Partial<StatusResult> = {}): StatusResult => ({
  ready: true,
  roots: 1,
  today: '2027-02-08',
  nextExternalAudit: { label: 'Second surveillance audit', date: '2027-02-08', daysUntil, rootUri: 'file:///isms' },
  openCorrectiveActions: 1,
  overdueCorrectiveActions: 0,
  overdue: NOTHING_OVERDUE,
  errors,
  warnings,
  staleFiles: [],
  ...extra,
});

const overdue = { total: 2, correctiveActions: 1, internalAudits: 0, managementReviews: 1 };

describe('status bar text (issues 15.6, 15.10)', () => {
  it('is short: the days to the next external audit, "today" on the day, nothing more when nothing is overdue', () => {
    assert.equal(statusText(status(54)), '$(shield) 54d');
    assert.equal(statusText(status(0)), '$(shield) today');
    assert.equal(statusText(status(54, 0, 0, { nextExternalAudit: undefined })), '$(shield) ISMS');
  });

  it('adds what the engine reports overdue, one count over actions, audits and reviews', () => {
    assert.equal(statusText(status(54, 1, 2, { overdue, overdueCorrectiveActions: 1 })), '$(shield) 54d · 2 overdue');
  });

  it('says how many files are kept as last read while they do not parse', () => {
    assert.equal(statusText(status(54, 1, 2, { staleFiles: ['registers/corrective-actions.yaml'] })), '$(shield) 54d · 1 file unread');
    assert.equal(statusText(status(54, 1, 2, { overdue, staleFiles: ['a.yaml', 'b.md'] })), '$(shield) 54d · 2 overdue · 2 files unread');
  });

  it('counts problems with the right noun: "1 error, 1 warning", "0 errors, 2 warnings"', () => {
    assert.equal(problemsText(status(5, 1, 1)), 'Problems: 1 error, 1 warning');
    assert.equal(problemsText(status(5, 0, 2)), 'Problems: 0 errors, 2 warnings');
  });
});

describe('status bar label, background and tooltip (issue 15.10)', () => {
  it('gives screen readers plain sentences: no Markdown, no $(icon)', () => {
    const label = statusLabel(status(54, 1, 2, { overdue, staleFiles: ['x.yaml'] }));
    assert.equal(
      label,
      'ISMS: 54 days to the second surveillance audit. 2 items overdue: 1 corrective action, 1 management review. ' +
        '1 file could not be read; the last good version is used.',
    );
    assert.doesNotMatch(label, /[*`[\]$]|\$\(/);
    assert.equal(statusLabel(status(0)), 'ISMS: the second surveillance audit is today. Nothing overdue.');
    assert.equal(statusLabel(status(1)), 'ISMS: 1 day to the second surveillance audit. Nothing overdue.');
  });

  it('is neutral unless something is overdue, then warning — never the error background', () => {
    assert.equal(statusBackground(status(3)), undefined, 'an external audit close by is not a warning by itself');
    assert.equal(statusBackground(status(54, 9, 9)), undefined, 'the Problems item counts the errors');
    assert.equal(statusBackground(status(54, 0, 0, { overdue })), 'statusBarItem.warningBackground');
  });

  it('keeps the details in the tooltip, workspace text escaped', () => {
    const tip = statusTooltipMarkdown(status(54, 1, 2, { overdue, staleFiles: ['registers/[x](https://evil.example).yaml'] }));
    assert.match(tip, /Overdue: 1 corrective action, 1 management review/);
    assert.match(tip, /Next external audit: \*\*Second surveillance audit\*\* on 2027-02-08 \(in 54 days\)/);
    assert.match(tip, /Not readable now, last good version used: registers\//);
    assert.doesNotMatch(tip, /\[x\]\(https/, 'a file name adds no link');
  });

  it('offers "Log corrective action" only in a trusted workspace (Restricted Mode, issue 15.9)', () => {
    assert.match(statusTooltipMarkdown(status(54)), /\(command:isms\.logCorrectiveAction\)/);
    const restricted = statusTooltipMarkdown(status(54), false);
    assert.doesNotMatch(restricted, /logCorrectiveAction/);
    assert.match(
      restricted,
      /\(command:isms\.auditCycle\.focus\) · \[\$\(warning\) Problems\]\(command:workbench\.actions\.view\.problems\)$/,
    );
  });
});
