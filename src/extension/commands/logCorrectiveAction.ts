/**
 * "ISMS: Log corrective action" — a five-step wizard (title, source finding, owner, due date, root cause;
 * each step can go back), then ONE WorkspaceEdit that writes the record (into the register, or a new
 * file per `isms.correctiveActions.location`) and links the finding back, so one Undo reverts both.
 *
 * Automation and quick fixes pass an argument: `{ findingId }` skips the finding step; with `title`,
 * `owner` and `due` as well (`rootCause` optional) the wizard is skipped entirely.
 */
import * as vscode from 'vscode';
import type { ComputeEditResult, FindingSummary } from '../../common/protocol';
import { plusDays } from '../../core/dates';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { runWizard, type Step } from '../multiStepInput';
import { nextId, objectArg, pickRoot, stringField, validateFutureDate, type CommandContext } from './shared';

export interface CorrectiveActionDraft {
  title: string;
  /** the finding's id, or undefined for "none / other" */
  findingId?: string;
  owner: string;
  due: string;
  rootCause?: string;
}

export async function logCorrectiveAction(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  if (!ensureTrusted('Log corrective action')) return undefined;
  const a = objectArg(arg);
  const givenFinding = stringField(a, 'findingId');
  const today = todayDate();

  const findings = await ctx.server.request('isms/findingsWithoutCa', {});
  const finding = givenFinding ? findings.find((f) => f.id === givenFinding) : undefined;
  if (givenFinding && !finding) {
    void vscode.window.showWarningMessage(`ISMS: finding ${givenFinding} was not found, or it already has a corrective action.`);
    return undefined;
  }
  const root = await pickRoot(ctx, finding?.rootUri ?? stringField(a, 'rootUri') ?? stringField(objectArg(a.root), 'rootUri'));
  if (!root) return undefined;

  let draft: CorrectiveActionDraft | undefined;
  const title = stringField(a, 'title');
  const owner = stringField(a, 'owner');
  const due = stringField(a, 'due');
  if (title && owner && due) {
    const error = validateFutureDate(due, today, 'The due date');
    if (error) {
      void vscode.window.showErrorMessage(`ISMS: ${error}`);
      return undefined;
    }
    draft = { title, findingId: givenFinding, owner, due, rootCause: stringField(a, 'rootCause') };
  } else {
    draft = await askDraft(
      findings.filter((f) => f.rootUri === root.rootUri),
      today,
      givenFinding,
    );
    if (!draft) return undefined;
  }

  const records = await ctx.server.request('isms/records', { kind: 'corrective-action', rootUri: root.rootUri });
  const id = nextId(
    'CA',
    today.slice(0, 4),
    records.map((r) => r.id),
  );
  const record: Record<string, unknown> = {
    id,
    title: draft.title,
    source: draft.findingId ?? 'other',
    raised: today,
    owner: draft.owner,
    due: draft.due,
    status: 'open',
  };
  if (draft.rootCause) record['root-cause'] = draft.rootCause;

  const location = vscode.workspace
    .getConfiguration('isms', vscode.Uri.parse(root.rootUri))
    .get<string>('correctiveActions.location', 'register');
  const results: ComputeEditResult[] = [];
  if (location === 'file') {
    results.push(
      await ctx.server.request('isms/computeEdit', {
        op: 'newRecordFile',
        rootUri: root.rootUri,
        kind: 'corrective-action',
        record,
        folder: 'corrective-actions',
      }),
    );
    if (draft.findingId)
      results.push(
        await ctx.server.request('isms/computeEdit', { op: 'setField', id: draft.findingId, path: ['corrective-action'], value: id }),
      );
  } else {
    // the server links the finding back in the same result (otherEdits)
    results.push(await ctx.server.request('isms/computeEdit', { op: 'appendCorrectiveAction', rootUri: root.rootUri, record }));
  }

  if (!(await applyResults(results, 'log the corrective action'))) return undefined;
  const linked = draft.findingId ? ` and linked finding ${draft.findingId} to it` : '';
  void vscode.window.showInformationMessage(`ISMS: logged ${id}${linked}. Save the changed files to keep it.`, 'Save All').then((c) => {
    if (c) void vscode.commands.executeCommand('workbench.action.files.saveAll');
  });
  return id;
}

type Draft = Partial<CorrectiveActionDraft>;

function findingItem(f: FindingSummary): vscode.QuickPickItem & { findingId?: string } {
  const severity = f.type === 'major-nc' ? '$(error)' : f.type === 'minor-nc' ? '$(warning)' : '$(info)';
  return { label: `${severity} ${f.id}`, description: [f.type, f.auditId].filter(Boolean).join(' · '), detail: f.text, findingId: f.id };
}

async function askDraft(findings: FindingSummary[], today: string, givenFinding?: string): Promise<CorrectiveActionDraft | undefined> {
  const state: Draft = { findingId: givenFinding };
  const steps: Step<Draft>[] = [
    async (input, s) => {
      s.title = await input.showInputBox({
        prompt: 'What will be done? A short title for the corrective action (ISO 27001 10.2 c).',
        placeholder: 'Remove leaver accounts within 24 hours',
        value: s.title,
        validate: (v) => (v.trim() ? undefined : 'A title is needed.'),
      });
    },
  ];
  if (!givenFinding) {
    steps.push(async (input, s) => {
      const none = { label: `$(circle-slash) None / other`, description: 'an incident, a review, an idea', findingId: undefined };
      const items = [...findings.map(findingItem), none];
      const picked = await input.showQuickPick({
        placeholder: findings.length
          ? 'Which finding does it answer? (findings without a corrective action)'
          : 'No finding is waiting for a corrective action',
        items,
        activeItem: items.find((i) => i.findingId === s.findingId),
      });
      s.findingId = picked.findingId;
    });
  }
  steps.push(
    async (input, s) => {
      s.owner = await input.showInputBox({
        prompt: 'Who owns it?',
        placeholder: 'Sam Smith',
        value: s.owner,
        validate: (v) => (v.trim() ? undefined : 'An owner is needed.'),
      });
    },
    async (input, s) => {
      s.due = await input.showInputBox({
        prompt: 'Due date (YYYY-MM-DD)',
        value: s.due ?? plusDays(today, 30),
        validate: (v) => validateFutureDate(v, today, 'The due date'),
      });
    },
    async (input, s) => {
      s.rootCause = await input.showInputBox({
        prompt: 'Root cause, if known (ISO 27001 10.2 b) — leave empty to add it later',
        value: s.rootCause,
      });
    },
  );
  const done = await runWizard('Log corrective action', steps, state);
  if (!done || !state.title || !state.owner || !state.due) return undefined;
  return { title: state.title, findingId: state.findingId, owner: state.owner, due: state.due, rootCause: state.rootCause || undefined };
}
