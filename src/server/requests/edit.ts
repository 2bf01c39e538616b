/**
 * `isms/computeEdit`: the text edits of a command (log, follow up or close a corrective action, plan an
 * audit, a new review), computed against the text the server holds and never applied here: the client
 * applies them as one WorkspaceEdit, checking each file's basis (textBasis) first.
 */
import * as path from 'node:path';
import type { IsmsRecord, IsmsWorkspace } from '../../core';
import {
  appendRegisterRecord,
  applyTextEdits,
  detectEol,
  documentReviewFields,
  EditError,
  newRecordFile,
  safeRecordFileName,
  setField,
  setFields,
  type TextEdit,
} from '../../core/edit';
import { isCalendarDate } from '../../core/dates';
import { textBasis } from '../../common/textBasis';
import type { ComputeEditResult, EditOperation, FileEdits, RecordLocation } from '../../common/protocol';
import { isInside, pathToUri, uriToPath } from '../uris';
import type { RequestContext, RequestHandler } from './context';
import { str } from './json';

export const computeEditRequest: RequestHandler<'isms/computeEdit'> = {
  method: 'isms/computeEdit',
  waitFor: 'index',
  fallback: { error: 'The edit could not be computed (see the ISMS output channel).' },
  handle: (op, ctx) => computeEdit(op, ctx),
};

/** What computing an edit reads: the workspaces, the open documents' versions and the files' texts. */
export type EditContext = Pick<RequestContext, 'workspaces' | 'versionOf' | 'folders' | 'readText'>;

export async function computeEdit(op: EditOperation, ctx: EditContext): Promise<ComputeEditResult> {
  try {
    switch (op.op) {
      case 'appendCorrectiveAction':
        return await appendCorrectiveAction(op.rootUri, op.record, ctx);
      case 'setField':
        return await setRecordField(op.id, op.path, op.value, ctx);
      case 'setFields':
        return await setRecordFields(op.id, op.fields, ctx);
      case 'newRecordFile':
        return createRecordFile(op.rootUri, op.kind, op.record, op.folder, op.body, ctx, op.fileName);
      case 'markDocumentReviewed':
        return await markDocumentReviewed(op.id, op.date, op.raise, ctx);
      default:
        return { error: `Unknown edit operation ${(op as { op?: unknown }).op as string}.` };
    }
  } catch (e) {
    if (e instanceof EditError) return { error: e.message };
    throw e;
  }
}

function rootWorkspace(rootUri: string, ctx: EditContext): IsmsWorkspace {
  const root = uriToPath(rootUri);
  const ws = root ? (ctx.workspaces.workspaceByRoot(root) ?? ctx.workspaces.workspaceOf(root)) : undefined;
  if (!ws) throw new EditError(`No ISMS folder (with an isms.yaml) at ${rootUri}.`);
  return ws;
}

