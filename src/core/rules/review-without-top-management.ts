import { reviewHeld } from '../cycle/state';
import { valueRange } from '../model/fields';
import { namesPerson } from '../people/names';
import { attendeeNames, reviewIsBlank } from '../model/reviewContent';
import type { RecordRule } from './rule';

export const reviewWithoutTopManagement: RecordRule = {
  code: 'ISMS205',
  name: 'review-without-top-management',
  description:
    'A held management review lists no attendees at all, or no one of the ‘top-management’ named in isms.yaml among its attendees.',
  clause: 'ISO/IEC 27001:2022 9.3.1 (top management shall review the ISMS) and 5.1 (leadership and commitment)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['management-review'],
  check(review, ctx, report) {
    if (!reviewHeld(review, ctx.today)) return;
    const top = ctx.config.topManagement;
    const attendees = attendeeNames(review.data.attendees);
    const name = `Management review ${review.id ?? ''}`.trim();
    if (attendees.length === 0) {
      // no one at all: reported whether or not isms.yaml names top management (issue 15.1)
      const who = top.length ? `top management (${top.join(', ')})` : 'top management';
      const blank = reviewIsBlank(review)
        ? ' It records no inputs or decisions either, so it does not count as a held review: plan it (‘status: planned’) until it has taken place.'
        : '';
      report({
        file: review.file,
        range: review.anchor,
        message: `${name} is recorded as held but lists no ‘attendees’, so it cannot show that ${who} took part. Add the attendees.${blank}`,
      });
      return;
    }
    if (top.length === 0 || attendees.some((a) => top.some((t) => namesPerson(a, t)))) return;
    report({
      file: review.file,
      range: valueRange(review, 'attendees'),
      message: `${name} lists none of top management (${top.join(', ')}) among its attendees (${attendees.join(', ')}). Top management must review the ISMS itself; record who of them took part.`,
    });
  },
};
