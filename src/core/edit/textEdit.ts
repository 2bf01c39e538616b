/**
 * Text edits as LSP has them: a range in the text the edit was computed against, and the new text.
 * The server hands them to the client, which applies them as one undoable WorkspaceEdit.
 */
import { LineMap } from '../parse/positions';
import type { Range } from '../model/types';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Thrown when an edit cannot be computed (no register, YAML errors, path not found): the message is for the user. */
export class EditError extends Error {
  override readonly name = 'EditError';
}

/** The file's own line break, so inserted lines match (CRLF files stay CRLF). */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** Applies edits computed against `text` (non-overlapping, any order). Used by tests and by hosts without an editor. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text);
  const spans = edits
    .map((e, i) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) throw new EditError('overlapping edits');
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  return out + text.slice(at);
}

/** An edit between two offsets of `text`. */
export function editAt(lines: LineMap, start: number, end: number, newText: string): TextEdit {
  return { range: lines.range(start, end), newText };
}

/**
 * Where to insert lines after a node that ends at `end`: the start of the next line. Block nodes of the
 * `yaml` package end just after their last line break; flow and plain nodes end mid-line, and a comment
 * may follow on that line. `needsBreak` says the file ends there without a line break.
 */
export function lineAfter(text: string, end: number): { offset: number; needsBreak: boolean } {
  if (text.length === 0 || (end > 0 && text.charCodeAt(end - 1) === 10)) return { offset: end, needsBreak: false };
  const lf = text.indexOf('\n', end);
  return lf < 0 ? { offset: text.length, needsBreak: true } : { offset: lf + 1, needsBreak: false };
}

/** Zero-based column of `offset` (characters since the last line break). */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
