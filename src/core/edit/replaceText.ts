/**
 * The legacy-id quick fix: replace `A.12.3.1` by `A.8.13` where the diagnostic points. Only the id
 * itself is replaced (quotes around it stay); nothing is returned when the text there is no longer the id.
 */
import type { Range } from '../model/types';
import { LineMap } from '../parse/positions';
import { editAt, type TextEdit } from './textEdit';

export function replaceText(text: string, range: Range, search: string, replacement: string): TextEdit[] {
  const lines = new LineMap(text);
  const start = lines.offset(range.start);
  const end = lines.offset(range.end);
  const at = text.slice(start, end).indexOf(search);
  if (search === '' || at < 0) return [];
  return [editAt(lines, start + at, start + at + search.length, replacement)];
}