/** The root's corrective-action register: the YAML file holding most of its corrective actions, else an empty register. */
function caRegister(ws: IsmsWorkspace): string | undefined {
  const counts = new Map<string, number>();
  for (const ca of ws.records('corrective-action')) if (/\.ya?ml$/i.test(ca.file)) counts.set(ca.file, (counts.get(ca.file) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) return best[0];
  // an empty register (`isms: corrective-actions` and no records yet): its header says its kind
  return ws.registers('corrective-action').find((r) => /\.ya?ml$/i.test(r.file))?.file;
}

/** The file's text as the index read it: held by the workspace, else read again (ctx.readText, issue 20.4). */
async function textOf(file: string, ctx: EditContext): Promise<string | undefined> {
  return ctx.readText ? ctx.readText(file) : ctx.workspaces.workspaceOf(file)?.textOf(file);
}

async function appendCorrectiveAction(rootUri: string, record: Record<string, unknown>, ctx: EditContext): Promise<ComputeEditResult> {
  const ws = rootWorkspace(rootUri, ctx);
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (id && ws.recordsById(id).length > 0) throw new EditError(`A record with id ${id} already exists.`);
  const otherEdits = await linkFinding(ws, record, ctx);
  const register = caRegister(ws);
  if (!register) {
    const file = uniquePath(ws.root, 'corrective-actions.yaml', ctx);
    const text = applyTextEdits('isms: corrective-actions\n', appendRegisterRecord('isms: corrective-actions\n', record));
    return {
      newFileUri: pathToUri(file),
      newFileText: text,
      reveal: { uri: pathToUri(file), range: lineRange(text, 2) },
      ...(otherEdits.length ? { otherEdits } : {}),
    };
  }
  const text = await textOf(register, ctx);
  if (text === undefined) throw new EditError(`The register ${register} could not be read.`);
  const edits = appendRegisterRecord(text, record);
  const after = applyTextEdits(text, edits);
  const line = revealLine(after, edits);
  const uri = pathToUri(register);
  const sameFile = otherEdits.find((e) => e.uri === uri);
  return {
    uri,
    edits: sameFile ? [...edits, ...sameFile.edits] : edits,
    basis: textBasis(text),
    ...(otherEdits.filter((e) => e !== sameFile).length ? { otherEdits: otherEdits.filter((e) => e !== sameFile) } : {}),
    reveal: { uri, range: lineRange(after, line) },
  };
}

/** A new CA's `source:` finding without a corrective action gets `corrective-action: <new id>`. */
async function linkFinding(ws: IsmsWorkspace, record: Record<string, unknown>, ctx: EditContext): Promise<FileEdits[]> {
  const source = typeof record.source === 'string' ? record.source : undefined;
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (!source || !id) return [];
  const findingOf = (): IsmsRecord | undefined => ws.recordsById(source).find((r) => r.kind === 'finding');
  const before = findingOf();
  if (!before || str(before, 'corrective-action')) return [];
  const text = await textOf(before.file, ctx);
  // read again: a file changed on disk meanwhile was parsed again with the text read
  const finding = findingOf();
  if (text === undefined || !finding || finding.file !== before.file || str(finding, 'corrective-action')) return [];
  return [fileEdits(finding.file, text, setField(text, finding, ['corrective-action'], id), ctx)];
}

/** The one record with this id. */
function oneRecord(id: string, ctx: EditContext): IsmsRecord {
  const records = ctx.workspaces.recordsById(id);
  if (records.length === 0) throw new EditError(`No record with id ${id}.`);
  if (records.length > 1) throw new EditError(`The id ${id} is used by ${records.length} records; make it unique first.`);
  return records[0];
}

/**
 * The one record with this id, and its file's text. A file whose text the workspace does not hold is read
 * again (issue 20.4); when it changed on disk it was parsed again, so the record is looked up after the read.
 */
async function recordWithText(id: string, ctx: EditContext): Promise<{ rec: IsmsRecord; text: string }> {
  const file = oneRecord(id, ctx).file;
  const text = await textOf(file, ctx);
  if (text === undefined) throw new EditError(`The file of ${id} could not be read.`);
  const rec = oneRecord(id, ctx);
  if (rec.file !== file) throw new EditError(`The record ${id} moved to another file meanwhile; try again.`);
  return { rec, text };
}

async function setRecordField(id: string, fieldPath: (string | number)[], value: unknown, ctx: EditContext): Promise<ComputeEditResult> {
  const { rec, text } = await recordWithText(id, ctx);
  const edits = setField(text, rec, fieldPath, value);
  const uri = pathToUri(rec.file);
  return {
    ...fileEdits(rec.file, text, edits, ctx),
    uri,
    edits,
    reveal: { uri, range: lineRange(applyTextEdits(text, edits), revealLine(applyTextEdits(text, edits), edits)) },
  };
}

async function setRecordFields(id: string, fields: unknown, ctx: EditContext): Promise<ComputeEditResult> {
  const valid =
    Array.isArray(fields) &&
    fields.length > 0 &&
    fields.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && f[0].trim() !== '');
  if (!valid) throw new EditError('The fields to set must be a list of [name, value] pairs.');
  const { rec, text } = await recordWithText(id, ctx);
  const edits = setFields(text, rec, fields as [string, unknown][]);
  const uri = pathToUri(rec.file);
  const after = applyTextEdits(text, edits);
  return { ...fileEdits(rec.file, text, edits, ctx), uri, edits, reveal: { uri, range: lineRange(after, revealLine(after, edits)) } };
}

