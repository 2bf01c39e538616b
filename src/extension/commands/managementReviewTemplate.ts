/**
 * The text "ISMS: New management review" writes, apart from VS Code: a `##` section for every input the
 * review must consider given the ISMS's standards (ISO 27001 9.3.2, and ISO 22301 9.3.2 when the ISMS
 * lists it), taken from the list the management-review-inputs rule checks, so the minutes cannot
 * silently skip one.
 *
 * A new review is planned and claims nothing (issue 15.1): no attendees, decisions or minutes, each
 * heading followed only by an HTML comment that says what to write — a prompt the engine reads as no
 * content, so marking the blank template done is reported (ISMS203, ISMS205, ISMS206) and does not
 * reset the review interval.
 */
import { plusDays } from '../../core/dates';
import { requiredInputs, reviewedSystems, type ReviewInput } from '../../core/model/reviewInputs';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Where the standards ask for an input: 27001's clause, with 22301's item when a joint review shares it. */
function clauseNote(input: ReviewInput, bcms: boolean): string {
  if (input.clause.startsWith('ISO ')) return input.clause;
  return `ISO 27001 ${input.clause}${bcms && input.in22301 ? `; ISO 22301 9.3.2 ${input.in22301}` : ''}`;
}

/** The Markdown body of a review of the standards with these catalogue keys (`TreeRoot.standards`). */
export function managementReviewBody(title: string, standards: readonly string[]): string {
  const systems = reviewedSystems(standards);
  const sections = requiredInputs(systems).map(
    (i) => `## ${capitalise(i.title)}\n\n<!-- ${clauseNote(i, systems.bcms)}: what was reviewed, and its conclusion -->\n`,
  );
  const outputs = [systems.isms ? 'ISO 27001 9.3.3' : undefined, systems.bcms ? 'ISO 22301 9.3.3' : undefined]
    .filter((c) => c !== undefined)
    .join(' and ');
  return [
    `# ${title}`,
    '',
    '<!-- A planned review. Once it has been held: set status to done and the date it was held, list the attendees',
    '     (top management among them) under attendees:, and write under each heading what was reviewed. -->',
    '',
    ...sections,
    '## Decisions and actions',
    '',
    `<!-- ${outputs}: the decisions on continual improvement and on changes to the management system, and the actions, here or under decisions: and actions: in the front matter -->`,
    '',
  ].join('\n');
}

/**
 * The front matter of a new review: planned, on the proposed date, whatever that date — the record says
 * it was held only when someone marks it done. No `attendees:`, `decisions:` or `actions:`, not even
 * empty: nobody has attended and nothing is decided yet. `standards:` is written when the ISMS lists
 * more than one standard, so the reader sees what the review covers (the rule reads the same default
 * from isms.yaml).
 */
export function managementReviewRecord(
  id: string,
  date: string,
  standards: readonly string[],
): { title: string } & Record<string, unknown> {
  return {
    id,
    title: `Management review ${date}`,
    date,
    status: 'planned',
    ...(standards.length > 1 ? { standards: [...standards] } : {}),
  };
}

/** The date proposed for a new review: two weeks ahead, time to gather the inputs. */
export const proposedReviewDate = (today: string): string => plusDays(today, 14);

/** `MR-YYYY-NN`: the sample's style, one more than the highest number of that year. */
export function reviewId(date: string, existing: readonly string[]): string {
  const year = date.slice(0, 4);
  let max = 0;
  for (const id of existing) {
    const m = new RegExp(`^MR-${year}-(\\d+)$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `MR-${year}-${String(max + 1).padStart(2, '0')}`;
}
