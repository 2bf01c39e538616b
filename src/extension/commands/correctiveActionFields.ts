/**
 * "Set fields of a corrective action": the quick fixes whose value only the user knows — an overdue
 * action's new due date (ISMS301), the owner, due date, root cause or cancel reason it lacks (ISMS302),
 * its source (ISMS306), the review of effectiveness of a closed action (ISMS304). Each value is asked
 * (a QuickPick for the source, an InputBox otherwise); the answers are written as one WorkspaceEdit.
 * Cancelling any question writes nothing. Arguments: `{ caId, fields }`.
 */
import * as vscode from 'vscode';
import type { ComputeEditResult } from '../../common/protocol';
import { answeredFields, isCorrectiveActionAsk, type CorrectiveActionAsk } from '../../core/edit/correctiveAction';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { objectArg, stringField, validateFutureDate, type CommandContext } from './shared';

const PROMPTS: Record<Exclude<CorrectiveActionAsk, 'source'>, { prompt: string; placeHolder: string }> = {
  owner: { prompt: 'Who is accountable for the action?', placeHolder: 'IT Operations Lead' },
  due: { prompt: 'The due date agreed for the action (YYYY-MM-DD, today or later)', placeHolder: 'YYYY-MM-DD' },
  'root-cause': { prompt: 'The cause of the nonconformity (ISO 27001 10.2 b)', placeHolder: 'No leaver checklist step for the HR system' },
  'cancel-reason': { prompt: 'Why was the action withdrawn?', placeHolder: 'Superseded by CA-2026-014' },
  effectiveness: {
    prompt: 'How was the effectiveness of the action verified? (ISO 27001 10.2 d)',
    placeHolder: 'Leaver report for the last two months shows every account removed within 24 hours',
  },
};

/** The findings, incidents and reviews a corrective action can answer, and "other". */
async function askSource(ctx: CommandContext, caId: string): Promise<string | undefined> {
  const kinds = ['finding', 'incident', 'management-review'];
  const records = (await Promise.all(kinds.map((kind) => ctx.server.request('isms/records', { kind })))).flat();
  const items: vscode.QuickPickItem[] = [
    ...records.map((r) => ({ label: r.id, description: r.kind.replace('-', ' '), detail: r.title })),
    { label: 'other', description: 'not a finding, an incident or a management review' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `The source of ${caId}`,
    placeHolder: 'The finding, incident or management review the action answers',
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.label;
}

async function ask(ctx: CommandContext, caId: string, field: CorrectiveActionAsk, today: string): Promise<string | undefined> {
  if (field === 'source') return askSource(ctx, caId);
  const { prompt, placeHolder } = PROMPTS[field];
  const value = await vscode.window.showInputBox({
    title: `${caId}: ${field}`,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) =>
      field === 'due'
        ? validateFutureDate(v, today, 'The due date')
        : v.trim() === ''
          ? 'Write a value, or press Escape to cancel.'
          : undefined,
  });
  return value?.trim() || undefined;
}

export async function setCorrectiveActionField(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (!ensureTrusted('Set fields of a corrective action')) return false;
  const a = objectArg(arg);
  const caId = stringField(a, 'caId');
  const fields = Array.isArray(a.fields) ? a.fields.filter(isCorrectiveActionAsk) : [];
  if (!caId || fields.length === 0) return false;
  const today = todayDate();
  const answers: [CorrectiveActionAsk, string][] = [];
  for (const field of fields) {
    const value = await ask(ctx, caId, field, today);
    if (value === undefined) return false;
    answers.push([field, value]);
  }
  // each field computed against the same text, applied together as one WorkspaceEdit (one Undo)
  const results: ComputeEditResult[] = [];
  for (const [path, value] of answeredFields(answers, today)) {
    results.push(await ctx.server.request('isms/computeEdit', { op: 'setField', id: caId, path: [...path], value }));
  }
  const ok = await applyResults(results, `update ${caId}`);
  if (ok) void vscode.window.showInformationMessage(`ISMS: ${caId} updated (${fields.join(', ')}).`);
  return ok;
}
