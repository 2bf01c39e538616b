/**
 * Small words of running text, one definition for every message, tree label and CLI line (issue 15.6):
 * the article a word takes and a count with its noun.
 */

/** Words that start with a vowel letter but a consonant sound ("a unique", "a one-off"), and the reverse. */
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|eu|one|once|ubiq)/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i;

/** "a" or "an" for the word that follows: "an incident", "a management review", "an hour", "a user". */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (VOWEL_SOUND.test(w)) return 'an';
  if (CONSONANT_SOUND.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** The word with its article: "an incident". */
export const withArticle = (word: string): string => `${article(word)} ${word}`;

/** A count and its noun: "1 error", "2 errors", "0 errors"; `many` for an irregular plural. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
