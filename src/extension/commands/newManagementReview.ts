/**
 * "ISMS: New management review" — a Markdown record with every ISO 27001 9.3.2 input as a `##` section,
 * so the minutes cannot silently skip one (the management-review-inputs rule checks the same list).
 */
import * as vscode from 'vscode';
import { isCalendarDate } from '../../core/dates';
import { REVIEW_INPUTS } from '../../core/model/reviewInputs';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { objectArg, pickRoot, stringField, usualFolder, type CommandContext } from './shared';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function managementReviewBody(title: string): string {
  const sections = REVIEW_INPUTS.map((i) => `## ${capitalise(i.title)}\n\n<!-- ISO 27001 ${i.clause} -->\n`);
  return [
    `# ${title}`,
    '',
    'Chair: . Minutes: .',
    '',
    ...sections,
    '## Decisions and actions',
    '',
    '<!-- ISO 27001 9.3.3: decisions on continual improvement and changes to the ISMS; list them under `decisions:` and `actions:` above -->',
    '',
  ].join('\n');
}

/** `MR-YYYY-NN`: the sample's style, one more than the highest number of that year. */
export function reviewId(date: string, existing: readonly string[]): string {
  const year = date.slice(0, 4);
  let max = 0;
  for (const id of existing) {
    const m = new RegExp(`^MR-${year}-(\\d+)$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `MR-${year}-${String(max + 1).padStart(2, '0')}`;
}

export async function newManagementReview(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  if (!ensureTrusted('New management review')) return undefined;
  const a = objectArg(arg);
  // from the tree, the argument is the 'Management reviews' node of a root
  const root = await pickRoot(ctx, stringField(a, 'rootUri') ?? stringField(objectArg(a.root), 'rootUri'));
  if (!root) return undefined;
  const date =
    stringField(a, 'date') ??
    (await vscode.window.showInputBox({
      title: 'New management review',
      prompt: 'Date of the review (YYYY-MM-DD)',
      value: todayDate(),
      ignoreFocusOut: true,
      validateInput: (v) => (isCalendarDate(v.trim()) ? undefined : 'Write a real date as YYYY-MM-DD.'),
    }));
  if (!date || !isCalendarDate(date.trim())) return undefined;
  const reviews = await ctx.server.records({ kind: 'management-review', rootUri: root.rootUri });
  const id = reviewId(date, reviews.map((r) => r.id));
  const title = `Management review ${date}`;
  const record = { id, title, date, status: date > todayDate() ? 'planned' : 'done', attendees: [], decisions: [], actions: [] };
  const folder = usualFolder(root.rootUri, reviews.map((r) => r.location.uri), 'reviews');
  const result = await ctx.server.computeEdit({ op: 'newRecordFile', rootUri: root.rootUri, kind: 'management-review', record, folder, body: managementReviewBody(title) });
  if (!(await applyResults([result], 'create the management review'))) return undefined;
  return id;
}
