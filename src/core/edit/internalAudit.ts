/**
 * What re-planning or recording an overdue internal audit writes (ISMS101, issue 15.5): the fields, so
 * that the quick fix, the command and the tests write the same.
 */
import { monthOf } from '../dates';
import { catchUpFor } from '../cycle/cycle';
import { date } from '../model/fields';
import type { IsmsRecord } from '../model/types';

/**
 * Re-planned to `planned`. An audit moved out of its programme month becomes that month's catch-up
 * (`catch-up-for:`), so the month it was planned for keeps its audit instead of turning into a gap.
 */
export function replannedAuditFields(audit: IsmsRecord, planned: string): [string, unknown][] {
  const was = date(audit, 'planned');
  const fields: [string, unknown][] = [['planned', planned]];
  if (was && monthOf(was) < monthOf(planned) && !catchUpFor(audit)) fields.push(['catch-up-for', monthOf(was)]);
  return fields;
}

/** Performed on `performed` (a date the user gave, never assumed): status done with its date. */
export const performedAuditFields = (performed: string): [string, unknown][] => [
  ['performed', performed],
  ['status', 'done'],
];
