/**
 * People are named by hand in many places (isms.yaml `top-management`, department owners, review
 * attendees, corrective-action owners). Matching is forgiving: case, spacing, punctuation and a role in
 * brackets do not matter, so "alex  morgan (CEO)" is Alex Morgan.
 */

/** The comparable form of a name: lower case, brackets dropped, letters and digits separated by single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `text` (an attendee line such as "Alex Morgan, CEO") names `person`, as whole words. */
export function namesPerson(text: string, person: string): boolean {
  const who = normaliseName(person);
  return who !== '' && ` ${normaliseName(text)} `.includes(` ${who} `);
}

/** Whether two names are the same person's (an owner field against a department owner). */
export const sameName = (a: string, b: string): boolean => normaliseName(a) !== '' && normaliseName(a) === normaliseName(b);
