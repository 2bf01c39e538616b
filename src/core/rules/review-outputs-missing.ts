import { reviewHeld } from '../cycle/state';
import { enumValue, label, list, text } from '../model/fields';
import { ownEntry } from '../model/nameTable';
import type { IsmsRecord } from '../model/types';
import type { RecordRule } from './rule';

/** A `##` section of the minutes that holds the outputs: "Decisions", "Outputs", "Management review outputs", "Conclusions". */
const OUTPUTS_HEADING = /\b(outputs?|decisions?|conclusions?)\b/;

const filled = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0
    : typeof v === 'string'
      ? v.trim() !== ''
      : typeof v === 'object' && v !== null && Object.keys(v).length > 0;

function hasOutputs(review: IsmsRecord): boolean {
  if (list(review, 'decisions').length > 0 || text(review, 'decisions') !== undefined) return true;
  if (filled(ownEntry(review.data, 'outputs'))) return true;
  return [...(review.sections?.keys() ?? [])].some((heading) => OUTPUTS_HEADING.test(heading));
}

export const reviewOutputsMissing: RecordRule = {
  code: 'ISMS206',
  name: 'review-outputs-missing',
  description: 'A held management review records no outputs: no `decisions:` and no decisions or outputs section.',
  clause: 'ISO/IEC 27001:2022 9.3.3 (management review results: decisions on continual improvement and changes to the ISMS)',
  defaultSeverity: 'warning',
  scope: 'record',
  kinds: ['management-review'],
  check(review, ctx, report) {
    // an unreadable status (ISMS006 reports it) may mean planned: conclude nothing
    if (enumValue(review, 'status').state === 'unreadable' || !reviewHeld(review, ctx.today)) return;
    if (hasOutputs(review)) return;
    report({
      file: review.file,
      range: review.anchor,
      message: `Management review ${label(review)} was held but records no outputs. List the decisions on continual improvement opportunities and on any need for changes to the ISMS under ‘decisions:’ or in a ‘Decisions’ section (9.3.3).`,
    });
  },
};
