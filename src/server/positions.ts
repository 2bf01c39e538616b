/**
 * Positions from the client, held to the document. LSP allows any line and character (2³¹−1 is valid
 * and means "the end of the line"); the server reads only what is there, so a far-off position costs
 * no more than the end of the line (issue 14.7). Lines are the core's LSP line model (LF, CRLF, lone CR).
 */
import type { Position, Range } from 'vscode-languageserver/node';
import { LineMap } from '../core/parse/positions';

/** The position inside the text: the line at most the last one, the character at most the line's length. */
export function clampPosition(text: string, position: Position): Position {
  return new LineMap(text).clamp(position);
}

export function clampRange(text: string, range: Range): Range {
  const lines = new LineMap(text);
  return { start: lines.clamp(range?.start), end: lines.clamp(range?.end) };
}
