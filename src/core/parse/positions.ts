/**
 * Offsets ↔ zero-based line/character (UTF-16, like LSP), for one file's text.
 *
 * The ONE line-break model of the product: LF, CRLF and a lone CR each end a line, as LSP 3.17 defines
 * line endings and as VS Code counts them. The parser's ranges, the edits' ranges, the server's
 * conversions and the stale-edit fingerprint (src/common/textBasis.ts) all go through this file, so the
 * server and the editor always agree on which text a position names. A leading byte order mark takes no
 * character: VS Code strips it from the buffer, so positions on the first line do not count it either.
 *
 * (The YAML structure of a file is another matter: the `yaml` package, like the rules, breaks YAML lines at
 * LF and CRLF only; an edit decides where to insert by that structure, and says where through this map.)
 */
import type { Position, Range } from '../model/types';

/** LSP line endings, longest first so that CRLF is one break. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of `text` as an LSP client sees them (without their line breaks). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Length of the line break starting at `i` (2 for CRLF, 1 for CR or LF), 0 if none starts there. */
export function lineBreakAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c === 10) return 1;
  if (c !== 13) return 0;
  return text.charCodeAt(i + 1) === 10 ? 2 : 1;
}

export class LineMap {
  /** offset where each line starts, after its predecessor's break */
  private readonly starts: number[] = [0];
  /** 1 when the text starts with a byte order mark, which no position counts */
  private readonly bom: number;
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The position of an offset; an offset inside a CRLF or past the end is clamped as LSP clients do. */
  position(offset: number): Position {
    const at = Math.min(Math.max(offset, 0), this.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStart(lo);
    return position(lo, Math.min(Math.max(at - start, 0), this.lineEnd(lo) - start));
  }

  range(start: number, end: number): Range {
    return sharedRange(this.position(start), this.position(end));
  }

  /**
   * The offset of a position: a character past the line's end means the end (LSP), a line past the last
   * the text's end; anything not a number (a hostile client's parameters) counts as 0.
   */
  offset(p: Position): number {
    const line = whole(p?.line);
    if (line >= this.starts.length) return this.length;
    const start = this.lineStart(line);
    return start + Math.min(whole(p?.character), this.lineEnd(line) - start);
  }

  /** A client's position held to the text, as VS Code reads it: at most the last line, at most the line's end. */
  clamp(p: Position): Position {
    return this.position(this.offset(p));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  private lineStart(line: number): number {
    return line === 0 ? this.bom : this.starts[line];
  }

  /** Offset of the end of a line's content, before its break. */
  private lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.length;
    const next = this.starts[line + 1];
    return next - (next >= 2 && this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? 2 : 1);
  }
}

/**
 * Positions are shared (issue 20.4): every record keeps two ranges per field, and a position object costs
 * 40-odd bytes while the same line and character recur in every file (a Markdown record's `status:` is
 * on the same line in each). One frozen object per line and character, from a table that stops growing
 * at POSITIONS_MAX entries (a hostile file with a million lines gets fresh objects beyond it). Nothing
 * changes a position in place (moved records get new ones); freezing makes sure of it.
 */
const POSITIONS = new Map<number, Position>();
const POSITIONS_MAX = 1 << 19;
const CHARACTERS = 1 << 16;

export function position(line: number, character: number): Position {
  if (character >= CHARACTERS || line >= CHARACTERS * CHARACTERS) return { line, character };
  const key = line * CHARACTERS + character;
  let p = POSITIONS.get(key);
  if (!p) {
    p = Object.freeze({ line, character });
    if (POSITIONS.size < POSITIONS_MAX) POSITIONS.set(key, p);
  }
  return p;
}

/** Ranges are shared the same way, those within the first 4,096 lines and 1,024 characters (the key must stay exact). */
const RANGES = new Map<number, Range>();
const RANGES_MAX = 1 << 19;

function sharedRange(start: Position, end: Position): Range {
  if (start.line >= 4096 || end.line >= 4096 || start.character >= 1024 || end.character >= 1024) return { start, end };
  const key = ((start.line * 1024 + start.character) * 4096 + end.line) * 1024 + end.character;
  let r = RANGES.get(key);
  if (!r) {
    r = Object.freeze({ start, end });
    if (RANGES.size < RANGES_MAX) RANGES.set(key, r);
  }
  return r;
}

const whole = (n: unknown): number => (typeof n === 'number' && n > 0 ? Math.floor(Math.min(n, Number.MAX_SAFE_INTEGER)) : 0);

export const pointRange = (line: number, character = 0): Range => ({
  start: { line, character },
  end: { line, character },
});

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}
