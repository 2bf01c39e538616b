/**
 * Text edits as LSP has them: a range in the text the edit was computed against, and the new text.
 * The server hands them to the client, which applies them as one undoable WorkspaceEdit. Ranges go
 * through LineMap, the product's one line-break model (LF, CRLF, lone CR — as VS Code counts lines).
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
 * Where to insert lines after a node that ends at `end`: the start of the next YAML line (after an LF;
 * a lone CR is text to the `yaml` parser, so nothing is inserted after one). Block nodes of the `yaml`
 * package end just after their last line break; flow and plain nodes end mid-line, and a comment may
 * follow on that line. `needsBreak` says the file ends there without a line break.
 */
export function lineAfter(text: string, end: number): { offset: number; needsBreak: boolean } {
  if (text.length === 0 || (end > 0 && text.charCodeAt(end - 1) === 10)) return { offset: end, needsBreak: false };
  const lf = text.indexOf('\n', end);
  return lf < 0 ? { offset: text.length, needsBreak: true } : { offset: lf + 1, needsBreak: false };
}

/**
 * The indentation the YAML parser gave a block collection (its source token, `keepSourceTokens`): the
 * column of a mapping's keys or a list's `-`. Unlike a key's own column it does not count an anchor, tag
 * or `?` written before the first key (`- &f1 id:` has its keys at the column of `&`).
 */
export function blockIndent(node: unknown): number | undefined {
  const token = (node as { srcToken?: { type?: string; indent?: unknown } } | null | undefined)?.srcToken;
  if (!token || (token.type !== 'block-map' && token.type !== 'block-seq')) return undefined;
  return typeof token.indent === 'number' ? token.indent : undefined;
}

/** Zero-based YAML column of `offset`: characters since the last YAML line break (LF; a lone CR is text to YAML). */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
