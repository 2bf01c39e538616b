/**
 * Follow-up and closing of a corrective action: `updated: today`; or, after asking for the review of
 * effectiveness (ISO 27001 10.2 d, required before closing), `status: closed`, `closed: today` and
 * `effectiveness:`. Arguments: `{ caId }` (quick fixes), a tree node, or nothing (then a QuickPick).
 */
import * as vscode from 'vscode';
import type { ComputeEditResult } from '../../common/protocol';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { objectArg, stringField, type CommandContext } from './shared';

/** Done with: never closed again, never followed up. */
const DONE_WITH = ['closed', 'verified', 'cancelled'];

/** The CA id from `{ caId }`, a tree node `{ ca: { id } }`, a plain string, or a QuickPick of the actions `skip` does not name. */
async function caIdFrom(ctx: CommandContext, arg: unknown, purpose: string, skip: readonly string[]): Promise<string | undefined> {
  if (typeof arg === 'string' && arg.trim()) return arg.trim();
  const a = objectArg(arg);
  const direct = stringField(a, 'caId') ?? stringField(objectArg(a.ca), 'id');
  if (direct) return direct;
  const open = (await ctx.server.request('isms/records', { kind: 'corrective-action' })).filter((r) => !skip.includes(r.status ?? 'open'));
  if (open.length === 0) {
    void vscode.window.showInformationMessage('ISMS: there is no open corrective action.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    open.map((r) => ({ label: r.id, description: r.status, detail: r.title })),
    { placeHolder: `Which corrective action ${purpose}?`, matchOnDetail: true },
  );
  return picked?.label;
}

export async function followUpCorrectiveAction(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (!ensureTrusted('Mark corrective action as followed up')) return false;
  const caId = await caIdFrom(ctx, arg, 'did you follow up', [...DONE_WITH, 'implemented']);
  if (!caId) return false;
  const result = await ctx.server.request('isms/computeEdit', { op: 'setField', id: caId, path: ['updated'], value: todayDate() });
  const ok = await applyResults([result], `mark ${caId} as followed up`);
  if (ok) void vscode.window.showInformationMessage(`ISMS: ${caId} followed up today (${todayDate()}).`);
  return ok;
}

export async function closeCorrectiveAction(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (!ensureTrusted('Close corrective action')) return false;
  const caId = await caIdFrom(ctx, arg, 'do you close', DONE_WITH);
  if (!caId) return false;
  const effectiveness =
    stringField(objectArg(arg), 'effectiveness') ??
    (await vscode.window.showInputBox({
      title: `Close ${caId}`,
      prompt: 'How was the effectiveness of the action verified? (ISO 27001 10.2 d — required before closing)',
      placeHolder: 'Leaver report for the last two months shows every account removed within 24 hours',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim().length >= 10 ? undefined : 'Describe the verification (at least a sentence).'),
    }));
  if (!effectiveness) return false;
  const today = todayDate();
  // three field edits computed against the same text, applied as one WorkspaceEdit (one Undo)
  const results: ComputeEditResult[] = [];
  for (const [field, value] of [
    ['status', 'closed'],
    ['closed', today],
    ['effectiveness', effectiveness.trim()],
  ] as const) {
    results.push(await ctx.server.request('isms/computeEdit', { op: 'setField', id: caId, path: [field], value }));
  }
  const ok = await applyResults(results, `close ${caId}`);
  if (ok) void vscode.window.showInformationMessage(`ISMS: ${caId} closed on ${today}.`);
  return ok;
}
