/**
 * The "did you mean" quick fix (ISMS011): rename a field's key where the diagnostic points, `perfomed:` →
 * `performed:`. Only a key that is still exactly the misspelt name (bare or in quotes) is renamed; its
 * value, comments and layout stay as they are. Nothing is returned when the text there changed.
 */
import type { Range } from '../model/types';
import { LineMap } from '../parse/positions';
import { editAt, type TextEdit } from './textEdit';

export function renameField(text: string, keyRange: Range, from: string, to: string): TextEdit[] {
  const lines = new LineMap(text);
  const start = lines.offset(keyRange.start);
  const end = lines.offset(keyRange.end);
  const written = text.slice(start, end);
  const quoted = written.length >= 2 && (written[0] === '"' || written[0] === "'") && written.endsWith(written[0]);
  const name = quoted ? written.slice(1, -1) : written;
  if (from === '' || to === '' || name !== from || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(to)) return [];
  const at = quoted ? start + 1 : start;
  return [editAt(lines, at, at + from.length, to)];
}
