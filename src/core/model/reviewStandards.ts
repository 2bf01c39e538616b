/**
 * A management review's `standards:` checked against the catalogues and isms.yaml `standards:` (ISMS006):
 * a key the engine does not know, or one the ISMS does not list, would otherwise read as "not covered"
 * and change which 9.3.2 inputs ISMS203 asks for without a word.
 */
import { CATALOGUES, catalogueFor } from './catalogues';
import { itemRange } from './fields';
import { listsStandard } from './standards';
import type { IsmsRecord, Range } from './types';

export interface ReviewStandardProblem {
  range: Range;
  message: string;
}

export function reviewStandardProblems(review: IsmsRecord, ismsStandards: readonly string[]): ReviewStandardProblem[] {
  const v = review.data.standards;
  const values = Array.isArray(v) ? v : [v];
  const problems: ReviewStandardProblem[] = [];
  values.forEach((value, index) => {
    // other types are ISMS006's type check; an empty list item is nothing to name
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') return;
    const key = String(value).trim();
    const range = itemRange(review, 'standards', index);
    if (!catalogueFor(key)) {
      problems.push({
        range,
        message: `‘standards: ${key}’ is not a standard the engine knows. Use one of: ${CATALOGUES.map((c) => c.key).join(', ')}.`,
      });
    } else if (!listsStandard(ismsStandards, key)) {
      problems.push({
        range,
        message: `‘standards: ${key}’ is not listed in isms.yaml ‘standards:’ (${ismsStandards.join(', ')}): a review covers the ISMS's own standards. List it there, or remove it here.`,
      });
    }
  });
  return problems;
}