/** A document reviewed on `date` (src/core/edit/markReviewed.ts says what that writes): one edit of its front matter. */
async function markDocumentReviewed(
  id: string,
  date: string,
  raise: 'minor' | 'major' | undefined,
  ctx: EditContext,
): Promise<ComputeEditResult> {
  if (!isCalendarDate(date)) throw new EditError(`${String(date)} is not a date (YYYY-MM-DD).`);
  if (raise !== undefined && raise !== 'minor' && raise !== 'major') throw new EditError(`Unknown version raise ${String(raise)}.`);
  const { rec, text } = await recordWithText(id, ctx);
  if (rec.kind !== 'document') throw new EditError(`${id} is a ${rec.kind} record, not a document.`);
  const edits = setFields(text, rec, documentReviewFields(rec, date, raise));
  const uri = pathToUri(rec.file);
  const after = applyTextEdits(text, edits);
  const line = after.split(/\r?\n/).findIndex((l) => /^reviewed\s*:/.test(l));
  return { ...fileEdits(rec.file, text, edits, ctx), uri, edits, reveal: { uri, range: lineRange(after, Math.max(0, line)) } };
}

function createRecordFile(
  rootUri: string,
  kind: string,
  record: Record<string, unknown>,
  folder: string,
  body: string | undefined,
  ctx: EditContext,
  fileName?: string,
): ComputeEditResult {
  const ws = rootWorkspace(rootUri, ctx);
  const id = typeof record.id === 'string' ? record.id : undefined;
  if (id && ws.recordsById(id).length > 0) throw new EditError(`A record with id ${id} already exists.`);
  // the folder is relative to the root and must stay inside it
  if (path.isAbsolute(folder) || /^[A-Za-z]:/.test(folder)) throw new EditError('The folder must be relative to the ISMS root.');
  const dir = path.resolve(ws.root, folder);
  if (!isInside(dir, ws.root, path.sep)) throw new EditError('The folder must be inside the ISMS root.');
  // links followed: a folder that is a link out of the ISMS must not receive the new file (issue 14.19)
  if (!ctx.folders.resolvesInside(dir, ws.root)) {
    throw new EditError('The folder must be inside the ISMS root (it is a link to a place outside it).');
  }
  const name = safeRecordFileName((typeof fileName === 'string' && fileName.trim()) || id || kind, ctx.folders.names(dir));
  const eolSample = ws.textOf(ws.config.file) ?? '';
  const text = newRecordFile(kind, record, body, detectEol(eolSample));
  const uri = pathToUri(path.join(dir, name));
  const idLine = text.split(/\r?\n/).findIndex((l) => /^id\s*:/.test(l));
  return { newFileUri: uri, newFileText: text, reveal: { uri, range: lineRange(text, idLine < 0 ? 0 : idLine) } };
}

/** Edits of one file, with what they were computed against: the open buffer's version, the text's basis. */
function fileEdits(file: string, text: string, edits: TextEdit[], ctx: EditContext): FileEdits {
  const version = ctx.versionOf(file);
  return { uri: pathToUri(file), edits, basis: textBasis(text), ...(version !== undefined ? { version } : {}) };
}

function uniquePath(dir: string, name: string, ctx: EditContext): string {
  return path.join(dir, safeRecordFileName(name.replace(/\.yaml$/, ''), ctx.folders.names(dir), '.yaml'));
}

/** The first line an edit inserted (after applying), to put the cursor on the new entry. */
function revealLine(after: string, edits: TextEdit[]): number {
  const insert = [...edits].sort((a, b) => b.newText.length - a.newText.length)[0];
  if (!insert) return 0;
  const startsWithBreak = /^\r?\n/.test(insert.newText) && insert.range.start.character > 0;
  // edits before this one on earlier lines may add lines; the common case is one edit
  const shift = edits
    .filter((e) => e !== insert && e.range.start.line < insert.range.start.line)
    .reduce((n, e) => n + (e.newText.split('\n').length - 1) - (e.range.end.line - e.range.start.line), 0);
  const lines = after.split('\n');
  let line = Math.min(insert.range.start.line + shift + (startsWithBreak ? 1 : 0), lines.length - 1);
  // an entry may be preceded by the blank line that separates register entries: land on the entry
  while (line < lines.length - 1 && lines[line].trim() === '') line++;
  return line;
}

function lineRange(text: string, line: number): RecordLocation['range'] {
  const l = text.split(/\r?\n/)[line] ?? '';
  const indent = l.length - l.trimStart().length;
  return { start: { line, character: indent }, end: { line, character: l.length } };
}
