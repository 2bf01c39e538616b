/**
 * The value quick fixes: a value outside its list (ISMS006) or an unknown control id (ISMS004) replaced
 * by the closest allowed one, and a duplicate id (ISMS003) renamed to a free one — only the value where
 * the diagnostic points; quotes around it and comments after it stay. Nothing is returned when the text
 * there no longer holds the value (the file changed since the check), or when there is nothing to change.
 */
import type { Range } from '../model/types';
import { replaceText } from './replaceText';
import type { TextEdit } from './textEdit';

export function replaceValue(text: string, range: Range, written: string, value: string): TextEdit[] {
  if (value.trim() === '' || written === value) return [];
  return replaceText(text, range, written, value);
}
