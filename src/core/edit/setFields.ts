/**
 * Several fields of one record set as ONE text edit: each field through setField (so comments and
 * formatting stay), one after the other on the text the previous one produced, then the whole change
 * as a single replacement of the lines that differ — one edit, one Undo, nothing overlapping.
 */
import type { Range } from '../model/types';
import { LineMap } from '../parse/positions';
import { setField, type FieldPath, type RecordTarget } from './setField';
import { applyTextEdits, editAt, type TextEdit } from './textEdit';

export function setFields(text: string, target: RecordTarget, fields: readonly (readonly [FieldPath | string, unknown])[]): TextEdit[] {
  const original = new LineMap(text);
  let start = original.offset(target.range.start);
  let end = original.offset(target.range.end);
  let current = text;
  for (const [path, value] of fields) {
    const lines = new LineMap(current);
    const range: Range = { start: lines.position(start), end: lines.position(Math.min(end, current.length)) };
    const edits = setField(current, { file: target.file, range }, path, value);
    // the record moves when an edit lands before it (an alias copied): follow its start and end
    const [s0, e0] = [start, end];
    for (const e of edits) {
      const delta = e.newText.length - (lines.offset(e.range.end) - lines.offset(e.range.start));
      if (lines.offset(e.range.end) <= s0) start += delta;
      if (lines.offset(e.range.start) <= e0) end += delta;
    }
    current = applyTextEdits(current, edits);
  }
  return changedLines(text, current, original);
}

/** The one edit that turns `before` into `after`: the lines between their common first and last lines. */
function changedLines(before: string, after: string, lines: LineMap): TextEdit[] {
  if (before === after) return [];
  const split = (s: string): string[] => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const a = split(before);
  const b = split(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offsetOf = (parts: string[], n: number): number => parts.slice(0, n).reduce((sum, l) => sum + l.length, 0);
  const from = offsetOf(a, head);
  const to = offsetOf(a, a.length - tail);
  return [editAt(lines, from, to, b.slice(head, b.length - tail).join(''))];
}
