/**
 * People are named by hand in many places (isms.yaml `top-management`, department owners, review
 * attendees, corrective-action owners). Matching is forgiving: case, spacing, punctuation and a role in
 * brackets do not matter, so "alex  morgan (CEO)" is Alex Morgan.
 */

/** Longer names are cut here before comparing: no real name or attendee line comes near it. */
export const MAX_NAME_LENGTH = 1000;

/** The comparable form of a name: lower case, brackets dropped, letters and digits separated by single spaces. */
export function normaliseName(name: string): string {
  return withoutBrackets(name.slice(0, MAX_NAME_LENGTH).normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Each `(…)` replaced by a space, as `/\([^)]*\)/g` would, in one pass: the regular expression
 * re-scanned the rest of the text from every unclosed `(` (200 KB of `(` took 43 s).
 */
function withoutBrackets(s: string): string {
  let out = '';
  let from = 0;
  for (let open = s.indexOf('('); open >= 0; open = s.indexOf('(', from)) {
    const close = s.indexOf(')', open + 1);
    // no `)` after this `(`: none after any later `(` either
    if (close < 0) break;
    out += `${s.slice(from, open)} `;
    from = close + 1;
  }
  return out + s.slice(from);
}

/** Whether `text` (an attendee line such as "Alex Morgan, CEO") names `person`, as whole words. */
export function namesPerson(text: string, person: string): boolean {
  const who = normaliseName(person);
  return who !== '' && ` ${normaliseName(text)} `.includes(` ${who} `);
}

/** Whether two names are the same person's (an owner field against a department owner). */
export const sameName = (a: string, b: string): boolean => normaliseName(a) !== '' && normaliseName(a) === normaliseName(b);
