/**
 * Positions from the client, held to the document. LSP allows any line and character (2³¹−1 is valid
 * and means "the end of the line"); the server reads only what is there, so a far-off position costs
 * no more than the end of the line (issue 14.7). Lines as the rest of the server reads them: `\r?\n`.
 */
import type { Position, Range } from 'vscode-languageserver/node';

const whole = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** The position inside the text: the line at most the last one, the character at most the line's length. */
export function clampPosition(text: string, position: Position): Position {
  let line = whole(position?.line);
  let start = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next < 0) {
      // past the last line: its end, as a text document's offsetAt answers
      line = l;
      return { line, character: lineLength(text, start) };
    }
    start = next + 1;
  }
  return { line, character: Math.min(whole(position?.character), lineLength(text, start)) };
}

export function clampRange(text: string, range: Range): Range {
  return { start: clampPosition(text, range?.start), end: clampPosition(text, range?.end) };
}

function lineLength(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  const stop = end < 0 ? text.length : end;
  return stop - start - (stop > start && text[stop - 1] === '\r' ? 1 : 0);
}
