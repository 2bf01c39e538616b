/**
 * "ISMS: Mark document as reviewed" (A.5.1, 7.5.2): sets `reviewed:` to today and, if the review changed
 * the document, raises its version — the new version then awaits approval (an approved document goes
 * back to `in-review`; src/core/edit/markReviewed.ts). One edit computed by the server, one Undo.
 * The document: `{ documentId }` (quick fix), a tree node `{ doc: { id } }`, a plain id, the document in
 * the active editor, or a QuickPick. `{ raise: 'none' | 'minor' | 'major' }` skips the version question.
 */
import * as vscode from 'vscode';
import type { TreeDocument } from '../../common/protocol';
import { raisedVersion, type VersionRaise } from '../../core/edit/version';
import { today as todayDate } from '../today';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import { objectArg, stringField, type CommandContext } from './shared';

/** Every document of every root, as the tree has them. */
async function allDocuments(ctx: CommandContext): Promise<TreeDocument[]> {
  const { roots } = await ctx.tree.result();
  return roots.flatMap((r) => r.documents.all);
}

/** The document from the argument, the active editor, or a QuickPick of those that can be reviewed. */
async function documentFrom(ctx: CommandContext, arg: unknown): Promise<TreeDocument | undefined> {
  const a = objectArg(arg);
  const id = typeof arg === 'string' && arg.trim() ? arg.trim() : (stringField(a, 'documentId') ?? stringField(objectArg(a.doc), 'id'));
  const docs = await allDocuments(ctx);
  if (id) {
    const found = docs.find((d) => d.id === id);
    if (!found) void vscode.window.showErrorMessage(`ISMS: no document with id ${id}.`);
    return found;
  }
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const inEditor = active && docs.find((d) => vscode.Uri.parse(d.location.uri).toString() === active);
  if (inEditor) return inEditor;
  const open = docs.filter((d) => d.review.state !== 'retired');
  if (open.length === 0) {
    void vscode.window.showInformationMessage('ISMS: there is no document to review (a Markdown file with ‘isms: document’ front matter).');
    return undefined;
  }
  // what is due first
  const order = ['overdue', 'due-soon', 'undated', 'ok', 'not-approved'];
  open.sort((x, y) => order.indexOf(x.review.state) - order.indexOf(y.review.state) || x.id.localeCompare(y.id));
  const picked = await vscode.window.showQuickPick(
    open.map((d) => ({
      label: d.id,
      description: [d.version && `v${d.version}`, d.status, d.review.next && `next review ${d.review.next}`].filter(Boolean).join(' · '),
      detail: d.title,
      doc: d,
    })),
    { placeHolder: 'Which document did you review?', matchOnDetail: true },
  );
  return picked?.doc;
}

/** Keep the version, or raise it (minor or major); undefined when cancelled. */
async function versionChoice(doc: TreeDocument, arg: unknown): Promise<VersionRaise | 'none' | undefined> {
  const given = stringField(objectArg(arg), 'raise');
  if (given === 'none' || given === 'minor' || given === 'major') return given;
  const v = doc.version ?? 'none';
  const approved = doc.status === 'approved';
  const after = approved ? 'status goes to in-review until the new version is approved' : `stays ${doc.status ?? 'unapproved'}`;
  const items: (vscode.QuickPickItem & { raise: VersionRaise | 'none' })[] = [
    { label: `Keep version ${v}`, detail: 'Reviewed, still suitable: only ‘reviewed:’ is set.', raise: 'none' },
  ];
  for (const raise of ['minor', 'major'] as const) {
    const next = raisedVersion(doc.version, raise);
    if (!next) continue;
    items.push({
      label: `${raise === 'minor' ? 'Minor' : 'Major'}: ${v} → ${next}`,
      detail:
        raise === 'minor'
          ? `Wording or clarification, no new acknowledgement; ${after}.`
          : `Changes what people must do (material change: a new acknowledgement); ${after}.`,
      raise,
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Mark ${doc.id} as reviewed`,
    placeHolder: 'Did the review change it?',
  });
  return picked?.raise;
}

export async function markDocumentReviewed(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  if (!ensureTrusted('Mark document as reviewed')) return false;
  const doc = await documentFrom(ctx, arg);
  if (!doc) return false;
  const choice = await versionChoice(doc, arg);
  if (!choice) return false;
  const today = todayDate();
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'markDocumentReviewed',
    id: doc.id,
    date: today,
    ...(choice === 'none' ? {} : { raise: choice }),
  });
  if (!(await applyResults([result], `mark ${doc.id} as reviewed`))) return false;
  const next = choice === 'none' ? undefined : raisedVersion(doc.version, choice);
  void vscode.window.showInformationMessage(
    next && doc.status === 'approved'
      ? `ISMS: ${doc.id} reviewed today (${today}); version ${next} is in review — record approver and approval date when it is approved.`
      : `ISMS: ${doc.id} reviewed today (${today})${next ? `, version ${next}` : ''}.`,
  );
  return true;
}
