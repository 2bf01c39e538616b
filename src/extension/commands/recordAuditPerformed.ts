/**
 * "Record audit as performed" (the ISMS101 quick fix): asks the date an overdue internal audit was
 * carried out — never assumes today — and writes `performed:` with `status: done` as one edit.
 * Arguments: `{ auditId }`, optionally `performed` (YYYY-MM-DD) for automation.
 */
import * as vscode from 'vscode';
import { isCalendarDate } from '../../core/dates';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { objectArg, stringField, type CommandContext } from './shared';

/** Error message for a performed date, or undefined when it is a real date that is not in the future. */
export function validatePerformedDate(value: string, today: string): string | undefined {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'Write the date the audit was performed as YYYY-MM-DD.';
  if (!isCalendarDate(v)) return `${v} is not a date in the calendar.`;
  if (v > today) return `An audit cannot be performed in the future (today is ${today}).`;
  return undefined;
}

export async function recordAuditPerformed(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (!ensureTrusted('Record audit as performed')) return false;
  const a = objectArg(arg);
  const auditId = stringField(a, 'auditId');
  if (!auditId) return false;
  const today = todayDate();
  const given = stringField(a, 'performed');
  const performed =
    given ??
    (
      await vscode.window.showInputBox({
        title: `Record ${auditId} as performed`,
        prompt: 'The date the audit was carried out (YYYY-MM-DD); its findings go in the file',
        placeHolder: 'YYYY-MM-DD',
        ignoreFocusOut: true,
        validateInput: (v) => validatePerformedDate(v, today),
      })
    )?.trim();
  if (!performed) return false;
  const error = validatePerformedDate(performed, today);
  if (error) {
    void vscode.window.showErrorMessage(`ISMS: ${error}`);
    return false;
  }
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'setFields',
    id: auditId,
    fields: [
      ['performed', performed],
      ['status', 'done'],
    ],
  });
  return applyResults([result], `record ${auditId} as performed`);
}
