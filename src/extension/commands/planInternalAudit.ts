/**
 * "ISMS: Plan internal audit" — a new audit file (status planned) for a month of the audit programme.
 * Arguments: `{ month: 'YYYY-MM' }` (quick fix, tree item, calendar), optionally `catchUpFor` (the past
 * month a catch-up makes up for), `planned` (the date to propose), and `title`, `scope`, `auditor` for
 * automation (with a title the wizard is skipped). Without a month it offers the months from this one on
 * first, the past ones behind "Earlier months…". A past month gets a catch-up this month or next (issue
 * 15.2): the server proposes the dates (src/core/cycle/auditPlanning.ts), the command only asks.
 */
import * as vscode from 'vscode';
import type { AuditPlanMonth, AuditPlanSlot, TreeRoot } from '../../common/protocol';
import { isCalendarDate, monthOf } from '../../core/dates';
import { monthName } from '../auditCycleTree';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { runWizard } from '../multiStepInput';
import { objectArg, pickRoot, stringField, usualFolder, type CommandContext } from './shared';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `IA-2026-03`, then `IA-2026-03b`, `IA-2026-03c`… when the month already has audits (the sample's style). */
export function auditId(month: string, existing: ReadonlySet<string>): string {
  const base = `IA-${month}`;
  if (!existing.has(base) && ![...existing].some((id) => id.startsWith(`${base}a`))) return base;
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (!existing.has(`${base}${letter}`)) return `${base}${letter}`;
  return `${base}-${existing.size + 1}`;
}

/** The scope as written in the wizard: ids separated by commas or spaces; none = to be decided. */
export function scopeIds(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function monthFrom(arg: Record<string, unknown>, key = 'month'): string | undefined {
  const m = stringField(arg, key) ?? stringField(objectArg(arg[key]), 'month');
  return m && MONTH.test(m) ? m : undefined;
}

const slotWords = (s: AuditPlanSlot): string =>
  `${s.planned}${s.inWindowOf ? ` (within the weeks before the ${s.inWindowOf.name} on ${s.inWindowOf.date}: no earlier date was left)` : ''}`;

type MonthItem = vscode.QuickPickItem & { plan?: AuditPlanMonth; earlier?: boolean };

function monthItem(m: AuditPlanMonth): MonthItem {
  const slots = m.slots.map((s) => monthName(s.month)).join(' or ');
  return m.past
    ? { label: `$(circle-slash) ${monthName(m.month)}`, description: `no audit — a catch-up in ${slots}`, plan: m }
    : { label: `$(calendar) ${monthName(m.month)}`, description: `nothing planned yet — ${m.slots[0]?.planned ?? ''}`, plan: m };
}

/** The month to plan for: this month and later first; the past months only behind "Earlier months…". */
async function askMonth(ctx: CommandContext, root: TreeRoot, today: string): Promise<string | undefined> {
  const months = await ctx.server.request('isms/auditPlan', { rootUri: root.rootUri });
  const upcoming = months.filter((m) => !m.past);
  const earlier = months.filter((m) => m.past);
  const items: MonthItem[] = upcoming.map(monthItem);
  if (earlier.length > 0)
    items.push({
      label: '$(history) Earlier months…',
      description: `${earlier.length} past month(s) without an audit: plan a catch-up`,
      earlier: true,
    });
  items.push({ label: '$(edit) Another month…' });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Plan an internal audit for which month?' });
  if (!picked) return undefined;
  if (picked.plan) return picked.plan.month;
  if (picked.earlier) {
    const past = await vscode.window.showQuickPick(earlier.map(monthItem), { placeHolder: 'Plan a catch-up audit for which past month?' });
    return past?.plan?.month;
  }
  return vscode.window.showInputBox({
    prompt: 'Month of the audit (YYYY-MM)',
    value: monthOf(today),
    validateInput: (v) => (MONTH.test(v.trim()) ? undefined : 'Write the month as YYYY-MM.'),
  });
}

/** For a past month: the catch-up's month and proposed date (this month or next); otherwise the month's own. */
async function placeAudit(
  ctx: CommandContext,
  root: TreeRoot,
  month: string,
  today: string,
): Promise<{ month: string; planned?: string; catchUpFor?: string } | undefined> {
  const [plan] = await ctx.server.request('isms/auditPlan', { rootUri: root.rootUri, month });
  if (month >= monthOf(today)) return { month, planned: plan?.slots[0]?.planned };
  const slots = plan?.slots ?? [];
  const picked = await vscode.window.showQuickPick(
    slots.map((s) => ({ label: `$(calendar) Catch-up in ${monthName(s.month)}`, description: slotWords(s), slot: s })),
    { placeHolder: `${monthName(month)} has passed: hold a catch-up audit for it this month or next` },
  );
  return picked ? { month: picked.slot.month, planned: picked.slot.planned, catchUpFor: month } : undefined;
}

interface AuditAnswers {
  planned: string;
  title: string;
  scope: string;
  auditor: string;
}

async function askDetails(month: string, catchUpFor: string | undefined, today: string, state: AuditAnswers): Promise<boolean> {
  const heading = catchUpFor
    ? `Plan a catch-up audit in ${monthName(month)} for ${monthName(catchUpFor)}`
    : `Plan internal audit — ${monthName(month)}`;
  return runWizard(
    heading,
    [
      async (input, s) => {
        s.planned = await input.showInputBox({
          prompt: `Planned date in ${monthName(month)} (YYYY-MM-DD); proposed: a weekday clear of the weeks before an external audit`,
          value: s.planned,
          validate: (v) => plannedError(v.trim(), month, today),
        });
      },
      async (input, s) => {
        s.title = await input.showInputBox({
          prompt: 'What will be audited? A short title.',
          placeholder: 'Access control',
          value: s.title,
          validate: (v) => (v.trim() ? undefined : 'A title is needed.'),
        });
      },
      async (input, s) => {
        s.scope = await input.showInputBox({
          prompt: 'Scope: the clauses and controls to audit, separated by commas (empty: to be decided)',
          placeholder: 'A.5.15, A.8.2, 9.2',
          value: s.scope,
        });
      },
      async (input, s) => {
        s.auditor = await input.showInputBox({
          prompt: 'Auditor: who will audit, objective and impartial (ISO 27001 9.2.2 b) (empty: to be decided)',
          placeholder: 'Ravi Patel',
          value: s.auditor,
        });
      },
    ],
    state,
  );
}

/** Why a planned date cannot be used: not a date, not in the month, or already past (overdue at once). */
export function plannedError(planned: string, month: string, today: string): string | undefined {
  if (!isCalendarDate(planned)) return 'Write a real date as YYYY-MM-DD.';
  if (!planned.startsWith(month)) return `Pick a date in ${monthName(month)}.`;
  if (planned < today) return `${planned} has passed (today is ${today}): the audit would be overdue at once.`;
  return undefined;
}

async function folderFor(ctx: CommandContext, root: TreeRoot, month: string): Promise<{ folder: string; existing: Set<string> }> {
  const audits = await ctx.server.request('isms/records', { kind: 'internal-audit', rootUri: root.rootUri });
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
  return { folder, existing: new Set(audits.map((r) => r.id)) };
}

/** The file's body: what is still to be decided is said there, never filled in for the user. */
function auditBody(title: string, catchUpFor: string | undefined, scope: string[], auditor: string): string {
  const open = [scope.length === 0 ? 'the scope' : '', auditor ? '' : 'the auditor'].filter((s) => s !== '');
  return [
    `# ${title}`,
    '',
    ...(catchUpFor ? [`A catch-up audit for ${monthName(catchUpFor)}, which had none.`, ''] : []),
    ...(open.length ? [`To be decided: ${open.join(' and ')}.`, ''] : []),
    'Audit plan: objectives, criteria and scope (ISO 27001 9.2.2), interviews, evidence to sample.',
    '',
  ].join('\n');
}

export async function planInternalAudit(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  if (!ensureTrusted('Plan internal audit')) return undefined;
  const a = objectArg(arg);
  // a tree month node carries the month inside `month`
  const root = await pickRoot(ctx, stringField(a, 'rootUri') ?? stringField(objectArg(a.root), 'rootUri'));
  if (!root) return undefined;
  const today = todayDate();
  const asked = monthFrom(a) ?? (await askMonth(ctx, root, today));
  if (!asked) return undefined;
  const catchUpArg = monthFrom(a, 'catchUpFor');
  const place = catchUpArg ? { month: asked, catchUpFor: catchUpArg } : await placeAudit(ctx, root, asked, today);
  if (!place) return undefined;
  const { month, catchUpFor } = place;
  const state: AuditAnswers = {
    planned: stringField(a, 'planned') ?? ('planned' in place ? place.planned : undefined) ?? `${month}-15`,
    title: stringField(a, 'title') ?? (catchUpFor ? `Catch-up audit for ${monthName(catchUpFor)}` : ''),
    scope: stringField(a, 'scope') ?? '',
    auditor: stringField(a, 'auditor') ?? '',
  };
  if (!stringField(a, 'title') && !(await askDetails(month, catchUpFor, today, state))) return undefined;
  const error = plannedError(state.planned, month, today);
  if (error) {
    void vscode.window.showErrorMessage(`ISMS: ${error}`);
    return undefined;
  }
  const { folder, existing } = await folderFor(ctx, root, month);
  const id = auditId(month, existing);
  const scope = scopeIds(state.scope);
  const record: Record<string, unknown> = {
    id,
    title: state.title || `Internal audit ${monthName(month)}`,
    planned: state.planned,
    status: 'planned',
    ...(catchUpFor ? { 'catch-up-for': catchUpFor } : {}),
    ...(scope.length ? { scope } : {}),
    ...(state.auditor ? { auditor: state.auditor } : {}),
  };
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'newRecordFile',
    rootUri: root.rootUri,
    kind: 'internal-audit',
    record,
    folder,
    body: auditBody(String(record.title), catchUpFor, scope, state.auditor),
  });
  if (!(await applyResults([result], 'plan the audit'))) return undefined;
  return id;
}
