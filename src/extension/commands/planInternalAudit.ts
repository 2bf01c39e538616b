/**
 * "ISMS: Plan internal audit" — a new audit file (status planned) for a month of the audit programme.
 * Arguments: `{ month: 'YYYY-MM' }` (quick fix, tree item), optionally `planned`, `title`, `auditor`
 * for automation; without a month it offers the months that have no audit.
 */
import * as vscode from 'vscode';
import type { TreeRoot } from '../../common/protocol';
import { daysInMonth, isCalendarDate, monthOf } from '../../core/dates';
import { monthName } from '../auditCycleTree';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { runWizard } from '../multiStepInput';
import { objectArg, pickRoot, stringField, usualFolder, type CommandContext } from './shared';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A sensible default date in the month: the 15th, or a week from today when that has passed. */
export function defaultAuditDate(month: string, today: string): string {
  const mid = `${month}-15`;
  if (mid >= today) return mid;
  const day = Math.min(daysInMonth(month), Number(today.slice(8, 10)) + 7);
  return monthOf(today) === month ? `${month}-${String(day).padStart(2, '0')}` : mid;
}

/** `IA-2026-03`, then `IA-2026-03b`, `IA-2026-03c`… when the month already has audits (the sample's style). */
export function auditId(month: string, existing: ReadonlySet<string>): string {
  const base = `IA-${month}`;
  if (!existing.has(base) && ![...existing].some((id) => id.startsWith(`${base}a`))) return base;
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (!existing.has(`${base}${letter}`)) return `${base}${letter}`;
  return `${base}-${existing.size + 1}`;
}

function monthFrom(arg: Record<string, unknown>): string | undefined {
  const m = stringField(arg, 'month') ?? stringField(objectArg(arg.month), 'month');
  return m && MONTH.test(m) ? m : undefined;
}

async function askMonth(root: TreeRoot, today: string): Promise<string | undefined> {
  const open = root.programme.filter((m) => m.state === 'missing' || (m.state === 'future-empty' && m.month >= monthOf(today)));
  const items: (vscode.QuickPickItem & { month?: string })[] = open.map((m) => ({
    label: `${m.state === 'missing' ? '$(circle-slash)' : '$(calendar)'} ${monthName(m.month)}`,
    description: m.state === 'missing' ? 'no audit — the programme has a gap' : 'nothing planned yet',
    month: m.month,
  }));
  items.push({ label: '$(edit) Another month…' });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Plan an internal audit for which month?' });
  if (!picked) return undefined;
  if (picked.month) return picked.month;
  return vscode.window.showInputBox({
    prompt: 'Month of the audit (YYYY-MM)',
    value: monthOf(today),
    validateInput: (v) => (MONTH.test(v.trim()) ? undefined : 'Write the month as YYYY-MM.'),
  });
}

export async function planInternalAudit(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  if (!ensureTrusted('Plan internal audit')) return undefined;
  const a = objectArg(arg);
  // a tree month node carries the month inside `month`
  const root = await pickRoot(ctx, stringField(a, 'rootUri') ?? stringField(objectArg(a.root), 'rootUri'));
  if (!root) return undefined;
  const today = todayDate();
  const month = monthFrom(a) ?? (await askMonth(root, today));
  if (!month) return undefined;

  let planned = stringField(a, 'planned');
  let title = stringField(a, 'title');
  if (!planned) {
    const state = { planned: defaultAuditDate(month, today), title: title ?? '' };
    const done = await runWizard(
      `Plan internal audit — ${monthName(month)}`,
      [
        async (input, s) => {
          s.planned = await input.showInputBox({
            prompt: `Planned date in ${monthName(month)} (YYYY-MM-DD)`,
            value: s.planned,
            validate: (v) =>
              !isCalendarDate(v.trim())
                ? 'Write a real date as YYYY-MM-DD.'
                : !v.trim().startsWith(month)
                  ? `Pick a date in ${monthName(month)}.`
                  : undefined,
          });
        },
        async (input, s) => {
          s.title = await input.showInputBox({
            prompt: 'What will be audited? A short title (the scope can be added in the file).',
            placeholder: 'Access control',
            value: s.title,
            validate: (v) => (v.trim() ? undefined : 'A title is needed.'),
          });
        },
      ],
      state,
    );
    if (!done) return undefined;
    planned = state.planned;
    title = state.title;
  }
  if (!isCalendarDate(planned) || !planned.startsWith(month)) {
    void vscode.window.showErrorMessage(`ISMS: ${planned} is not a date in ${month}.`);
    return undefined;
  }

  const audits = await ctx.server.request('isms/records', { kind: 'internal-audit', rootUri: root.rootUri });
  const id = auditId(month, new Set(audits.map((r) => r.id)));
  const sameYear = audits.filter((r) => r.id.includes(`-${month.slice(0, 4)}-`)).map((r) => r.location.uri);
  let folder = usualFolder(root.rootUri, sameYear, '');
  if (!folder) {
    // no audit file this year yet: the folder of other years' files, with the year swapped in
    const other = usualFolder(
      root.rootUri,
      audits.map((r) => r.location.uri),
      'audits',
    );
    folder = /(^|\/)\d{4}$/.test(other) ? other.replace(/\d{4}$/, month.slice(0, 4)) : other;
  }
  const record: Record<string, unknown> = {
    id,
    title: title ?? `Internal audit ${monthName(month)}`,
    planned,
    status: 'planned',
    scope: [],
  };
  const auditor = stringField(a, 'auditor');
  if (auditor) record.auditor = auditor;
  const body = `# ${record.title}\n\nAudit plan: objectives, criteria and scope (ISO 27001 9.2.2), interviews, evidence to sample.\n`;
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'newRecordFile',
    rootUri: root.rootUri,
    kind: 'internal-audit',
    record,
    folder,
    body,
  });
  if (!(await applyResults([result], 'plan the audit'))) return undefined;
  return id;
}
