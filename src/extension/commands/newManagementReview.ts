/**
 * "ISMS: New management review" — a planned review: a Markdown record with every input the ISMS's standards require as a
 * `##` section (the text is managementReviewTemplate's; the root's standards come with the tree data).
 */
import * as vscode from 'vscode';
import { isCalendarDate } from '../../core/dates';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { managementReviewBody, managementReviewRecord, proposedReviewDate, reviewId } from './managementReviewTemplate';
import { objectArg, pickRoot, stringField, usualFolder, type CommandContext } from './shared';

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
      prompt: 'Planned date of the review (YYYY-MM-DD); the review is written as planned until it is held',
      value: proposedReviewDate(todayDate()),
      ignoreFocusOut: true,
      validateInput: (v) => (isCalendarDate(v.trim()) ? undefined : 'Write a real date as YYYY-MM-DD.'),
    }));
  if (!date || !isCalendarDate(date.trim())) return undefined;
  const reviews = await ctx.server.request('isms/records', { kind: 'management-review', rootUri: root.rootUri });
  const id = reviewId(
    date,
    reviews.map((r) => r.id),
  );
  const record = managementReviewRecord(id, date, root.standards);
  const folder = usualFolder(
    root.rootUri,
    reviews.map((r) => r.location.uri),
    'reviews',
  );
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'newRecordFile',
    rootUri: root.rootUri,
    kind: 'management-review',
    record,
    folder,
    body: managementReviewBody(record.title, root.standards),
  });
  if (!(await applyResults([result], 'create the management review'))) return undefined;
  return id;
}
