/** What the ISMS commands share: the server, the tree, picking an ISMS root, dates, record ids. */
import * as vscode from 'vscode';
import type { TreeRoot } from '../../common/protocol';
import { isCalendarDate } from '../../core/dates';
import type { AuditCycleTreeProvider } from '../auditCycleTree';
import type { ServerProxy } from '../serverProxy';

export interface CommandContext {
  server: ServerProxy;
  tree: AuditCycleTreeProvider;
  /** the Controls view, refreshed with the tree */
  controls?: { refresh(): void };
  extensionUri: vscode.Uri;
}

/** The ISMS root to act on: the given one, the only one, the one holding the active file, or asked. */
export async function pickRoot(ctx: CommandContext, preferred?: string): Promise<TreeRoot | undefined> {
  const { roots } = await ctx.server.request('isms/tree');
  if (preferred) {
    const match = roots.find((r) => r.rootUri === preferred);
    if (match) return match;
  }
  if (roots.length === 0) {
    const choice = await vscode.window.showWarningMessage(
      'ISMS: no ISMS found in this workspace (no isms.yaml).',
      'Initialise ISMS workspace',
    );
    if (choice) await vscode.commands.executeCommand('isms.initWorkspace');
    return undefined;
  }
  if (roots.length === 1) return roots[0];
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const holding =
    active && roots.filter((r) => active.startsWith(r.rootUri.replace(/\/?$/, '/'))).sort((a, b) => b.rootUri.length - a.rootUri.length)[0];
  if (holding) return holding;
  const picked = await vscode.window.showQuickPick(
    roots.map((r) => ({ label: r.name, description: vscode.workspace.asRelativePath(vscode.Uri.parse(r.rootUri)), root: r })),
    { placeHolder: 'Which ISMS?' },
  );
  return picked?.root;
}

/** Error message for a due date, or undefined when it is a real date not before today. */
export function validateFutureDate(value: string, today: string, what = 'The date'): string | undefined {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${what} must be written YYYY-MM-DD.`;
  if (!isCalendarDate(v)) return `${v} is not a date in the calendar.`;
  if (v < today) return `${what} cannot be in the past (today is ${today}).`;
  return undefined;
}

/** `PREFIX-YYYY-NNN`: one more than the highest number used this year (padded to `width`). */
export function nextId(prefix: string, year: string, existing: Iterable<string>, width = 3): string {
  const pattern = new RegExp(`^${prefix}-${year}-(\\d+)$`);
  let max = 0;
  for (const id of existing) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${year}-${String(max + 1).padStart(width, '0')}`;
}

/** The folder (relative to the root, '/'-separated) where most records of a kind live, else `fallback`. */
export function usualFolder(rootUri: string, recordUris: readonly string[], fallback: string): string {
  const base = rootUri.replace(/\/?$/, '/');
  const counts = new Map<string, number>();
  for (const uri of recordUris) {
    if (!uri.startsWith(base) || !uri.endsWith('.md')) continue;
    const rel = decodeURIComponent(uri.slice(base.length));
    const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : fallback;
}

/** A command argument from a tree item, a code action or automation: an object with optional fields. */
export function objectArg(arg: unknown): Record<string, unknown> {
  return arg !== null && typeof arg === 'object' ? (arg as Record<string, unknown>) : {};
}

export const stringField = (o: Record<string, unknown>, key: string): string | undefined =>
  typeof o[key] === 'string' && (o[key] as string).trim() !== '' ? (o[key] as string).trim() : undefined;

/** Whether a file or folder exists (commands that create files never write over one). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
