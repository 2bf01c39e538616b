import { reviewHeld } from '../cycle/state';
import { valueRange } from '../model/fields';
import { namesPerson } from '../people/names';
import type { RecordRule } from './rule';

/** Attendees as written: a list of names, one name, or entries with a `name:`. */
function attendeeNames(v: unknown): string[] {
  const all = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return all
    .map((a: unknown) =>
      typeof a === 'string' ? a : a !== null && typeof a === 'object' && 'name' in a && typeof a.name === 'string' ? a.name : '',
    )
    .filter((a) => a.trim() !== '');
}

export const reviewWithoutTopManagement: RecordRule = {
  code: 'ISMS205',
  name: 'review-without-top-management',
  description: 'A held management review lists no one of the `top-management` named in isms.yaml among its attendees.',
  clause: 'ISO/IEC 27001:2022 9.3.1 (top management shall review the ISMS) and 5.1 (leadership and commitment)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['management-review'],
  check(review, ctx, report) {
    const top = ctx.config.topManagement;
    if (top.length === 0 || !reviewHeld(review, ctx.today)) return;
    const attendees = attendeeNames(review.data.attendees);
    if (attendees.some((a) => top.some((t) => namesPerson(a, t)))) return;
    const name = `Management review ${review.id ?? ''}`.trim();
    report({
      file: review.file,
      range: attendees.length ? valueRange(review, 'attendees') : review.anchor,
      message: attendees.length
        ? `${name} lists none of top management (${top.join(', ')}) among its attendees (${attendees.join(', ')}). Top management must review the ISMS itself; record who of them took part.`
        : `${name} records no \`attendees\`, so it cannot show that top management (${top.join(', ')}) took part. Add the attendees.`,
    });
  },
};
