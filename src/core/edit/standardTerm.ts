/**
 * The ISMS010 quick fix: the word written (a synonym such as `mitigate`, or a field alias such as `date:`)
 * replaced by the standard term where the diagnostic points. Quotes around a value stay; nothing is
 * returned when the text there no longer holds the word (the file changed since the check).
 */
import type { Range } from '../model/types';
import { replaceText } from './replaceText';
import type { TextEdit } from './textEdit';

export function useStandardTerm(text: string, range: Range, written: string, standard: string): TextEdit[] {
  if (written === standard) return [];
  return replaceText(text, range, written, standard);
}
