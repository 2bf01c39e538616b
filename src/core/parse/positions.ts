/** Offsets ↔ zero-based line/character (UTF-16, like LSP), for one file's text. */
import type { Position, Range } from '../model/types';

export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(p: Position): number {
    return (this.starts[p.line] ?? this.starts[this.starts.length - 1]) + p.character;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

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
