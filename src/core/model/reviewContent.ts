/**
 * What a management review records, apart from its status: attendees, inputs, outputs. The review rules
 * (ISMS203, ISMS205, ISMS206) and the interval rules read the same answers, so a review the rules call
 * blank is also the one that does not reset the interval (issue 15.1).
 */
import { list, text } from './fields';
import { ownEntry } from './nameTable';
import type { IsmsRecord } from './types';

/** Attendees as written: a list of names, one name, or entries with a `name:`. */
export function attendeeNames(v: unknown): string[] {
  const all = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return all
    .map((a: unknown) =>
      typeof a === 'string' ? a : a !== null && typeof a === 'object' && 'name' in a && typeof a.name === 'string' ? a.name : '',
    )
    .filter((a) => a.trim() !== '');
}

/** The `##`/`###` headings of the minutes with something under them: a template's bare prompt records nothing. */
export const recordedSections = (review: IsmsRecord): string[] =>
  [...(review.sections?.keys() ?? [])].filter((h) => !review.blankSections?.has(h));

/** A `##` section of the minutes that holds the outputs: "Decisions", "Outputs", "Management review outputs", "Conclusions". */
const OUTPUTS_HEADING = /\b(outputs?|decisions?|conclusions?)\b/;

const filled = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0
    : typeof v === 'string'
      ? v.trim() !== ''
      : typeof v === 'object' && v !== null && Object.keys(v).length > 0;

const filledOrScalar = (v: unknown): boolean => (typeof v === 'object' ? filled(v) : true);

/** `decisions:`, `outputs:`, or a decisions or outputs section with something in it (9.3.3). */
export function reviewHasOutputs(review: IsmsRecord): boolean {
  if (list(review, 'decisions').length > 0 || text(review, 'decisions') !== undefined) return true;
  if (filled(ownEntry(review.data, 'outputs'))) return true;
  return recordedSections(review).some((heading) => OUTPUTS_HEADING.test(heading));
}

/**
 * Nothing recorded: no attendees, no input, no output or action, no section with text. Such a review,
 * whatever its status says, was not held as far as the record shows.
 */
export function reviewIsBlank(review: IsmsRecord): boolean {
  if (attendeeNames(review.data.attendees).length > 0 || reviewHasOutputs(review)) return false;
  if (filled(ownEntry(review.data, 'actions'))) return false;
  const inputs = ownEntry(review.data, 'inputs');
  const entries = inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs) ? Object.values(inputs) : [inputs];
  if (entries.some((v) => v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== '') && filledOrScalar(v))) return false;
  return recordedSections(review).length === 0;
}
